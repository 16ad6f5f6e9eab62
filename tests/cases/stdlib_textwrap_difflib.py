# textwrap (wrap, fill, shorten, dedent, indent, TextWrapper) and difflib (SequenceMatcher,
# get_close_matches, ndiff, unified_diff, context_diff, Differ, restore).
import difflib
import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 4 + "A well-known long-hyphenated-word appears."
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("tabs\there\tand\tthere", 12, tabsize=4), textwrap.wrap("a  b", 1, drop_whitespace=False))
print(textwrap.wrap("supercalifragilistic", 6), textwrap.wrap("supercalifragilistic", 6, break_long_words=False))
print(textwrap.wrap("one-two-three four", 8, break_on_hyphens=False), textwrap.wrap("Hi there.  End", 20, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world, this is a long sentence", 20), textwrap.shorten("x y z", 20, placeholder="~"))
print(textwrap.fill(text, 20, max_lines=3, placeholder=" [...]"))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n")), repr(textwrap.dedent("\ta\n  b\n")))
print(repr(textwrap.dedent("  x\n\n   y\n  ")), repr(textwrap.dedent("no indent\n  x")))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\nb", "+", lambda line: True))
w = textwrap.TextWrapper(width=15, initial_indent="- ")
print(w.wrap("some words to wrap around"), w.width, w.fill("short"), w.break_long_words)
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.fill("abc def", 3, max_lines=1, placeholder="....")):
    try:
        bad()
    except ValueError as e:
        print(e)

sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.quick_ratio(), sm.real_quick_ratio(), sm.get_matching_blocks()[:2])
print(sm.find_longest_match(0, 10, 0, 10), sm.get_opcodes()[:3])
sm = difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a c b")
print(sm.get_opcodes(), list(sm.get_grouped_opcodes(1)))
sm.set_seqs("abcd", "bcde")
print(sm.ratio(), sm.a, sm.b)
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("x", ["y"], n=1, cutoff=0))
a = ["one\n", "two\n", "three\n", "four\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt", n=1)))
print("".join(difflib.context_diff(a, b, "old", "new")))
delta = list(difflib.ndiff(a, b))
print("".join(delta), "".join(difflib.restore(delta, 2)))
print(list(difflib.Differ().compare(["abcde\n"], ["abXde\n"])), difflib.IS_LINE_JUNK(" # \n"), difflib.IS_CHARACTER_JUNK(" "))
print(list(difflib.unified_diff("ab", "ac", lineterm="")))
try:
    list(difflib.unified_diff([1], ["x"]))
except TypeError as e:
    print(e)
