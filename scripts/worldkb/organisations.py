"""International bodies, state forces and armed groups (world-organisations.csv), from the
hand-curated ontology/kb/sources/organisations.csv."""
from __future__ import annotations

from .common import SOURCE_ALIASES
from .entry import Entry
from .sources import read_curated


def build_organisations(keys: dict[str, str]) -> list[Entry]:
    entries = []
    for row in read_curated("organisations.csv"):
        country = keys.get(row["country"].upper(), "") if row["country"] else ""
        if row["country"] and not country:
            raise SystemExit(f"organisations.csv: {row['id']}: unknown country code {row['country']!r}")
        source = SOURCE_ALIASES.get(row["wikidata_source"], row["wikidata_source"])
        if row["wikidata"] and not source:
            raise SystemExit(f"organisations.csv: {row['id']}: a Wikidata id needs a wikidata_source")
        entries.append(
            Entry(
                key=row["id"],
                label=row["label"],
                type=row["type"],
                priority=1,
                aliases=[a.strip() for a in row["aliases"].split("|") if a.strip()],
                wikidata=row["wikidata"],
                wikidata_source=source,
                country=country,
                part_of=row["part_of"],
                file="world-organisations.csv",
            )
        )
    return entries
