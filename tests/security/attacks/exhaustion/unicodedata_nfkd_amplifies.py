# attack: unicodedata.normalize NFKD turns U+FDFA into 18 characters in one C call
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import unicodedata
print(len(unicodedata.normalize('NFKD', '\ufdfa' * 3_000_000)))
