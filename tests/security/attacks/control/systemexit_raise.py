# attack: raise SystemExit to stop the host process
# expect: SystemExit
raise SystemExit(0)
