"""GeoJSON (RFC 7946) for QGIS, kepler.gl and web maps: places and events as points.

One ``FeatureCollection`` of ``Point`` features, coordinates ``[longitude, latitude]``
(WGS 84, six decimals):

* a **place** (``"feature": "place"``) for every place with coordinates that the selected
  articles mention or events happen at: ``name``, ``type``, ``wikidata``, ``events`` (how
  many selected events happen there), ``mentions``, ``articles``, ``first``, ``last``;
* an **event** (``"feature": "event"``) for every selected event whose place has
  coordinates, at that place: ``type``, ``label`` (trigger), ``date`` (as the text gives
  it), ``start``/``end`` (the days it covers, for time sliders), ``actors``, ``place``,
  ``modality``, ``article``, ``url``, ``snippet``, and ``reports`` (how many reports tell
  it), ``article_ids`` (their ids) and ``report_events`` (their IRIs): an event several
  articles report (a canonical event) is one feature, and counts once at its place, unless
  the filters ask for each report (``each_report``).

The ``projection`` option does not apply (the map shows places and events); the filters do.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

from ..errors import ExportError
from ..store.base import Store
from .files import atomic_output
from .network import network_options, plain_value

__all__ = ["write_geojson", "geojson_data"]


def _point(lon: float, lat: float) -> dict[str, Any]:
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def geojson_data(data: Any) -> dict[str, Any]:
    """The FeatureCollection of a :class:`~kg.analyse.data.GraphData`."""
    from ..analyse.filters import time_interval
    from ..analyse.ontology import ontology_info
    from ..analyse.projections import _dates, snippet

    onto = ontology_info()
    mentions: dict[str, int] = defaultdict(int)
    articles: dict[str, set[str]] = defaultdict(set)
    times: dict[str, list[str | None]] = defaultdict(list)
    for m in data.mentions:
        mentions[m.entity] += 1
        articles[m.entity].add(m.article)
        art = data.articles.get(m.article)
        times[m.entity].append(art.published if art else None)
    events_at: dict[str, int] = defaultdict(int)
    for ev in data.events:
        for p in ev.places:
            events_at[p] += 1  # an event several articles report (a canonical event): once
            articles[p].update(ev.articles)
            times[p].append(data.event_date(ev))
    features: list[dict[str, Any]] = []
    located = {}
    for iri in sorted(set(mentions) | set(events_at)):
        e = data.entity(iri)
        if e.lat is None or e.lon is None or not (e.place or iri in events_at):
            continue
        if not (-180.0 <= e.lon <= 180.0 and -90.0 <= e.lat <= 90.0):
            continue
        located[iri] = e
        first, last = _dates(times[iri])
        features.append(
            {
                "type": "Feature",
                "id": iri,
                "geometry": _point(e.lon, e.lat),
                "properties": plain_value(
                    {
                        "feature": "place",
                        "name": e.label,
                        "type": e.type,
                        "wikidata": e.wikidata,
                        "iri": iri,
                        "events": events_at[iri],
                        "mentions": mentions[iri],
                        "articles": len(articles[iri]),
                        "first": first,
                        "last": last,
                    }
                ),
            }
        )
    for ev in data.events:
        place = next((p for p in ev.places if p in located), None)
        if place is None:
            continue
        e = located[place]
        art = data.articles.get(ev.article)
        when = data.event_date(ev)
        span = time_interval(when)
        text = ""
        if ev.sentence:
            sent = data.sentence_at(ev.article, ev.sentence[0])
            if sent is not None:
                b, end = ev.trigger or (sent.start, sent.start)
                text = snippet(sent.text, b - sent.start, end - sent.start)
        features.append(
            {
                "type": "Feature",
                "id": ev.iri,
                "geometry": _point(e.lon, e.lat),  # type: ignore[arg-type]
                "properties": plain_value(
                    {
                        "feature": "event",
                        "name": f"{onto.event_label(ev.types[0]) if ev.types else ev.type}: {ev.label}",
                        "type": ev.type,
                        "label": ev.label,
                        "date": when,
                        "start": span[0].isoformat() if span else None,
                        "end": span[1].isoformat() if span else None,
                        "actors": [data.entity(a).label for a in ev.actors],
                        "place": e.label,
                        "modality": ev.modality,
                        "article": art.id if art else None,
                        "url": art.link if art else None,
                        "snippet": text or None,
                        "iri": ev.iri,
                        "reports": len(ev.reports) or 1,
                        "article_ids": sorted(data.articles[a].id for a in ev.articles if a in data.articles),
                        "report_events": [r.iri for r in ev.reports] or None,
                    }
                ),
            }
        )
    for f in features:
        f["properties"] = {k: v for k, v in f["properties"].items() if v is not None}
    doc: dict[str, Any] = {"type": "FeatureCollection", "features": features}
    if features:
        xs = [f["geometry"]["coordinates"][0] for f in features]
        ys = [f["geometry"]["coordinates"][1] for f in features]
        doc["bbox"] = [min(xs), min(ys), max(xs), max(ys)]
    return doc


def write_geojson(store: Store, path: str | Path | IO[bytes], *, format: str = "geojson", **options: Any) -> None:
    """Write the places and events of ``store`` (filtered) as GeoJSON."""
    from ..analyse.data import read_graph_data
    from .network import _filters

    opts = network_options(options)
    if opts.get("projection") not in (None, "", "places"):
        raise ExportError("the geojson export maps places and events; --projection does not apply to it")
    data = read_graph_data(store, _filters(opts))
    doc = geojson_data(data)
    with atomic_output(path) as out:
        out.write(json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8"))
        out.write(b"\n")
