"""``kg extract-shards``: extraction on a Dask cluster, into N-Quads shards for ``kg bulk-load``."""
from __future__ import annotations

import sys

import click

from . import cli
from .commands import _nothing_read, _report_problems, _survey_inputs
from .options import limit_options, model_options, published_option, settings_from


@cli.command("extract-shards")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--shards",
    "shards_dir",
    required=True,
    type=click.Path(file_okay=False),
    metavar="FOLDER",
    help="Folder the workers write the shards to (part-000000.nq, …; created, and holding no .nq file yet). "
    "On several machines: a folder every worker reaches at this path.",
)
@click.option(
    "--cluster",
    default="local:2",
    show_default=True,
    metavar="ADDRESS",
    help="The Dask scheduler (tcp://HOST:8786), the file `dask scheduler --scheduler-file` wrote, "
    "or local:N for N worker processes on this machine.",
)
@click.option(
    "--partition-size",
    default=32,
    show_default=True,
    type=click.IntRange(min=1),
    metavar="N",
    help="Articles per task and per shard.",
)
@click.option(
    "--unchanged-in",
    "store_spec",
    metavar="STORE",
    help="Skip the articles this store already holds unchanged, as kg load does (the store is only read).",
)
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when standard error is a terminal).")
@published_option
@model_options
@limit_options
def extract_shards(paths: tuple[str, ...], shards_dir: str, cluster: str, partition_size: int, store_spec: str | None,  # type: ignore[no-untyped-def]
                   progress: bool | None, published, model, kb_files, **limits) -> None:
    """Extract articles on a Dask cluster: one N-Quads shard per partition, for `kg bulk-load FOLDER`.

    This machine reads the articles and sends them to the workers in partitions; each
    worker (kg and its model loaded once) writes its partitions' shards. `kg bulk-load
    FOLDER --store STORE` then leaves the store as `kg load` of the same articles would.
    Needs `pip install 'kg[distributed]'` here and on every worker.
    """
    from ..cluster import extract_shards as run_extract_shards
    from ..store import open_store

    found = _survey_inputs(paths)
    settings = settings_from(model=model, kb_files=kb_files, **limits)
    if progress is None:
        progress = sys.stderr.isatty()
    if store_spec:
        with open_store(store_spec, settings, read_only=True, create=False) as store:
            report = run_extract_shards(paths, shards_dir, settings, cluster=cluster, partition_size=partition_size,
                                        published=published, store=store, progress=progress)
    else:
        report = run_extract_shards(paths, shards_dir, settings, cluster=cluster, partition_size=partition_size,
                                    published=published, progress=progress)
    _report_problems(report)
    click.echo(f"kg: {report.summary()}", err=True)
    if report.skipped:
        raise click.exceptions.Exit(1)
    _nothing_read(report, found)
