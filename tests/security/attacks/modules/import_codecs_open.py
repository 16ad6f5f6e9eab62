# attack: codecs.open to read the canary file
import codecs
print(codecs.open(canary_path).read())
