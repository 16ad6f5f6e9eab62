# attack: import a submodule of an allowed module (json.decoder, json.scanner)
import json.decoder
print(json.decoder.scanstring)
