class Library:
    class Book:
        def __init__(self, title, author):
            self.title = title
            self.author = author

        def __repr__(self):
            return f"Book({self.title!r})"

    def __init__(self):
        self.books = []

    def add(self, title, author):
        book = self.Book(title, author)
        self.books.append(book)
        return book


lib = Library()
lib.add("Dune", "Herbert")
lib.add("Emma", "Austen")
print(lib.books)
print(Library.Book.__name__, Library.Book.__qualname__)
sorted(b.author for b in lib.books)
