count = 3
label = "items"
print(str(count) + " " + label)
print(f"{count} {label}")
message = "You have " + count + " new messages"
