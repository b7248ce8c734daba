"""Store commands: ``kg stats``, ``kg validate``, ``kg bulk-load``, ``kg serve``."""
from __future__ import annotations

import json
import os
import sys

import click

from . import cli
from .options import settings_from, store_option


@cli.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--graphs", default=20, show_default=True, metavar="N", help="List the N biggest graphs.")
def stats(store_spec, as_json: bool, graphs: int) -> None:  # type: ignore[no-untyped-def]
    """Articles, entities (linked to Wikidata or not), events by type, events told by several articles, quads per graph."""
    from ..query.stats import store_stats
    from ..store import open_store

    settings = settings_from(store_spec=store_spec)
    with open_store(store_spec, settings, read_only=True) as store:
        figures = store_stats(store)
    if as_json:
        click.echo(json.dumps(figures.as_dict(), indent=1))
    else:
        click.echo("\n".join(figures.lines(graphs=graphs)))


@cli.command()
@click.argument("article_ids", nargs=-1)
@store_option
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), help="SHACL shapes to use (default: ontology/shapes.ttl).")
@click.option("--warnings/--no-warnings", default=True, show_default=True, help="Also print sh:Warning results.")
def validate(article_ids: tuple[str, ...], store_spec, shapes: str | None, warnings: bool) -> None:  # type: ignore[no-untyped-def]
    """Check the store's article graphs (all, or those named) against the SHACL shapes.

    Prints the problems grouped by the node they are about; exits with status 1 when a
    graph violates a shape.
    """
    from pathlib import Path

    from ..rdf.validate import by_focus, shapes_graph, validate_store
    from ..store import open_store

    settings = settings_from(store_spec=store_spec)
    shape_graph = shapes_graph(Path(shapes) if shapes else None)
    checked = bad = violations = 0
    with open_store(store_spec, settings, read_only=True) as store:
        for aid, results in validate_store(store, article_ids or None, shapes=shape_graph):
            checked += 1
            shown = [r for r in results if warnings or r.is_violation]
            n = sum(r.is_violation for r in results)
            violations += n
            bad += n > 0
            if not shown:
                continue
            click.echo(f"article {aid}: {n} violation{'s' if n != 1 else ''}, {len(results) - n} warning{'s' if len(results) - n != 1 else ''}")
            for focus, items in by_focus(shown).items():
                click.echo(f"  {focus}")
                for r in items:
                    where = f"{r.path}: " if r.path else ""
                    value = f" (value: {r.value})" if r.value and r.value != focus else ""
                    click.echo(f"    {r.severity.lower()}: {where}{r.message}{value}")
    click.echo(f"kg: {checked} article graph{'s' if checked != 1 else ''} checked, {bad} with violations ({violations} in all)", err=True)
    if bad:
        raise click.exceptions.Exit(1)


@cli.command("bulk-load")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True))
@store_option
@click.option("--merge", is_flag=True, help="Merge into article graphs already in the store instead of replacing them.")
@click.option("--strict/--lenient", default=True, help="Validate every IRI and language tag (the default); --lenient trusts them (for files kg wrote).")
@click.option("--no-optimize", is_flag=True, help="Do not compact the embedded store for reading after the load.")
@click.option("--no-relink", is_flag=True, help="Do not recompute the near-duplicate links and canonical events of the store after the load.")
def bulk_load(files: tuple[str, ...], store_spec, merge: bool, strict: bool, no_optimize: bool, no_relink: bool) -> None:  # type: ignore[no-untyped-def]
    """Stream N-Quads files into the store, fast: `kg extract --format nquads` output, or
    folders of the shards `kg extract-shards` writes (every *.nq file in them).

    Every file is read through before anything changes (a bad line: nothing loaded). An
    article graph the store already holds is replaced, so loading a file twice changes
    nothing; each entity keeps one link source, the best the articles give, as with
    `kg load`. Not atomic per article: use `kg load` for that. The embedded store is then
    compacted for reading (timed apart; --no-optimize skips it), and the near-duplicate links
    and the canonical events of all its articles are recomputed (--no-relink skips both).
    """
    import time

    from ..run import relink
    from ..store import open_store
    from ..store.bulk import load_nquads

    settings = settings_from(store_spec=store_spec)
    with open_store(store_spec, settings) as store:
        result = load_nquads(store, files[0] if len(files) == 1 else files, replace=not merge, strict=strict,
                             optimize=not no_optimize)
        click.echo(f"kg: {result.summary()}", err=True)
        if not no_relink:
            start = time.perf_counter()
            pairs, canon = relink(store, settings)
            click.echo(f"kg: near-duplicates relinked: {pairs} pair{'s' if pairs != 1 else ''}; "
                       f"canonical events rebuilt: {canon.canonical} in {time.perf_counter() - start:.1f} s", err=True)


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on (0: any free port).")
@click.option("--time-limit", default=30.0, show_default=True, type=float, metavar="SECONDS", help="Stop a query after this long (answer 503).")
@click.option("--max-rows", default=10_000, show_default=True, type=int, help="Cut answers at this many rows (header X-KG-Truncated).")
@click.option("--max-request", default=100_000, show_default=True, type=int, metavar="BYTES", help="Refuse bigger requests (413).")
@click.option("--workers", default=2, show_default=True, type=int, help="Queries that may run at the same time.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates from clients that send the token.")
@click.option("--token", help="The bearer token updates need (also KG_SERVE_TOKEN).")
@click.option("--quiet", is_flag=True, help="Do not log requests.")
@click.option("--cors", metavar="ORIGIN", help="Let web pages from this origin (e.g. https://app.example.org) read answers; off by default.")
@click.option("--memory-limit", default=1000, show_default=True, type=click.IntRange(min=0), metavar="MB",
              help="Memory one query worker may use (0: no limit); a query over it gets 503.")
@click.option("--idle-timeout", default=30.0, show_default=True, type=click.FloatRange(min=0), metavar="SECONDS",
              help="Close connections silent for this long.")
def serve(store_spec, host: str, port: int, time_limit: float, max_rows: int, max_request: int, workers: int,  # type: ignore[no-untyped-def]
          allow_update: bool, token: str | None, quiet: bool, cors: str | None, memory_limit: int, idle_timeout: float) -> None:
    """Serve the store over HTTP: a SPARQL 1.1 endpoint at /sparql and a query page at /.

    Read-only unless --allow-update (then updates need the token); SERVICE, LOAD and FROM
    of outside graphs are refused, so the server never fetches a URL.
    """
    from ..serve import serve as run_serve

    settings = settings_from(store_spec=store_spec)
    run_serve(
        store_spec,
        settings,
        host=host,
        port=port,
        time_limit=time_limit,
        max_rows=max_rows,
        max_request=max_request,
        workers=workers,
        allow_update=allow_update,
        token=token or os.environ.get("KG_SERVE_TOKEN") or None,
        quiet=quiet,
        cors=cors,
        memory_limit=memory_limit * 1_000_000,
        idle_timeout=idle_timeout,
    )
    sys.stderr.write("kg: stopped\n")
