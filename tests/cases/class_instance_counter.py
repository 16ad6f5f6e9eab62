class Session:
    active = 0
    created = 0

    def __init__(self, user):
        self.user = user
        Session.active += 1
        Session.created += 1
        self.id = Session.created

    def close(self):
        Session.active -= 1
        return f"session {self.id} for {self.user} closed"


sessions = [Session(u) for u in ["amy", "ben", "cal"]]
print(sessions[1].close())
print(Session.active, Session.created)
extra = Session("dee")
[extra.id, Session.active, sessions[0].active]
