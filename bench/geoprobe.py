#!/usr/bin/env python3
"""Geocoding probe: places with the right point in sentences from many conflict regions.

Each line of the probe's files is a sentence written for this probe (a dateline,
a town, a camp's town, a province, a neighbourhood, a namesake abroad, a transliteration,
"X-based", a place named after a person) with the GeoNames entry of one place it names.
The probe extracts each sentence with kg's real pipeline and counts the place right when
the entity of the mention written so has a point within ``within_km`` of the entry's, and
wrong when it has a point farther away (no point is a miss, not a wrong point).

The cases come in parts: ``old`` (``bench/data/geoprobe.tsv``, the first set),
``new`` (``geoprobe-new.tsv``, a second set from other regions, written like news:
datelines, "the village of X, Y district", namesakes abroad, transliterations), both
tuned on; ``s9`` (``geoprobe-s9.tsv``: namesakes settled by the region named,
namesakes abroad, sites at their town's point, valleys and regions with a river word)
tuned on in session 9, and ``s9-check`` (``geoprobe-s9-check.tsv``) written after its
fixes and not tuned on; ``s9-sites`` (``geoprobe-s9-sites.tsv``: named sites before a
lower-case site noun, "the X hotel in Y", tuned on) and ``s9-sites-check`` (written after
the fixes in two batches; see the file's comments); ``s10-geo`` (``geoprobe-s10.tsv``: region
names of two parts in another spelling, areas several regions share a word of, parts of a
country named by a compass word, towns after "the X town of", towns events are named after),
tuned on in session 10, and ``s10-geo-check`` (``geoprobe-s10-check.tsv``), written before
it was first run and not tuned on; ``s18-features`` (``geoprobe-s18.tsv``: seas, gulfs,
rivers, lakes, ranges and deserts, placed by the natural-features gazetteer of session 18,
tuned on) and ``s18-features-check`` (``geoprobe-s18-check.tsv``, written after those fixes
and not tuned on: other features, and a country and a town a feature must not take); ``s19``
(``geoprobe-s19.tsv``: namesakes, a town by an alternate name or a village outside the
region of that name yielding to the region, towns inside their namesake region staying;
rivers and lakes in another transliteration),
tuned on in session 19, and ``s19-check`` (``geoprobe-s19-check.tsv``), written after those
fixes and before it was first run; ``s20`` (``geoprobe-s20.tsv``: a town written with its country
and no town of the name in it, Nigeria's local government areas and Uganda's sub-counties,
divisions written without their kind word), tuned on in session 20, and ``s20-check``
(``geoprobe-s20-check.tsv``), written after those fixes and before it was first run; ``s21``
(``geoprobe-s21.tsv``: names joined by hyphens or dashes the NER cuts, "Rostov-on-Don",
"Kabardino–Balkaria"; districts written as their seat's adjective, "the Derbentsky district"),
tuned on in session 21, and ``s21-check`` (``geoprobe-s21-check.tsv``), written after those
fixes and before it was first run; ``s22`` (``geoprobe-s22.tsv``: a capital possessing a quarter,
"Sanaa's Old City"; a quarter of a town whose namesake lies far away, "the Molenbeek district
of Brussels"; islands and a passage no gazetteer places, which should keep no point rather than
a wrong one), tuned on in session 22, and ``s22-check`` (``geoprobe-s22-check.tsv``), written
after those fixes and before it was first run; and ``held`` (``geoprobe-held.tsv``), held back: only its figure is printed,
never its cases, so that no fix is tuned on it (``--show-held`` prints them, for the
end of a piece of work only).

    python bench/geoprobe.py            # recall per part, and one line a miss
    python bench/geoprobe.py --all      # a line for every case
    python bench/geoprobe.py --part new # one part only
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

DATA = ROOT / "bench" / "data" / "geoprobe.tsv"
#: The probe's parts and their files; ``held`` is held back from tuning.
PARTS = {
    "old": DATA,
    "new": ROOT / "bench" / "data" / "geoprobe-new.tsv",
    "held": ROOT / "bench" / "data" / "geoprobe-held.tsv",
    "s9": ROOT / "bench" / "data" / "geoprobe-s9.tsv",
    "s9-check": ROOT / "bench" / "data" / "geoprobe-s9-check.tsv",
    "s9-sites": ROOT / "bench" / "data" / "geoprobe-s9-sites.tsv",
    "s9-sites-check": ROOT / "bench" / "data" / "geoprobe-s9-sites-check.tsv",
    "s10-geo": ROOT / "bench" / "data" / "geoprobe-s10.tsv",
    "s10-geo-check": ROOT / "bench" / "data" / "geoprobe-s10-check.tsv",
    "s18-features": ROOT / "bench" / "data" / "geoprobe-s18.tsv",
    "s18-features-check": ROOT / "bench" / "data" / "geoprobe-s18-check.tsv",
    "s19": ROOT / "bench" / "data" / "geoprobe-s19.tsv",
    "s19-check": ROOT / "bench" / "data" / "geoprobe-s19-check.tsv",
    "s20": ROOT / "bench" / "data" / "geoprobe-s20.tsv",
    "s20-check": ROOT / "bench" / "data" / "geoprobe-s20-check.tsv",
    "s21": ROOT / "bench" / "data" / "geoprobe-s21.tsv",
    "s21-check": ROOT / "bench" / "data" / "geoprobe-s21-check.tsv",
    "s22": ROOT / "bench" / "data" / "geoprobe-s22.tsv",
    "s22-check": ROOT / "bench" / "data" / "geoprobe-s22-check.tsv",
}


@dataclass(frozen=True)
class Case:
    region: str
    sentence: str
    surface: str
    geonames: int
    name: str
    lat: float
    lon: float
    within_km: float


def cases(path: Path = DATA) -> list[Case]:
    """The probe's cases, in file order."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    out = []
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        region, sentence, surface, gid, name, lat, lon, km = row
        out.append(Case(region, sentence, surface, int(gid), name, float(lat), float(lon), float(km)))
    return out


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def judge(nlp, case: Case) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    """Whether the case's place got a right point, and a line saying what it got."""
    from helpers import extract_text

    ex = extract_text(nlp, case.sentence, published=None)
    found = [ex.entities[m.entity] for m in ex.mentions if m.span.text == case.surface]
    # a mention that writes more than the name ("Hasakeh province") stands for it too
    found = found or [ex.entities[m.entity] for m in ex.mentions if case.surface in m.span.text]
    if not found:
        return False, f"not found (mentions: {', '.join(sorted({m.span.text for m in ex.mentions}))})"
    e = found[-1]
    if e.lat is None or e.lon is None:
        return False, f"no point ({e.label!r} {e.types[:1]} {e.link_source})"
    d = km((e.lat, e.lon), (case.lat, case.lon))
    what = f"{e.label!r} {e.types[:1]} gn={e.geonames} {d:.0f} km (within {case.within_km:g}) {e.link_source} {e.link_confidence}"
    return d <= case.within_km, what


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every case, not only the misses")
    parser.add_argument("--part", choices=sorted(PARTS), action="append", help="run only this part (repeatable)")
    parser.add_argument("--show-held", action="store_true", help="print the held-back part's cases too")
    args = parser.parse_args(argv)
    from kg.config import Settings
    from kg.nlp import build_pipeline

    nlp = build_pipeline(Settings())
    total = right_total = 0
    for part in args.part or list(PARTS):
        every = cases(PARTS[part])
        if not every:
            continue
        right = wrong = 0
        for case in every:
            ok, what = judge(nlp, case)
            right += ok
            wrong += not ok and " km (within " in what
            if (args.all or not ok) and (part != "held" or args.show_held):
                print(f"{'ok  ' if ok else 'MISS'} {case.region:14} {case.surface:20} {case.name:20} {what}")
        regions = len({c.region for c in every})
        print(
            f"{part:4}: places with the right point: {right}/{len(every)} = {right / len(every):.3f}, "
            f"wrong points {wrong} ({regions} regions)"
        )
        total += len(every)
        right_total += right
    print(f"all : places with the right point: {right_total}/{total} = {right_total / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
