class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, index):
        return self.songs[index]

    def __reversed__(self):
        print("custom __reversed__")
        return iter(self.songs[::-1])


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100


p = Playlist("intro", "verse", "outro")
print(list(reversed(p)))
print(list(reversed(Seq())), list(Seq()), 200 in Seq())
print(p[1], p[-1], p[0:2])
[x for x in p]
