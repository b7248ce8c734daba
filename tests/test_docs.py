"""README stays true: every command is documented from its own help, the two commands are there."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_command_reference_is_current():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_cli.py"), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_every_command_and_option_is_in_the_readme():
    import click

    from kg.cli import _register, cli

    _register()

    def walk(group, prefix):
        for name, cmd in group.commands.items():
            if isinstance(cmd, click.Group):
                yield from walk(cmd, f"{prefix} {name}")
            else:
                yield f"{prefix} {name}", cmd

    for path, cmd in walk(cli, "kg"):
        assert f"`{path}`" in README, f"{path} is not documented in README.md"
        for param in cmd.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert opt in README, f"{path} {opt} is not documented in README.md"


def test_the_two_commands_and_settings_are_documented():
    assert "make demo" in README and "make test" in README
    for var in ("KG_MODEL", "KG_STORE", "KG_KB", "KG_BASE_IRI", "KG_BATCH_SIZE"):
        assert var in README, var
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci
