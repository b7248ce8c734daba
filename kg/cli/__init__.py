"""The ``kg`` command: thin commands over the library.

Library errors (:class:`kg.errors.KGError`) become one-line messages and exit status 1;
usage errors (a bad option value, a missing argument, an unknown format) are one line in
the same ``kg: error:`` style and exit with 2 (click's convention).
"""
from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import KGError

__all__ = ["main", "cli"]


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: turn news articles into a knowledge graph of who did what to whom, where and when.

    \b
    Typical use:
      kg load articles/             # extract and load into ./kg-store
      kg query events-at-place --param place=Stepanakert
      kg export --format graphml -o graph.graphml
    """


#: modules of kg.cli that define commands on `cli`; imported when the CLI runs
COMMAND_MODULES = ["commands", "analyse", "kb", "store", "cluster"]


def _register() -> None:
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}")


def _say_interrupted(interrupt: BaseException) -> None:
    """``kg: interrupted``, with what a load had stored by then (each article whole)."""
    report = getattr(interrupt, "kg_report", None)
    stored = f"; stored before the interruption: {report.summary()}" if report is not None else ""
    click.echo(f"kg: interrupted{stored}", err=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``kg`` console script."""
    _register()
    try:
        status = cli.main(args=argv, prog_name="kg", standalone_mode=False)
        # with standalone_mode off, click returns an Exit's code instead of raising it
        return status if isinstance(status, int) else 0
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        # one style for every mistake: "kg: error: …" and where to read more; usage errors exit 2
        command = exc.ctx.command_path if exc.ctx is not None else "kg"
        click.echo(f"kg: error: {exc.format_message()} (see '{command} --help')", err=True)
        return exc.exit_code
    except click.ClickException as exc:
        click.echo(f"kg: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except click.Abort as exc:
        interrupt = exc.__cause__ or exc.__context__
        if isinstance(interrupt, KeyboardInterrupt):  # click turns Ctrl-C into Abort
            _say_interrupted(interrupt)
            return 130
        click.echo("kg: aborted", err=True)
        return 1
    except KGError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk, a file too big, a device that refuses: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"kg: error: {where}{exc.strerror or exc}: free space or choose another output, then run it again", err=True)
        return 1
    except MemoryError:
        click.echo("kg: error: out of memory: lower the limits (--max-bytes, --max-chars) or split the input", err=True)
        return 1
    except KeyboardInterrupt as interrupt:
        _say_interrupted(interrupt)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
