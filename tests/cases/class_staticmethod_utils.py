class TextUtils:
    VOWELS = "aeiou"

    @staticmethod
    def slugify(text):
        return "-".join(text.lower().split())

    @classmethod
    def count_vowels(cls, text):
        return sum(1 for ch in text.lower() if ch in cls.VOWELS)


print(TextUtils.slugify("Hello Big World"))
print(TextUtils.count_vowels("Programming Language"))
tools = TextUtils()
print(tools.slugify("  spaced   out  "))
TextUtils.slugify()
