user_inputs = ["2 + 2", "10 / 4", "2 **", "(1 + 2"]
for text in user_inputs[:2]:
    print(text, "=", eval(text))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught:", type(e).__name__)
eval("2 **")
