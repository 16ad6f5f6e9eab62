record = {"user": "bob", "count": 3, "ratio": 0.756}
print("%(user)s has %(count)d items (%(ratio).1f%%)" % record)
print("%(user)r repeated: %(user)s %(user)s" % record)
template = "%(greeting)s, %(name)s!"
print(template % {"greeting": "Hi", "name": "there", "unused": 1})
print("%(missing)s" % {"other": 1})
