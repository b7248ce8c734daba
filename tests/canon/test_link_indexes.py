"""The linker's indexes of the knowledge base, built faster, answer as the plain readings:
the country of a gazetteer point (the nearest region's, read outwards by latitude) and the
words of a name (ASCII names read without normalize_surface)."""
from __future__ import annotations

import random
import re

import pytest

from kg.kb.distance import distance_km as _km
from kg.canon.geography import name_words as _words
from kg.canon.link import COUNTRY_OF_POINT_KM, Linker
from kg.extract.event_lexicon import load_lexicon
from kg.kb import KnowledgeBase
from kg.kb.normalize import normalize_surface


@pytest.fixture(scope="module")
def linker() -> Linker:
    linker = Linker(load_lexicon(), KnowledgeBase.default())
    linker.prepare()
    return linker


def _every_region(linker: Linker, lat: float, lon: float) -> str | None:
    best = min(linker._regions or [], key=lambda r: _km((lat, lon), (r[0], r[1])), default=None)
    if best is None or _km((lat, lon), (best[0], best[1])) > COUNTRY_OF_POINT_KM:
        return None
    return best[2]


def test_same_country_as_comparing_with_every_region(linker):
    regions = linker._regions or []
    assert len(regions) > 1000
    rng = random.Random(14)
    points = [(rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(300)]
    points += [(r[0], r[1]) for r in regions[::40]]  # on a region: distance 0, ties kept as min() kept them
    points += [(r[0] + 0.4, r[1] - 0.3) for r in regions[::53]]
    found = [linker.country_of_point(lat, lon) for lat, lon in points]
    assert found == [_every_region(linker, lat, lon) for lat, lon in points]
    assert sum(f is not None for f in found) > 100 and None in found


def test_words_of_every_name_as_normalize_surface_gives_them(linker):
    def plain(name: str) -> tuple[str, ...]:
        return tuple(w for w in re.split(r"[^0-9a-z]+", normalize_surface(name.replace("-", " ").replace("_", " "))) if w)

    names = [n for e in linker.kb for n in (*e.names, *e.demonyms)]
    assert len(names) > 10_000
    rng = random.Random(14)
    odd = ["".join(rng.choice("the THE-_/.,'`\tab1") for _ in range(rng.randint(0, 10))) for _ in range(20_000)]
    odd += ["the", "the-", "The Hague", " -the x", "the.x", "the'x", "the_x", "thex", "the,x", "Bağdat_Üniversitesi"]
    assert [_words(n) for n in names + odd] == [plain(n) for n in names + odd]
    assert _words("The U.S. Air-Force") == ("us", "air", "force")
