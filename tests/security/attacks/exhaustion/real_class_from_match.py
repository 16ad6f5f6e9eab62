# attack: a match keyword reads __class__ natively: the real tuple class
# limits: max_duration=1 max_memory=50000000
match ():
    case object(__class__=real):
        print(len(real(range(5 * 10**6))))
