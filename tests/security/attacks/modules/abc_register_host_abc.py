# attack: abc.ABC.register(int) changes a host class's registry for later runs and the host
# isolation: child
import abc
print(issubclass(int, abc.ABC))
abc.ABC.register(int)
