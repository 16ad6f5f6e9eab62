# attack: a dotted name starting with an allowed module (json.os, math.sys)
import json.os
print(json.os)
