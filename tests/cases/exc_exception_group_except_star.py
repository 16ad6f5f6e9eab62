def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if isinstance(record.get("age"), int) and record["age"] < 0:
        errors.append(ValueError("age must be >= 0"))
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return True


for record in [{"name": "ann", "age": 3}, {"name": "", "age": "x"}, {"age": -1}]:
    try:
        print("valid:", validate(record))
    except* ValueError as group:
        print("value errors:", [str(e) for e in group.exceptions])
    except* TypeError as group:
        print("type errors:", [str(e) for e in group.exceptions])
