class Server:
    def __init__(self, name, ip, ports):
        self.name = name
        self.ip = ip
        self.ports = ports


s = Server("web-1", "10.0.0.5", [80, 443])
print("{0.name} at {0.ip}".format(s))
print("{srv.name} ports: {srv.ports[0]} and {srv.ports[1]}".format(srv=s))
coords = (4, 7)
print("x={0[0]} y={0[1]}".format(coords))
config = {"db": {"user": "admin"}, "mode": "prod"}
print("mode={0[mode]} user={0[db][user]}".format(config))
print("{0[1]:>5}|{1.name:^9}|".format(s.ports, s))
"{s.ip:>12}".format(s=s)
