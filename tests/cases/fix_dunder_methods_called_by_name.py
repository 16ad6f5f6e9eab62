print("ab".__mul__(3), [0].__rmul__(2), (2).__pow__(10), (1).__lshift__(4))
print("%s-%s".__mod__(("a", "b")), (7.5).__format__(">8.2f"), "x".__add__("y"))
print(str.join(",", ["a", "b"]), str.upper("q"), "{}{}".format(1, 2))


class Ids(dict):
    pass


made = Ids.fromkeys("ab", 0)
print(type(made).__name__, made, dict.fromkeys(range(3)))
words = []
words.extend(w for w in "abc")
words += "de"
words
