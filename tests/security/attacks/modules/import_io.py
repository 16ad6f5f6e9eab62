# attack: io.open / io.FileIO to read the canary file
import io
print(io.open(canary_path).read())
io.FileIO(canary_write_path, "w").write(b"x")
