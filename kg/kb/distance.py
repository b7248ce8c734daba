"""Great-circle distance between two points, and the nearest of many points to one.

The one formula kg measures places with (the geocoder's context, the evaluation's points,
the canonical layer's "near" and "apart"): the haversine distance on a sphere of the
Earth's mean radius. :class:`NearestPoints` finds the nearest of many fixed points (the
knowledge base's regions) without measuring them all, to the same result as measuring them
all with :func:`distance_km` and keeping the first of equal distances, as ``min()`` does.

>>> round(distance_km((15.5007, 32.5599), (13.6279, 25.3494)))  # Khartoum - El Fasher
803
>>> index = NearestPoints([(15.5, 32.5), (13.6, 25.3), (15.5, 32.5)])
>>> index.nearest(15.4, 32.6, 50.0)[0], index.nearest(0.0, 0.0, 50.0)
(0, None)
"""
from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

__all__ = ["BEARINGS", "EARTH_KM", "NearestPoints", "bearing_named", "central_point", "destination", "distance_km"]

#: the Earth's mean radius (IUGG), in km
EARTH_KM = 6371.0088

#: Compass words and their bearings (degrees from north): "60 km west of Goma", "North Kosovo".
BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0,
    "south": 180.0, "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}


def bearing_named(word: str) -> float | None:
    """The bearing of a compass word as names write it ("North", "north-east", "South
    East", "Northern", "Southwestern"); ``None`` for other words.

    >>> bearing_named("North-East"), bearing_named("Southern"), bearing_named("Upper")
    (45.0, 180.0, None)
    """
    key = "".join(word.lower().replace("-", " ").split())
    if key.endswith("ern"):
        key = key[:-3]
    return BEARINGS.get(key)


def _haversine_km(la: float, lb: float, cos_la: float, cos_lb: float, dlon: float) -> float:
    """The distance of two points given by their latitudes (radians) and cosines and the
    difference of their longitudes (degrees): :func:`distance_km`'s arithmetic, which
    :class:`NearestPoints` does with its cosines computed once."""
    h = math.sin((lb - la) / 2) ** 2 + cos_la * cos_lb * math.sin(math.radians(dlon) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle (haversine) distance in km between two (lat, lon) points.

    >>> round(distance_km((0.0, 0.0), (0.0, 1.0)))
    111
    """
    la, lb = math.radians(a[0]), math.radians(b[0])
    return _haversine_km(la, lb, math.cos(la), math.cos(lb), b[1] - a[1])


def destination(start: tuple[float, float], km: float, bearing: float) -> tuple[float, float]:
    """The (lat, lon) ``km`` from ``start`` along the great circle that leaves it at
    ``bearing`` degrees (0 north, 90 east): where "60 km west of Goma" is.

    >>> lat, lon = destination((-1.6741, 29.2284), 60.0, 270.0)
    >>> round(lat, 2), round(lon, 2), round(distance_km((-1.6741, 29.2284), (lat, lon)))
    (-1.67, 28.69, 60)
    """
    la, lo = math.radians(start[0]), math.radians(start[1])
    d, b = km / EARTH_KM, math.radians(bearing)
    la2 = math.asin(math.sin(la) * math.cos(d) + math.cos(la) * math.sin(d) * math.cos(b))
    lo2 = lo + math.atan2(math.sin(b) * math.sin(d) * math.cos(la), math.cos(d) - math.sin(la) * math.sin(la2))
    return math.degrees(la2), (math.degrees(lo2) + 540.0) % 360.0 - 180.0


class NearestPoints:
    """Fixed (lat, lon) points, for the nearest of them to a point within a distance.

    The points are kept sorted by latitude and read outwards from the asked latitude in both
    directions, each direction until the latitude alone puts a point farther than the nearest
    one so far (or than the limit): no point is nearer than one of its latitude on the asked
    meridian. Each distance is :func:`distance_km`'s, operation for operation, and of equal
    distances the point given first wins, so :meth:`nearest` answers as measuring every point
    with :func:`distance_km` and keeping the first minimum would (reading every one of the
    knowledge base's ~4,000 regions took 0.31 s of a 54-article load for 28 look-ups).
    """

    def __init__(self, points: Sequence[tuple[float, float]]) -> None:
        order = sorted(range(len(points)), key=lambda i: points[i][0])  # stable: equal latitudes in given order
        self._given = order
        self._lats = [points[i][0] for i in order]
        self._lons = [points[i][1] for i in order]
        self._rad = [(math.radians(lat), math.cos(math.radians(lat))) for lat in self._lats]

    def __len__(self) -> int:
        return len(self._lats)

    def nearest(self, lat: float, lon: float, limit_km: float = math.inf) -> tuple[int, float] | None:
        """(the index, as given, of the point nearest to (lat, lon), its distance in km), or
        None when no point is within ``limit_km``.

        >>> i, km = NearestPoints([(0.0, 1.0), (0.0, -1.0)]).nearest(0.0, 0.0)  # equal: the first given
        >>> i, round(km, 3)
        (0, 111.195)
        """
        la = math.radians(lat)
        cos_la = math.cos(la)
        sin, asin, sqrt = math.sin, math.asin, math.sqrt
        rad, lons, given = self._rad, self._lons, self._given
        best, best_km = -1, math.inf
        start = bisect.bisect_left(self._lats, lat)
        for step, stop in ((1, len(rad)), (-1, -1)):
            for i in range(start if step == 1 else start - 1, stop, step):
                lb, cos_lb = rad[i]
                floor = 2 * EARTH_KM * asin(min(1.0, sqrt(sin((lb - la) / 2) ** 2)))
                if floor > min(best_km, limit_km) * (1 + 1e-12) + 1e-9:
                    break
                km = _haversine_km(la, lb, cos_la, cos_lb, lons[i] - lon)
                if km < best_km or (km == best_km and given[i] < best):
                    best, best_km = given[i], km
        if best < 0 or best_km > limit_km:
            return None
        return best, best_km


def central_point(points: Sequence[tuple[float, float, float]]) -> tuple[float, float] | None:
    """The one of ``points`` (lat, lon, population) nearest their population-weighted mean
    point: where most of a region's people live, and a real place of it (a town of a
    division, a member country of a macro-region), never the sea or desert between them.
    A population under 1 counts as 1; ``None`` for no points.

    >>> central_point([(10.0, 10.0, 1000), (10.0, 12.0, 10), (11.0, 10.5, 500)])
    (10.0, 10.0)
    >>> central_point([]) is None
    True
    """
    if not points:
        return None
    weights = [max(p, 1) for _, _, p in points]
    total = sum(weights)
    lat = sum(la * w for (la, _, _), w in zip(points, weights)) / total
    lon = sum(lo * w for (_, lo, _), w in zip(points, weights)) / total
    scale = math.cos(math.radians(lat))
    best = min(points, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * scale) ** 2)
    return best[0], best[1]
