# attack: str.format_map with many named fields and a format with millions of escaped braces
# limits: max_duration=0.2 max_memory=100000000
fmt = '{a}' * 200_000
print(len(fmt.format_map({'a': ''})))
print(len(('{{' * 3_000_000).format()))
