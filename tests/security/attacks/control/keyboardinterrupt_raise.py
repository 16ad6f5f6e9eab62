# attack: raise KeyboardInterrupt into the host
# expect: KeyboardInterrupt
raise KeyboardInterrupt
