# attack: ABCMeta's private registry/cache helpers on host ABCs
import abc
for name in ("_abc_registry_clear", "_dump_registry", "_abc_caches_clear", "_abc_impl"):
    try:
        print(name, getattr(abc.ABC, name))
    except AttributeError as e:
        print("refused", name)
