async def fetch_user(user_id):
    return {"id": user_id, "name": f"user{user_id}"}


async def fetch_orders(user):
    return [f"{user['name']}-order{i}" for i in range(2)]


async def main():
    user = await fetch_user(7)
    orders = await fetch_orders(user)
    print(user)
    print(orders)
    return len(orders)


result = await main()
print("result:", result)
result
