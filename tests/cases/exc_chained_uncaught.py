class StorageError(Exception):
    pass


def read_record(store, key):
    try:
        return store[key]
    except KeyError as e:
        raise StorageError(f"record {key} not found") from e


store = {1: "alpha"}
print(read_record(store, 1))
read_record(store, 2)
