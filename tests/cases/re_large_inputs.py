# re functions on strings past the sandbox's "small" sizes (4 KiB: results reported; 1 MiB:
# consumed match by match) give CPython's results.
import re

text = ("alpha=1, beta=22; gamma=333\n" * 300) + "x"
huge = text * 40
print(len(re.findall(r"\w+", text)), re.findall(r"(\w)(\d)?", text)[:4], re.findall("", text[:3]))
print(len(re.findall(r"(\w+)=(\d+)", text)), re.findall(r"(?P<k>\w+)=", text)[-2:], len(re.findall("", text)))
print(len(re.split(r"[,;\n]\s*", text)), re.split(r"(=)(\d)?", text)[:7], re.split(r"\b", text)[:6])
print(re.split("x*", "axb" + "." * 5000)[:5], len(re.split("", text)), re.split(",", text, maxsplit=2)[2][:10])
print(re.split(",", text, maxsplit=-1)[0][:10], re.split("(a)|(z)", text)[:4])
print(len(list(re.finditer(r"\d+", text))), [m.span() for m in re.finditer("=", text)][:3])
m = re.search(r"(?P<w>gamma)=(\d+)(x)?", text)
print(m.group(), m.group(1, "w"), m["w"], m.groups(), m.groups("-"), m.groupdict(), m.expand(r"<\2:\g<w>\n>"))
print(re.sub(r"(\w+)=(\d+)", r"\2=\1", text)[:40], re.subn(r"(?=(a+))", r"[\1]", text[:5000] + "aaa")[1])
print(re.sub(r"(?=(\w+))", r"\1|", "abc" * 1500)[:30], re.sub("a", lambda m: m.group().upper() * 2, text)[:20])
print(re.sub(b"(a)", rb"<\1>", text.encode())[:20], re.findall(rb"\d+", text.encode())[:3])
huge = "." * 2**20 + text
print(len(huge), len(re.findall(r"\w+", huge)), re.findall(r"(\w)(\d)?", huge)[-3:], re.findall(r"(?=(a\w))", huge)[:2])
print(len(re.split(r"[,;\n]\s*", huge)), re.split(r"(=)(\d)?", huge)[-4:], len(re.split(r"\b", huge)))
print(re.split("x*", "axb" + "." * 2**20)[:4], re.split(",", huge, maxsplit=2)[2][:10], len(re.split("(a)|(z)", huge)))
print(sum(1 for _ in re.finditer(r"\d+", huge)), len(re.sub(r"(?<=a)(l)", r"<\1>", huge)))
print(len(re.sub(r"(?=(a\w))", r"\1", huge)), re.search(r"(?=(\.+))", huge).group(1) == "." * 2**20)
