#!/usr/bin/env bash
# Print a Python >= 3.12 interpreter that really runs (pyenv shims may exist but fail).
for candidate in "${PYTHON:-}" python3 python3.12 python3.13 \
    "$(command -v pyenv >/dev/null && pyenv root)"/versions/3.12*/bin/python3 \
    "$(command -v pyenv >/dev/null && pyenv root)"/versions/3.13*/bin/python3 \
    "$HOME"/.pyenv/versions/3.1[23]*/bin/python3; do
  [ -n "$candidate" ] || continue
  if "$candidate" -c 'import sys; sys.exit(0 if (3, 12) <= sys.version_info[:2] < (3, 14) else 1)' 2>/dev/null; then
    command -v "$candidate" 2>/dev/null || echo "$candidate"
    exit 0
  fi
done
echo "kg needs Python 3.12 or 3.13; none was found (set PYTHON=/path/to/python3.12)" >&2
exit 1
