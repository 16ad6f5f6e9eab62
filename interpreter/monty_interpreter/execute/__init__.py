"""Stage 5: running lowered programs (tracker, guards, scheduler)."""
