line = "alice,30,engineer"
name, age, role = line.split(",")
print(name, int(age), role)
pairs = [("a", 1), ("b", 2)]
for key, value in pairs:
    print(key, value)
line2 = "bob,25,designer,remote"
name, age, role = line2.split(",")
