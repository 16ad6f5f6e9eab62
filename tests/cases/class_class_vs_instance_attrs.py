class Team:
    members = []
    league = "amateur"

    def __init__(self, name):
        self.name = name

    def add(self, person):
        self.members.append(person)


a = Team("A")
b = Team("B")
a.add("ann")
b.add("bob")
print(a.members, b.members, a.members is Team.members)
a.league = "pro"
print(a.league, b.league, Team.league)
Team.league = "semi-pro"
print(a.league, b.league)
del a.league
print(a.league)
print(vars(a), vars(b))
Team.members
