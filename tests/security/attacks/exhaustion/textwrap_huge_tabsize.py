# attack: textwrap expands tabs with a huge tabsize in one C call
# limits: max_duration=1 max_memory=150000000
# expect: MemoryError
import textwrap
print(len(textwrap.fill('\t' * 1000, tabsize=10**8)))
