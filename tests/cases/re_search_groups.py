import re

log = "2024-03-15 12:30:45 ERROR [db] Connection timeout after 30s (retry 2/5)"
m = re.match(r"(\d{4})-(\d{2})-(\d{2}) (\S+) (?P<level>[A-Z]+) \[(?P<component>\w+)\]", log)
print(m.group(0), m.group(1), m.groups(), m.group("level"), m.groupdict())
print(m.start("level"), m.end("level"), m.span(2))
nums = re.findall(r"\d+", log)
print(nums, re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x"))
print(re.search(r"retry (\d+)/(\d+)", log).groups(), re.search(r"WARN", log))
print([m.group() for m in re.finditer(r"\b[A-Z]{2,}\b", "USA and UK but not Us")])
print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
try:
    re.match(r"(\d+)", "abc").group(1)
except AttributeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
