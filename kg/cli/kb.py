"""Commands about knowledge and how well kg reads it: ``kg gazetteer check``, ``kg eval``."""
from __future__ import annotations

import json
from pathlib import Path

import click

from . import cli
from .options import model_options, settings_from


@cli.group()
def gazetteer() -> None:
    """Knowledge-base (gazetteer) files: the actors and places kg recognises and links.

    \b
    A KB file is Turtle (.ttl) or CSV (.csv); add yours with --kb FILE or KG_KB.
    Format: ontology/kb/README.md.
    """


@gazetteer.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--no-default",
    "no_default",
    is_flag=True,
    help="Resolve references only within FILES, not against the knowledge base shipped with kg.",
)
def gazetteer_check(files: tuple[str, ...], no_default: bool) -> None:
    """Check KB files: print each problem as FILE:LINE: SEVERITY: MESSAGE.

    Exit status 1 when a file has a problem (error or warning), 0 when all are clean.
    Files given together may refer to each other's entities.
    """
    from ..kb import check_kb_file

    problems: list[str] = []
    for f in files:
        others = [o for o in files if o != f]
        problems += check_kb_file(Path(f), include_default=not no_default, others=others)
    for line in problems:
        click.echo(line)
    errors = sum(": error: " in line for line in problems)
    click.echo(
        f"kg: {len(files)} file{'s' if len(files) != 1 else ''} checked, {errors} error{'s' if errors != 1 else ''}, "
        f"{len(problems) - errors} warning{'s' if len(problems) - errors != 1 else ''}",
        err=True,
    )
    if problems:
        raise click.exceptions.Exit(1)


@cli.command("eval")
@click.argument("golds", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option(
    "--rdf",
    "rdf_file",
    type=click.Path(exists=True, dir_okay=False),
    help="Score this TriG / N-Quads / Turtle file instead of extracting the article (one GOLD only).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@click.option("-v", "--verbose", is_flag=True, help="List what was missed and what the gold does not have.")
@model_options
def eval_(golds: tuple[str, ...], rdf_file: str | None, fmt: str, verbose: bool, model, kb_files) -> None:  # type: ignore[no-untyped-def]
    """Score kg on gold annotations: precision and recall of entities, types, links, points, roles, events.

    Each GOLD.json names an article and what a careful reader finds in it (format:
    docs/gold-format.md). kg extracts the article with the current model and knowledge
    base and compares. The knowledge base itself is not scored: only what the article's
    graph says counts.
    """
    from ..eval import as_dict, evaluate, format_text, load_gold

    loaded = [load_gold(g) for g in golds]
    graphs = None
    if rdf_file:
        if len(loaded) != 1:
            raise click.UsageError("--rdf scores one file: give exactly one GOLD")
        graphs = {loaded[0].name: _read_rdf(rdf_file)}
    settings = settings_from(model=model, kb_files=kb_files)
    results = evaluate(loaded, settings, graphs=graphs)
    if fmt == "json":
        click.echo(json.dumps(as_dict(results), indent=2))
    else:
        click.echo(format_text(results, verbose=verbose))


def _read_rdf(path: str):  # type: ignore[no-untyped-def]
    """The triples of an RDF file to score, read without fetching or opening anything else
    (see :mod:`kg.rdf.safe`)."""
    from rdflib import Graph

    from ..errors import EvaluationError, KGError
    from ..rdf.safe import parse_untrusted

    fmt = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}.get(Path(path).suffix.lower())
    if fmt is None:
        raise EvaluationError(f"{path}: give an .nq, .trig, .ttl, .nt or .jsonld file")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        ds = parse_untrusted(data, fmt, source=path)
    except KGError as exc:
        raise EvaluationError(str(exc)) from None
    graph = Graph()
    for triple in ds.triples((None, None, None)):
        graph.add(triple)
    return graph
