# attack: textwrap splits the whole text with one host regular-expression call
# limits: max_duration=1 max_memory=300000000
import textwrap
print(len(textwrap.wrap('a-' * 30_000_000, 70)))
