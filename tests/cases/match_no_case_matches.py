def route(path):
    result = None
    match path.strip("/").split("/"):
        case ["users"]:
            result = "list users"
        case ["users", user_id] if user_id.isdigit():
            result = f"show user {user_id}"
        case ["users", user_id, "posts"]:
            result = f"posts of {user_id}"
    return result


for p in ["/users", "/users/42", "/users/bob", "/users/7/posts", "/"]:
    print(p, "->", route(p))
match 5:
    case 1:
        print("one")
print("after match")
route("/admin")
