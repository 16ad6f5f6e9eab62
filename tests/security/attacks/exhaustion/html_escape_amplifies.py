# attack: html.escape turns each & into 5 characters in one C call
# limits: max_duration=2 max_memory=150000000
# expect: MemoryError
import html
s = '&' * 30_000_000
print(len(html.escape(s)))
