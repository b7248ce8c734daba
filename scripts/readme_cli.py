#!/usr/bin/env python3
"""Regenerate the "Commands" section of README.md from the CLI's own help.

    python scripts/readme_cli.py          # rewrite README.md
    python scripts/readme_cli.py --check  # exit 1 if README.md is out of date (tests do this)
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
START, END = "<!-- COMMANDS -->", "<!-- /COMMANDS -->"


def _walk(group, prefix: str):
    import click

    for name in sorted(group.commands):
        cmd = group.commands[name]
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}", cmd


def render() -> str:
    import click

    from kg.cli import _register, cli

    _register()
    parts = [START, ""]
    for path, cmd in _walk(cli, "kg"):
        with click.Context(cmd, info_name=path, terminal_width=100, max_content_width=100) as ctx:
            help_text = cmd.get_help(ctx)
        parts += [f"### `{path}`", "", "```", help_text.rstrip(), "```", ""]
    parts.append(END)
    return "\n".join(parts)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + r".*?(" + re.escape(END) + r"|$)", re.S)
    if START not in text:
        print("README.md has no <!-- COMMANDS --> marker", file=sys.stderr)
        return 1
    new = pattern.sub(lambda m: render(), text, count=1) if END in text else text.replace(START, render(), 1)
    if "--check" in sys.argv:
        if new != text:
            print("README.md's command reference is out of date: run python scripts/readme_cli.py", file=sys.stderr)
            return 1
        return 0
    readme.write_text(new, encoding="utf-8")
    print("README.md: command reference updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
