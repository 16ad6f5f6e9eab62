# attack: types.FunctionType/CodeType to build a function from raw code
import types
print(types.FunctionType, types.CodeType)
