class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__.lower()


class Dog(Animal):
    sound = "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!!"


class Cat(Animal):
    sound = "meow"

    def speak(self):
        return f"{self.name} ignores you"


for pet in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(pet.kind(), "->", pet.speak())
[isinstance(Puppy("p"), Animal), issubclass(Cat, Dog), issubclass(Puppy, (Cat, Dog))]
