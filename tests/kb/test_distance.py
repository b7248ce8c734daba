"""kg/kb/distance.py: the one great-circle distance, and the nearest of many points found
without measuring them all, to the answer measuring them all gives (ties: the first given)."""
from __future__ import annotations

import math
import random

from kg.kb.distance import EARTH_KM, NearestPoints, distance_km


def _every_point(points: list[tuple[float, float]], lat: float, lon: float, limit: float) -> tuple[int, float] | None:
    """What :meth:`NearestPoints.nearest` must answer: every point measured, the first minimum kept."""
    best = min(range(len(points)), key=lambda i: distance_km((lat, lon), points[i]), default=None)
    if best is None:
        return None
    km = distance_km((lat, lon), points[best])
    return (best, km) if km <= limit else None


def test_distance_known_values():
    assert distance_km((10.0, 20.0), (10.0, 20.0)) == 0.0
    quarter = distance_km((0.0, 0.0), (0.0, 90.0))
    assert math.isclose(quarter, EARTH_KM * math.pi / 2, rel_tol=1e-12)
    assert math.isclose(distance_km((90.0, 0.0), (-90.0, 0.0)), EARTH_KM * math.pi, rel_tol=1e-12)  # antipodes: asin(1)
    assert 630 < distance_km((-4.32, 15.31), (-1.68, 29.22)) < 1600  # Kinshasa - Goma
    assert distance_km((2.04, 45.34), (4.74, 45.20)) == distance_km((4.74, 45.20), (2.04, 45.34))  # Mogadishu - Beledweyne


def test_nearest_answers_as_measuring_every_point():
    rng = random.Random(15)
    points = [(rng.uniform(-70, 70), rng.uniform(-180, 180)) for _ in range(2000)]
    points += points[::97]  # duplicates: equal distances, the first given wins
    points += [(p[0], p[1] + 1.0) for p in points[::113]] + [(p[0], p[1] - 1.0) for p in points[::113]]  # equidistant pairs
    index = NearestPoints(points)
    queries = [(rng.uniform(-75, 75), rng.uniform(-180, 180)) for _ in range(300)]
    queries += [points[i] for i in range(0, len(points), 37)]  # on a point: distance 0
    queries += [(p[0], p[1] + 0.5) for p in points[::113]]  # half-way between an equidistant pair
    for limit in (250.0, math.inf):
        got = [index.nearest(lat, lon, limit) for lat, lon in queries]
        assert got == [_every_point(points, lat, lon, limit) for lat, lon in queries]
        assert any(g is None for g in got) == (limit < math.inf)
    assert NearestPoints([]).nearest(1.0, 2.0) is None


def test_nearest_reads_few_points(monkeypatch):
    """The index is the fast path: it measures a small share of the points (the knowledge
    base's ~4,000 regions, looked up for every gazetteer place of a load). Counted, not timed."""
    import kg.kb.distance as distance

    rng = random.Random(7)
    points = [(rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(4000)]
    index = NearestPoints(points)
    queries = [(rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(40)]
    measured = 0
    haversine = distance._haversine_km

    def counting(*args: float) -> float:
        nonlocal measured
        measured += 1
        return haversine(*args)

    monkeypatch.setattr(distance, "_haversine_km", counting)
    got = [index.nearest(lat, lon, 250.0) for lat, lon in queries]
    by_index = measured
    assert got == [_every_point(points, lat, lon, 250.0) for lat, lon in queries]
    assert measured - by_index == (len(points) + 1) * len(queries)  # the counter counts every measure
    assert 0 < by_index * 10 < len(points) * len(queries), by_index
