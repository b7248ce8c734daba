"""Build ``ontology/kb/natural-features.tsv``: the named natural features of Natural Earth.

Natural Earth (public domain) is read from its 1:10m themes as GeoJSON:

- ``ne_10m_geography_marine_polys``  seas, gulfs, bays, straits, sounds, channels ... (polygons)
- ``ne_10m_geography_regions_polys`` mountain ranges, deserts, plateaus, islands, island
  groups, peninsulas, plains, deltas, basins, valleys, geographic areas ... (polygons)
- ``ne_10m_geography_regions_points`` small islands, capes, waterfalls (points)
- ``ne_10m_geography_regions_elevation_points`` mountains and other spot heights (points)
- ``ne_10m_lakes`` lakes and reservoirs (polygons)
- ``ne_10m_rivers_lake_centerlines`` rivers (lines, one feature per stretch)

Every named feature of these themes is written (no selection by hand). The geometry
comes from the GeoJSON conversion of Natural Earth 4.0 (martynafford/natural-earth-geojson,
CC0); English names and Wikidata ids come from the attribute tables of a later Natural
Earth release (Raysphere24/NaturalEarthCsvTsv, the DBF tables as CSV), joined on the
feature class and the name when that pair names one feature (or, for a river, stretches
that all agree) on both sides.

The representative point of a feature (column ``point``):

- ``point``: the theme's own point (points themes);
- ``centroid``: the area-weighted centroid of the feature's largest polygon, when that
  centroid lies inside it;
- ``interior``: otherwise (a curved range, a gulf), the middle of the widest stretch of the
  largest polygon along the parallel through its centroid, a point inside it;
- ``line``: for a river, the vertex of its stretches nearest the length-weighted centroid
  of all of them (stretches of one river share its name and Natural Earth's river number).

Run from the repository root::

    python scripts/build_natural_features.py            # from ontology/kb/sources/natural-earth/
    python scripts/build_natural_features.py --trim DIR # first trim the fetched sources in DIR
                                                        # into ontology/kb/sources/natural-earth/

``DIR`` holds the GeoJSON files (``*.json`` or ``*.7z`` of martynafford/natural-earth-geojson's
``10m/physical``) and, in ``DIR/attrs``, the CSV attribute tables (``csv_with_names/10m_physical``
of Raysphere24/NaturalEarthCsvTsv). The trimmed copy keeps the fields used and the
coordinates rounded to 0.01 degree (a kilometre), gzipped.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ontology" / "kb" / "sources" / "natural-earth"
OUT = ROOT / "ontology" / "kb" / "natural-features.tsv"

THEMES = (
    "ne_10m_geography_marine_polys",
    "ne_10m_geography_regions_polys",
    "ne_10m_geography_regions_points",
    "ne_10m_geography_regions_elevation_points",
    "ne_10m_lakes",
    "ne_10m_rivers_lake_centerlines",
)
#: The attributes kept in the trimmed copy (lower-cased Natural Earth field names).
KEEP = ("featurecla", "name", "name_alt", "namealt", "name_en", "region", "subregion", "admin",
        "nation1", "scalerank", "rivernum", "wikidataid", "ne_id", "lat_y", "long_x")
#: Natural Earth's feature classes as kg names them (lower-cased); others are kept as written.
CLASSES = {
    "range/mtn": "range", "island group": "island group", "pen/cape": "peninsula",
    "geoarea": "region", "alkaline lake": "lake", "lake centerline": "river", "spot elevation": "mountain",
}
#: Abbreviations of Natural Earth's labels, written out.
ABBREVIATIONS = (
    (r"\bIs\.", "Islands"), (r"\bI\.", "Island"), (r"\bMts\.", "Mountains"), (r"\bMt\.", "Mount"),
    (r"\bPen\.", "Peninsula"), (r"\bPla\.", "Plateau"), (r"\bG\.", "Gulf"), (r"\bL\.", "Lake"),
    (r"\bR\.", "River"), (r"\bC\.", "Cape"), (r"\bSt\.", "Saint"), (r"\bMtns\.", "Mountains"),
)


# ---------------------------------------------------------------------- reading


def _read_geojson(folder: Path, theme: str) -> list[dict]:
    for name in (f"{theme}.json", f"{theme}.geojson", f"{theme}.geojson.gz"):
        path = folder / name
        if path.is_file():
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as handle:
                return json.load(handle)["features"]
    archive = folder / f"{theme}.7z"
    if archive.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["7z", "x", "-y", f"-o{tmp}", str(archive)], check=True, capture_output=True)
            return _read_geojson(Path(tmp), theme)
    raise SystemExit(f"{folder}: no {theme}.json, .geojson(.gz) or .7z")


def _lower(props: dict) -> dict:
    return {k.lower(): v for k, v in props.items()}


def _round(coords: object) -> object:
    """Coordinates rounded to 0.01 degree, repeated points dropped."""
    if isinstance(coords, list) and coords and isinstance(coords[0], (int, float)):
        return [round(coords[0], 2), round(coords[1], 2)]
    out = []
    for part in coords:  # type: ignore[union-attr]
        item = _round(part)
        if not out or item != out[-1]:
            out.append(item)
    return out


def _attributes(folder: Path, theme: str) -> dict[tuple[str, str], dict]:
    """The later release's attributes by (class, name): English name and Wikidata id, when
    every row of that class and name agrees on them."""
    path = folder / "attrs" / f"{theme}.csv"
    if not path.is_file():
        return {}
    seen: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            row = _lower(row)
            key = ((row.get("featurecla") or "").lower(), row.get("name") or "")
            seen[key].add((row.get("name_en") or "", row.get("wikidataid") or ""))
    return {k: {"name_en": v[0][0], "wikidataid": v[0][1]} for k, v in ((k, sorted(v)) for k, v in seen.items()) if len(v) == 1}


def trim(folder: Path) -> None:
    """Write the trimmed copy of the sources in ``folder`` to :data:`SOURCES`."""
    SOURCES.mkdir(parents=True, exist_ok=True)
    for theme in THEMES:
        features = _read_geojson(folder, theme)
        attrs = _attributes(folder, theme)
        kept = []
        for feature in features:
            props = _lower(feature["properties"])
            if not props.get("name"):
                continue
            extra = attrs.get(((props.get("featurecla") or "").lower(), props["name"]), {})
            props = {k: v for k, v in {**props, **extra}.items() if k in KEEP and v not in (None, "")}
            geometry = feature.get("geometry") or {}
            kept.append({"type": "Feature", "properties": props,
                         "geometry": {"type": geometry.get("type"), "coordinates": _round(geometry.get("coordinates") or [])}})
        text = json.dumps({"type": "FeatureCollection", "features": kept}, ensure_ascii=False, separators=(",", ":"))
        with gzip.GzipFile(SOURCES / f"{theme}.geojson.gz", "wb", compresslevel=9, mtime=0) as handle:  # same bytes each run
            handle.write(text.encode("utf-8"))
        print(f"{theme}: {len(kept)} named features kept", file=sys.stderr)


# ---------------------------------------------------------------------- points


def _ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed area (square degrees, longitude scaled by the cosine of the ring's latitude)
    and centroid (lon, lat) of a ring."""
    lat0 = sum(p[1] for p in ring) / len(ring)
    k = math.cos(math.radians(lat0)) or 1e-9
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * k * y1 - x1 * k * y0
        area += cross
        cx += (x0 * k + x1 * k) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, sum(p[0] for p in ring) / len(ring), lat0
    return area / 2, cx / (3 * area) / k, cy / (3 * area)


def _inside(x: float, y: float, polygon: list[list[list[float]]]) -> bool:
    hit = False
    for ring in polygon:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                hit = not hit
    return hit


def _crossings(y: float, polygon: list[list[list[float]]]) -> list[float]:
    xs = []
    for ring in polygon:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            if (y0 > y) != (y1 > y):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    return sorted(xs)


def polygon_point(geometry: dict) -> tuple[float, float, str] | None:
    """(lat, lon, how) of a polygon or multipolygon: see the module docstring."""
    coords = geometry.get("coordinates") or []
    polygons = [coords] if geometry.get("type") == "Polygon" else coords
    best = None
    for polygon in polygons:
        if not polygon or len(polygon[0]) < 3:
            continue
        area, x, y = _ring_area_centroid(polygon[0])
        if best is None or abs(area) > best[0]:
            best = (abs(area), x, y, polygon)
    if best is None:
        return None
    _, x, y, polygon = best
    if _inside(x, y, polygon):
        return y, x, "centroid"
    xs = _crossings(y, polygon)
    spans = [(b - a, (a + b) / 2) for a, b in zip(xs[0::2], xs[1::2])]
    if not spans:
        ring = polygon[0]
        return ring[0][1], ring[0][0], "interior"
    return y, max(spans)[1], "interior"


def line_point(geometries: list[dict]) -> tuple[float, float, str] | None:
    """(lat, lon, "line") of a river's stretches: see the module docstring."""
    lines: list[list[list[float]]] = []
    for geometry in geometries:
        coords = geometry.get("coordinates") or []
        lines.extend([coords] if geometry.get("type") == "LineString" else coords)
    total = sx = sy = 0.0
    for line in lines:
        for (x0, y0), (x1, y1) in zip(line, line[1:]):
            k = math.cos(math.radians((y0 + y1) / 2))
            length = math.hypot((x1 - x0) * k, y1 - y0)
            total += length
            sx += (x0 + x1) / 2 * length
            sy += (y0 + y1) / 2 * length
    vertices = [p for line in lines for p in line]
    if not vertices:
        return None
    if total == 0:
        return vertices[0][1], vertices[0][0], "line"
    cx, cy = sx / total, sy / total
    k = math.cos(math.radians(cy))
    x, y = min(vertices, key=lambda p: ((p[0] - cx) * k) ** 2 + (p[1] - cy) ** 2)
    return y, x, "line"


# ---------------------------------------------------------------------- names


def clean_name(name: str) -> str:
    """A Natural Earth label as a name: abbreviations written out, capitals cased.

    >>> clean_name("Balearic Is."), clean_name("EASTERN GHATS"), clean_name("Gough I.")
    ('Balearic Islands', 'Eastern Ghats', 'Gough Island')
    """
    name = re.sub(r"\s+", " ", name).strip()
    for pattern, full in ABBREVIATIONS:
        name = re.sub(pattern, full, name)
    if name.isupper() or (name.upper() == name and any(c.isalpha() for c in name)):
        name = " ".join(w if w in ("of", "de") else w.capitalize() for w in name.lower().split())
        name = re.sub(r"\b(Of|De|The|And|Del|La|El)\b", lambda m: m.group(0).lower(), name)
        name = name[:1].upper() + name[1:]
    return name


def _words(*names: object) -> set[str]:
    return {w for name in names for w in re.findall(r"[a-z]+", clean_name(str(name or "")).lower()) if len(w) > 2}


def corroborated(props: dict) -> bool:
    """Whether the later release's English name shares a word with the feature's own names
    (Natural Earth 4.0's ``name``, ``name_alt``): the join on class and name then found the
    same feature. When it does not ("Niger Delta" given the English name "Enugu Nigeria"),
    the English name is only an alternate name and the Wikidata id is not kept: the two come
    from one match that nothing confirms.

    >>> corroborated({"name": "Abay", "name_alt": "Blue Nile", "name_en": "Blue Nile"})
    True
    >>> corroborated({"name": "Niger Delta", "name_en": "Enugu Nigeria"})
    False
    """
    english = props.get("name_en")
    return not english or bool(_words(english) & _words(props.get("name"), props.get("name_alt"), props.get("namealt")))


def _names(props: dict) -> tuple[str, list[str]]:
    """The feature's name (English first, when corroborated) and its other names."""
    raw = [props.get("name_en"), props.get("name"), props.get("name_alt"), props.get("namealt")]
    if not corroborated(props):
        raw = raw[1:] + raw[:1]
    names: list[str] = []
    for value in raw:
        for part in re.split(r"[;|]|, (?=[A-Z])", str(value or "")):
            part = clean_name(part)
            if part and part not in names and not part.isdigit():
                names.append(part)
    return names[0], names[1:]


def _country(props: dict) -> str:
    """The country a mountain is in, as Natural Earth writes it (``nation1``); the lakes'
    ``admin`` field says how a lake is drawn ("admin-0"), not where it is."""
    value = str(props.get("nation1") or "").strip()
    return "" if value in ("-99", "None") else value


def _group_key(theme: str, index: int, props: dict) -> tuple[str, ...]:
    """Features that are one: of one Wikidata id (a sea in two polygons, a river's
    stretches under several names), else a river's stretches of one name and number."""
    cla = str(props.get("featurecla") or "").lower()
    cla = CLASSES.get(cla, cla)  # a river's stretch through a lake ("Lake Centerline") is the river's
    if props.get("wikidataid"):
        return (cla, str(props["wikidataid"]))
    if theme.endswith("centerlines"):
        return (cla, props["name"], str(props.get("rivernum", "")))
    return (cla, props["name"], str(index))


def _merged(group: list[dict]) -> dict:
    """The properties of a group of features: the first's, with every name of the group."""
    props = dict(group[0]["properties"])
    alts = [str(f["properties"].get(k) or "") for f in group for k in ("name", "name_alt", "namealt")]
    props["name_alt"] = "|".join(a for a in dict.fromkeys(alts) if a)
    props.pop("namealt", None)
    ranks = [float(f["properties"]["scalerank"]) for f in group if f["properties"].get("scalerank") is not None]
    props["scalerank"] = min(ranks) if ranks else None
    return props


def build() -> list[list[str]]:
    rows: list[list[str]] = []
    for theme in THEMES:
        groups: dict[tuple[str, ...], list[dict]] = defaultdict(list)
        for index, feature in enumerate(_read_geojson(SOURCES, theme)):
            groups[_group_key(theme, index, feature["properties"])].append(feature)
        items = []
        for group in groups.values():
            geometries = [f["geometry"] or {} for f in group]
            kinds = {g.get("type") for g in geometries}
            if kinds == {"Point"}:
                x, y = geometries[0]["coordinates"][:2]
                point: tuple[float, float, str] | None = (y, x, "point")
            elif kinds <= {"LineString", "MultiLineString"}:
                point = line_point(geometries)
            else:
                polygons = [g["coordinates"] if g.get("type") == "MultiPolygon" else [g["coordinates"]] for g in geometries]
                point = polygon_point({"type": "MultiPolygon", "coordinates": [p for ps in polygons for p in ps]})
            items.append((_merged(group), point))
        for props, point in items:
            if point is None:
                continue
            name, others = _names(props)
            cla = str(props.get("featurecla") or "").strip().lower()
            cla = CLASSES.get(cla, cla)
            lat, lon, how = point
            rank = props.get("scalerank")
            rows.append([
                name, "|".join(others), cla, f"{lat:.4f}", f"{lon:.4f}", how, _country(props),
                str(props.get("region") or ""), str(props.get("subregion") or ""),
                str(props.get("wikidataid") or "") if corroborated(props) else "", "" if rank is None else f"{float(rank):g}",
                theme.removeprefix("ne_10m_"),
            ])
    rows.sort(key=lambda r: (r[11], r[2], r[0], r[3], r[4]))
    return rows


HEADER = ["name", "alternate_names", "class", "lat", "lon", "point", "country", "region", "subregion",
          "wikidata", "scalerank", "theme"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trim", type=Path, help="first trim the fetched sources in this folder")
    args = parser.parse_args(argv)
    if args.trim:
        trim(args.trim)
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Named natural features of Natural Earth 1:10m (public domain); built by scripts/build_natural_features.py\n")
        handle.write("# from ontology/kb/sources/natural-earth/ (fields: ontology/kb/README.md)\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} features", file=sys.stderr)


if __name__ == "__main__":
    main()
