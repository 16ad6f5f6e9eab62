# attack: sys.exit stops the host process
# expect: SystemExit
import sys
sys.exit(0)
