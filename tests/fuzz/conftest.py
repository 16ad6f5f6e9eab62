"""The fuzzers import `tests/case_runner.py`: put `tests/` on the import path."""

import sys
from pathlib import Path

TESTS_DIR = str(Path(__file__).resolve().parent.parent)
if TESTS_DIR not in sys.path:
    sys.path.insert(0, TESTS_DIR)
