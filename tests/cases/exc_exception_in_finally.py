def process():
    try:
        raise ValueError("original problem")
    finally:
        print("cleanup starts")
        raise RuntimeError("cleanup crashed")


try:
    process()
except RuntimeError as e:
    print("got", repr(e))
    print("context", repr(e.__context__))
process()
