"""A newcomer's day from a fresh folder (issue 13, "done when" 2): scripts/newcomer-day.sh
loads txt, HTML, JSON lines, PDF, Word and stdin, reloads, changes, removes, runs every
library query and every export, makes the usual mistakes, and ends with `kg validate` on a
valid store, never printing a traceback. About two minutes: marked slow (make test-all)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.model
def test_the_newcomers_day_ends_with_a_valid_store_and_no_traceback():
    env = {**os.environ, "PYTHON": sys.executable}
    run = subprocess.run(["bash", str(ROOT / "scripts" / "newcomer-day.sh")], capture_output=True, text=True, env=env, timeout=1800)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "a valid store, no traceback" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
