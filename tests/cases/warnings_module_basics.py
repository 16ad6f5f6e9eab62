import warnings

warnings.warn("careful")
warnings.simplefilter("ignore")
warnings.filterwarnings("ignore", category=DeprecationWarning)
with warnings.catch_warnings():
    warnings.warn("inside", UserWarning)
print("after warnings")
x = "\d"
print(len(x), 1 is 1)
