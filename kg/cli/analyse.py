"""Commands that look at the graph as a network: ``kg analyse``, ``kg path``, ``kg export``."""
from __future__ import annotations

import json
import sys
from typing import Any, Callable

import click

from . import cli
from .options import settings_from, store_option

F = Callable[..., Any]

_PROJECTIONS = ["actor-actor", "actor-event-place", "co-mention", "co-mention-article", "places"]
_METRICS = ["degree", "weighted_degree", "betweenness", "pagerank", "eigenvector", "community", "core"]


def filter_options(f: F) -> F:
    """--since, --until, --event-type, --article, --modality, --each-report (as sqlite-utils
    bundles options)."""
    f = click.option(
        "--each-report",
        is_flag=True,
        help="Count each article's report of an event apart (by default the reports of one "
        "canonical event, the same event told by several articles, count once).",
    )(f)
    f = click.option(
        "--modality",
        "modalities",
        multiple=True,
        type=click.Choice(["asserted", "reported", "planned", "hypothetical", "negated"]),
        help="Keep only events of this modality; repeatable.",
    )(f)
    f = click.option("--article", "articles", multiple=True, metavar="ID", help="Keep only this article (id or IRI); repeatable.")(f)
    f = click.option(
        "--event-type", "event_types", multiple=True, metavar="TYPE", help="Keep only events of this class (e.g. MilitaryOperation); repeatable."
    )(f)
    f = click.option("--until", metavar="DATE", help="Keep what happened on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).")(f)
    f = click.option("--since", metavar="DATE", help="Keep what happened on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")(f)
    return f


def _filters(since, until, event_types, articles, modalities, each_report=False):  # type: ignore[no-untyped-def]
    from ..analyse.filters import Filters

    return Filters.create(
        since=since, until=until, event_types=event_types, articles=articles, modalities=modalities, each_report=each_report
    )


def _given_filters(since, until, event_types, articles, modalities, each_report=False) -> bool:  # type: ignore[no-untyped-def]
    return bool(since or until or event_types or articles or modalities or each_report)


@cli.command()
@click.option("--projection", type=click.Choice(_PROJECTIONS), default="actor-actor", show_default=True, help="Which network to analyse.")
@filter_options
@click.option("--by", type=click.Choice(_METRICS), default="pagerank", show_default=True, help="Rank by this metric.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["actor", "place", "event"]), help="Show only nodes of this kind; repeatable.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="Rows to print in the table.")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed of Louvain communities and sampled betweenness.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Also write every node's metrics to this CSV file (- for stdout).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write every node's metrics to this JSON file (- for stdout).")
@click.option("--write-back", is_flag=True, help="Store the metrics as RDF in the named graph {base}graph/metrics/PROJECTION.")
@store_option
def analyse(projection, since, until, event_types, articles, modalities, each_report, by, kinds, limit, seed, csv_path, json_path, write_back, store_spec) -> None:  # type: ignore[no-untyped-def]
    """Rank the entities of a network projection by centrality.

    \b
    Metrics: degree, weighted degree, betweenness, PageRank, eigenvector centrality,
    Louvain community (seeded) and k-core number. Examples:
      kg analyse                                   # actors linked by shared events
      kg analyse --projection co-mention --by betweenness
      kg analyse --since 2023-09 --event-type MilitaryOperation --csv metrics.csv
    """
    from ..analyse.metrics import ranked
    from ..analyse.run import analyse as run_analyse
    from ..analyse.run import write_rows
    from ..export.files import atomic_output
    from ..store import open_store

    filters = _filters(since, until, event_types, articles, modalities, each_report)
    settings = settings_from(store_spec=store_spec)
    with open_store(store_spec, settings, create=False, read_only=not write_back) as store:
        result = run_analyse(
            store, projection=projection, filters=filters, seed=seed, by=by, kinds=tuple(kinds) or None, store_metrics=write_back
        )
    to_stdout = "-" in (csv_path, json_path)
    every = ranked(result.graph, result.table, by=by, kinds=tuple(kinds) or None)
    for path, fmt in ((csv_path, "csv"), (json_path, "json")):
        if not path:
            continue
        if path == "-":
            write_rows(every, fmt, sys.stdout)
        else:
            with atomic_output(path, mode="w") as fh:
                write_rows(every, fmt, fh)
            click.echo(f"kg: wrote {path}", err=True)
    if not to_stdout:
        write_rows(result.rows[:limit], "table", sys.stdout)
    click.echo(f"kg: {result.summary()}", err=True)
    if result.graph.number_of_nodes() == 0 and projection in ("actor-actor", "places"):
        click.echo("kg: no events in the selection; try --projection co-mention (entities named together)", err=True)
    if result.metrics_graph:
        click.echo(f"kg: metrics stored in graph <{result.metrics_graph}>", err=True)


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option(
    "--via",
    type=click.Choice(["auto", "events", "sentences", "articles"]),
    default="auto",
    show_default=True,
    help="What counts as a link: shared events (and reported speech), also shared sentences, also shared articles; auto tries them in that order.",
)
@click.option("--max-paths", type=click.IntRange(min=1), default=3, show_default=True, help="Show at most this many shortest paths.")
@click.option("--evidence", "evidence_per_hop", type=click.IntRange(min=1), default=3, show_default=True, help="Evidence shown per hop.")
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Print the paths as JSON.")
@store_option
def path(source, target, via, max_paths, evidence_per_hop, since, until, event_types, articles, modalities, each_report, as_json, store_spec) -> None:  # type: ignore[no-untyped-def]
    """How two entities are connected: shortest paths with the events, dates, articles and text on each hop.

    \b
    Entities are named by label, alias, Wikidata id or IRI:
      kg path "Antony Blinken" "Nikol Pashinyan"
      kg path Q227 Stepanakert --via events
    """
    from ..analyse.paths import connections
    from ..store import open_store

    filters = _filters(since, until, event_types, articles, modalities, each_report)
    settings = settings_from(store_spec=store_spec)
    with open_store(store_spec, settings, create=False, read_only=True) as store:
        found = connections(store, source, target, via=via, max_paths=max_paths, evidence_per_hop=evidence_per_hop, filters=filters)
    if as_json:
        json.dump([c.as_dict() for c in found], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_paths(found)
    if not found:
        click.echo(f"kg: {source!r} and {target!r} are not connected (via {via})", err=True)
        raise click.exceptions.Exit(1)


def _line(text: str | None) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(text or "")).split())


def _print_paths(found) -> None:  # type: ignore[no-untyped-def]
    for i, conn in enumerate(found, 1):
        hops = len(conn.hops)
        click.echo(f"Path {i} ({hops} hop{'s' if hops != 1 else ''}, via {conn.via}): " + " → ".join(_line(x) for x in conn.labels))
        for hop in conn.hops:
            click.echo(f"  {_line(hop.source_label)} — {_line(hop.target_label)}")
            for ev in hop.evidence:
                when = f" {ev.date}" if ev.date else ""
                if ev.date and not ev.dated:  # the text gives no time: say the date is the report's
                    when = f" (no date given; reported {ev.date})"
                if ev.kind in ("event", "reported"):
                    roles = f" [{ev.roles[0]} / {ev.roles[1]}]" if ev.roles else ""
                    what = f"{ev.event_type_label or ev.event_type} “{_line(ev.event_label)}”{roles}"
                    if ev.kind == "reported":
                        what = f"reported {what}"
                else:
                    what = f"same {ev.kind}"
                click.echo(f"    • {what}{when} — {_line(ev.article_title) or ev.article} <{ev.link}>")
                if ev.snippet:
                    click.echo(f"      “{_line(ev.snippet)}”")
        click.echo("")


@cli.command()
@click.option("--format", "fmt", help="Output format (see --list-formats; default: from the -o file's extension, else nquads).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-", show_default=True, help="File to write (- for standard output).")
@click.option(
    "--projection",
    type=click.Choice(_PROJECTIONS),
    help="Network formats: which projection to write (default actor-event-place).",
)
@filter_options
@click.option("--no-metrics", is_flag=True, help="Network formats: leave out degree, PageRank, communities… (faster on big stores).")
@click.option("--list-formats", is_flag=True, help="List the export formats and their file extensions, one per line.")
@store_option
def export(fmt, output, projection, since, until, event_types, articles, modalities, each_report, no_metrics, list_formats, store_spec) -> None:  # type: ignore[no-untyped-def]
    """Export the store's graph to a file, written atomically.

    \b
    RDF formats write the stored quads as they are: nquads, trig, turtle, jsonld, ntriples, rdfxml.
    Network formats write a projection (--projection, filters) with its metrics:
      graphml (yEd, Gephi, Cytoscape)  gexf (Gephi, with a timeline)  cytoscape (Cytoscape.js)
      json (node-link, D3)  dot (Graphviz)  csv (FILE.nodes.csv + FILE.edges.csv)
      geojson (QGIS, kepler.gl: places and events)  html (a self-contained interactive viewer)
    """
    from ..errors import ExportError
    from ..export import EXPORT_FORMATS, export_store, format_for_path, format_name, is_network_format
    from ..store import open_store

    if list_formats:
        for name, (_module, _func, ext) in EXPORT_FORMATS.items():
            click.echo(f"{name}\t{ext}")
        return
    if not fmt:
        fmt = format_for_path(output) if output != "-" else "nquads"
        if fmt is None:
            raise click.UsageError(f"cannot tell the format from the name {output}; give --format (see --list-formats)")
    try:
        format_name(fmt)
    except ExportError as exc:
        raise click.BadParameter(str(exc), param_hint="--format") from None
    options: dict[str, Any] = {}
    if is_network_format(fmt):
        options["filters"] = _filters(since, until, event_types, articles, modalities, each_report)
        if projection:
            options["projection"] = projection
        if no_metrics:
            options["metrics"] = False
    elif projection or no_metrics or _given_filters(since, until, event_types, articles, modalities, each_report):
        raise click.UsageError(f"--projection, filters and --no-metrics apply to network formats, not to {fmt}")
    settings = settings_from(store_spec=store_spec)
    with open_store(store_spec, settings, create=False, read_only=True) as store:
        written = export_store(store, fmt, output, **options)
    if output != "-":
        names = ", ".join(str(p) for p in written) if isinstance(written, list) else output
        click.echo(f"kg: wrote {names}", err=True)
