def make_accumulators(names):
    totals = {}

    def make(name):
        totals[name] = 0

        def add(amount):
            totals[name] += amount
            return totals[name]

        return add

    return {name: make(name) for name in names}, totals


adders, totals = make_accumulators(["rent", "food"])
adders["rent"](1200)
adders["food"](150)
adders["food"](80.5)
print(totals)
try:
    adders["travel"](10)
except KeyError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
