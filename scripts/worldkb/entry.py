"""An entry of the world KB, before names are checked against each other, and the CSV files
written from them (kg's KB CSV format: ontology/kb/README.md)."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.kb.normalize import normalize_surface

COLUMNS = (
    "id", "label", "type", "aliases", "wikidata", "lat", "lon", "country", "demonyms",
    "stands_for", "wikidata_source", "geonames", "part_of", "capital_of",
)


@dataclass
class Entry:
    """One row of a world KB file, before names are checked against each other."""

    key: str
    label: str
    type: str
    priority: int  # 0 country, 1 organisation, 2 capital, 3 admin1: who keeps a contested name
    aliases: list[str] = field(default_factory=list)
    wikidata: str = ""
    wikidata_source: str = ""
    lat: float | None = None
    lon: float | None = None
    country: str = ""
    demonyms: list[str] = field(default_factory=list)
    stands_for: str = ""
    geonames: int | None = None
    part_of: str = ""
    capital_of: str = ""
    file: str = ""
    # Divisions only: the names before :func:`resolve_names` decides which may be used.
    cc: str = ""
    bare: list[str] = field(default_factory=list)  # GeoNames: "Kharkiv", "North Darfur"
    iso_bare: list[str] = field(default_factory=list)  # ISO 3166-2: "Kharkivska"
    curated: list[str] = field(default_factory=list)  # sources/admin1-names.csv: "Maidan Wardak"
    code: str = ""  # GeoNames admin1 code: "UA.07"
    strong: list[str] = field(default_factory=list)  # with the division's own type: "Kharkiv Oblast"
    weak: list[str] = field(default_factory=list)  # with a generic type: "Kharkiv Province"

    def names(self) -> list[str]:
        return [self.label, *self.aliases]

    def row(self) -> dict[str, str]:
        label_norm = normalize_surface(self.label)
        aliases = [a for a in dict.fromkeys(self.aliases) if normalize_surface(a) != label_norm or a != self.label]
        aliases = [a for a in aliases if a != self.label]
        return {
            "id": self.key,
            "label": self.label,
            "type": self.type,
            "aliases": "|".join(aliases),
            "wikidata": self.wikidata,
            "lat": f"{self.lat:.5f}" if self.lat is not None else "",
            "lon": f"{self.lon:.5f}" if self.lon is not None else "",
            "country": self.country,
            "demonyms": "|".join(dict.fromkeys(self.demonyms)),
            "stands_for": self.stands_for,
            "wikidata_source": self.wikidata_source if self.wikidata else "",
            "geonames": str(self.geonames) if self.geonames else "",
            "part_of": self.part_of,
            "capital_of": self.capital_of,
        }


def write(path: Path, entries: Iterable[Entry], header: str) -> int:
    rows = [e.row() for e in entries]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
