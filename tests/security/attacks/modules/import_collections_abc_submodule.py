# attack: from collections import abc / import collections.abc (host submodule)
from collections import abc
print(abc.Mapping.register)
