# attack: ctypes: call libc system() directly
import ctypes
ctypes.CDLL(None).system(("touch " + canary_write_path).encode())
