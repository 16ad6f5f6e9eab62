# attack: TextWrapper/SequenceMatcher/Differ objects: host regexes, class internals, writes to shared state
import textwrap, difflib
found = []
w = textwrap.TextWrapper(width=10)
sm = difflib.SequenceMatcher(None, "abc", "abd")
for obj, name in [(w, "wordsep_re"), (w, "_split"), (type(w), "sentence_end_re"), (sm, "__dict__"),
                  (sm, "_SequenceMatcher__chain_b"), (difflib.Differ(), "_dump"), (difflib, "HtmlDiff")]:
    try:
        found.append(getattr(obj, name))
    except AttributeError:
        pass
for target, name in [(w, "width"), (textwrap.TextWrapper, "wordsep_re"), (difflib.SequenceMatcher, "ratio")]:
    try:
        setattr(target, name, None)
    except AttributeError:
        pass
print(w.wrap("hello there world"), sm.ratio(), found)
found
