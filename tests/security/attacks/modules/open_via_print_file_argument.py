# attack: print(file=...) with objects whose write would reach the host
class F:
    def write(self, text):
        self.text = text
f = F()
print("hello", file=f)
print(f.text)
import json
try:
    print("x", file=json)
except Exception as e:
    print(type(e).__name__)
