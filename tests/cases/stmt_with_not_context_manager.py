class Connection:
    def __init__(self, url):
        self.url = url

    def close(self):
        print("closed", self.url)


conn = Connection("db://local")
try:
    print("using", conn.url)
finally:
    conn.close()
with conn:
    print("never")
