"""The commands of ``kg``. Each checks its arguments and calls one library function."""
from __future__ import annotations

import sys

import click

from . import cli
from .options import jobs_option, limit_options, model_options, published_option, settings_from, store_option


def _report_problems(report) -> None:  # type: ignore[no-untyped-def]
    for line in report.skipped:
        click.echo(f"kg: skipped {line}", err=True)


def _survey_inputs(paths: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """Refuse web addresses; say which files of the folders kg will not read (one line each)."""
    from ..errors import KGError
    from ..ingest.survey import survey, url_message

    found = survey(paths)
    if found.urls:
        raise KGError(url_message(found.urls[0]))
    for line in found.unsupported_lines():
        click.echo(f"kg: {line}", err=True)
    return found


def _nothing_read(report, found) -> None:  # type: ignore[no-untyped-def]
    """A run that read no article fails, saying why (a sidecar alone, a folder of other files…)."""
    if report.articles == 0 and not report.skipped:
        click.echo(f"kg: error: no article was read: {found.nothing_read_reason()}", err=True)
        raise click.exceptions.Exit(1)


def _rdf_format_option(value: str | None) -> str | None:
    """An RDF format name or alias, checked (rdflib is imported only when the option is given)."""
    if value is None:
        return None
    from ..errors import ExportError
    from ..rdf.serialize import RDF_FORMATS, rdf_format

    try:
        return rdf_format(value)
    except ExportError:
        raise click.BadParameter(f"{value!r} is not an RDF format; use one of {', '.join(RDF_FORMATS)}") from None


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@click.option(
    "--format",
    "fmt",
    metavar="FORMAT",
    callback=lambda _ctx, _param, value: _rdf_format_option(value),
    help="RDF format to write: nquads, trig, turtle, jsonld, ntriples or rdfxml, as for kg export "
    "(default: from the -o file's extension, else nquads).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default: standard output).")
@model_options
@jobs_option
@limit_options
def extract(paths: tuple[str, ...], published, fmt: str | None, output: str | None, model, kb_files, jobs, **limits) -> None:  # type: ignore[no-untyped-def]
    """Extract articles (files, folders, JSONL, - for stdin) to RDF, without touching a store."""
    from ..export import RDF_EXPORTS, format_for_path
    from ..export.files import atomic_output
    from ..run import extract_to

    found = _survey_inputs(paths)
    if not fmt and output and output != "-":
        fmt = format_for_path(output)
        if fmt not in RDF_EXPORTS:
            raise click.UsageError(f"cannot tell an RDF format from the name {output}; give --format (nquads, turtle, ntriples, rdfxml…)")
    fmt = fmt or "nquads"
    if output == "-":
        output = None
    settings = settings_from(model=model, kb_files=kb_files, **limits)
    if output:
        with atomic_output(output) as fh:
            report = extract_to(paths, fh, settings, format=fmt, published=published, jobs=jobs)
    else:
        report = extract_to(paths, sys.stdout.buffer, settings, format=fmt, published=published, jobs=jobs)
        sys.stdout.flush()
    _report_problems(report)
    if report.skipped:
        click.echo(f"kg: {report.summary()}", err=True)
        raise click.exceptions.Exit(1)
    _nothing_read(report, found)


@cli.command()
@click.argument("paths", nargs=-1)
@published_option
@store_option
@model_options
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: for more than a few inputs).")
@click.option("--validate", is_flag=True, help="Refuse articles whose graph violates the SHACL shapes (ontology/shapes.ttl).")
@click.option("--feed", "feeds", multiple=True, metavar="URL|FILE",
              help="An RSS or Atom feed to load the new entries of (a URL is fetched: kg connects only when given one); repeatable.")
@click.option("--urls", "url_lists", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="A text file of page addresses, one a line, to fetch and load when new or changed; repeatable.")
@click.option("--fetch-pages", is_flag=True, help="With --feed: fetch each new entry's page and load its main text (default: the text the feed carries).")
@click.option("--feed-state", type=click.Path(dir_okay=False), metavar="FILE",
              help="With --feed or --urls: the file remembering what was seen (default: STORE.feeds.json beside a store folder).")
@click.option("--rate-limit", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="SECONDS",
              help="With --feed or --urls: at least this long between two requests to one host.")
@click.option("--robots", is_flag=True, help="With --feed or --urls: respect the sites' robots.txt.")
@jobs_option
@limit_options
def load(paths: tuple[str, ...], published, store_spec, model, kb_files, progress, validate, feeds, url_lists, fetch_pages, feed_state,  # type: ignore[no-untyped-def]
         rate_limit, robots, jobs, **limits) -> None:
    """Extract articles and load each into the store as its own named graph.

    Loading an unchanged article again changes nothing; a changed one replaces its graph.
    Near-duplicates of the articles held (syndicated copies, edited or cut versions) are
    linked (see kg query near-duplicates). With --feed, the entries a feed has that were not
    loaded before; with --urls, the listed pages that are new or changed.
    """
    from ..run import load as run_load
    from ..store import open_store

    if not paths and not feeds and not url_lists:
        raise click.UsageError("give files or folders to load, --feed URL|FILE or --urls FILE")
    if fetch_pages and not feeds:
        raise click.UsageError("--fetch-pages goes with --feed")
    if (feed_state or robots) and not (feeds or url_lists):
        raise click.UsageError("--feed-state and --robots go with --feed or --urls")
    check = None
    if validate:
        from ..rdf.validate import article_problems as check
    found = _survey_inputs(paths) if paths else None
    settings = settings_from(model=model, kb_files=kb_files, store_spec=store_spec, **limits)
    reports = []
    with open_store(store_spec, settings, write_on_demand=True) as store:
        if paths:
            reports.append(run_load(paths, store, settings, published=published, progress=progress, validate=check,
                                    jobs=jobs))
        if feeds or url_lists:
            reports.append(_load_feeds(feeds, store, settings, published=published, validate=check, fetch_pages=fetch_pages,
                                       url_lists=url_lists,
                                       feed_state=feed_state, rate_limit=rate_limit, robots=robots))
    for report in reports:
        _report_problems(report)
        click.echo(f"kg: {report.summary()}", err=True)
    if any(r.skipped for r in reports):
        raise click.exceptions.Exit(1)
    if found is not None and not (feeds or url_lists):
        _nothing_read(reports[0], found)


def _load_feeds(feeds, store, settings, *, feed_state, rate_limit, robots, **options):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from ..ingest.fetch import Fetcher
    from ..run_feeds import feed_state_path, load_feeds

    state = Path(feed_state) if feed_state else feed_state_path(settings.store)
    if state is None:
        click.echo("kg: no --feed-state for a store that is not a folder: every entry will be read again next time", err=True)
    fetcher = Fetcher(rate_limit=rate_limit, robots=robots, max_bytes=settings.max_bytes or 20_000_000)
    return load_feeds(feeds, store, settings, state_path=state, fetcher=fetcher, **options)


@cli.command()
@click.argument("article_ids", nargs=-1, required=True)
@store_option
def remove(article_ids: tuple[str, ...], store_spec) -> None:  # type: ignore[no-untyped-def]
    """Remove articles (by id, see `kg query articles`), what only they needed, their near-duplicate links and their reports of canonical events."""
    from ..run import remove as run_remove
    from ..store import open_store

    settings = settings_from(store_spec=store_spec)
    with open_store(store_spec, settings, create=False) as store:
        missing = run_remove(article_ids, store, settings)
    for aid in article_ids:
        if aid not in missing:
            click.echo(f"kg: removed {aid}", err=True)
    for aid in missing:
        click.echo(f"kg: error: no article {aid} in the store", err=True)
    if missing:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("query", required=False)
@click.option("--sparql", help="Run this SPARQL text instead of a library query or file.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (a label or an IRI); repeatable.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True, help="Result format."
)
@click.option("--list", "list_", is_flag=True, help="List the library's queries and their parameters.")
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let SERVICE clauses query other SPARQL endpoints (refused by default: kg connects nowhere unless asked).",
)
@store_option
def query(query: str | None, sparql: str | None, params: tuple[str, ...], fmt: str, list_: bool, allow_service: bool, store_spec) -> None:  # type: ignore[no-untyped-def]
    """Run a query: a library name (see --list), a .rq file, or --sparql TEXT."""
    from ..query import bind_parameters, list_queries, load_query, write_result
    from ..query.format import in_query_order
    from ..errors import QueryError
    from ..query.library import NamedQuery
    from ..sparql.explain import read_only_message
    from ..sparql.lexer import query_form
    from ..store import open_store

    if list_:
        for q in list_queries():
            click.echo(f"{q.name}: {q.description}")
            for name, what in q.params.items():
                click.echo(f"    --param {name}=…  {what}")
        return
    if bool(query) == bool(sparql):
        raise click.UsageError("give a query name or .rq file, or --sparql TEXT (not both)")
    values: dict[str, str] = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        k, v = p.split("=", 1)
        values[k.strip()] = v.strip()
    nq = load_query(query) if query else NamedQuery("sparql", None, sparql or "")
    if query_form(nq.text) == "update":
        raise QueryError(read_only_message())
    from ..sparql.lexer import keywords

    if "SERVICE" in keywords(nq.text) and not allow_service:
        raise QueryError(
            "the query has a SERVICE clause, which would connect to another SPARQL endpoint; kg connects "
            "nowhere unless asked: pass --allow-service to let it"
        )
    settings = settings_from(store_spec=store_spec)
    with open_store(store_spec, settings, create=False, read_only=True) as store:
        text = bind_parameters(nq, values, store) if (values or nq.params) else nq.text
        try:
            result = store.query(text)
        except QueryError as exc:
            if nq.path is None:
                raise
            raise QueryError(f"{nq.path}: {exc}") from None
    write_result(in_query_order(result, text), fmt, sys.stdout)


# `kg export` lives in kg/cli/analyse.py with the other network commands.
