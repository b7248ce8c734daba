"""The windows and limits of the canonical event layer: days, weeks, grid cells, caches
(:class:`~kg.canon.link.Linker` and the parts it is made of read them; :mod:`kg.canon.link`
names them too)."""
from __future__ import annotations

__all__ = ["BACKGROUND_DAYS", "CELL_DEGREES", "DAY_LAG", "DAY_WINDOW", "FIGURE_FAMILIES", "FRESH_DAYS", "KEYS_CACHE", "LINKABLE_MODALITIES",
           "SHORT_DAYS", "STORY_CACHE", "TOLL_CLASS", "STORY_LINK", "STORY_ROOTS", "UNDATED_WINDOW"]

#: events said to have happened (or to be happening)
LINKABLE_MODALITIES = frozenset({"Asserted", "Reported"})
#: families of the taxonomy whose mentions would be figures of another event, not events to
#: link (none: leaving the dead unlinked lost links on every split of bench/canon.py and made
#: analysis count a story's dead once per report)
FIGURE_FAMILIES: frozenset[str] = frozenset()
#: a day-precise time stands for that day and this many days either side
DAY_WINDOW = 1
#: the class of the dead and wounded of an event (kg's casualty counts and killings): an article
#: telling two of them by two doers tells the toll and the doer's death
#: (:func:`~kg.canon.records.beside_toll`)
TOLL_CLASS = "Casualties"
#: the reporting lag: two events both dated to the day are one only when their days are at
#: most this many days apart (two DAY_WINDOWs: "yesterday" in a report of the next morning
#: read a day off, an offensive of the 19th and 20th dated by its end); further apart they
#: are two events whatever else they share, however other reports link them
DAY_LAG = 2 * DAY_WINDOW
#: an event of an article whose time ends more than this many days before the day its article
#: names most is of the past it compares its story with ("the deadliest attack since the siege
#: in 2004"): it lends its sentence no place or time (:func:`~kg.canon.records.share_within_articles`)
BACKGROUND_DAYS = 365
#: a time span of at most this many days is indexed by week, a longer one by month
SHORT_DAYS = 20
#: the grid the places' points are indexed on (half a degree: 55 km and less, more than NEAR_KM)
CELL_DEGREES = 0.5
#: an event without a time: the days before its article's publication it may have happened on
UNDATED_WINDOW = 7
#: an undated event in a report published this many days after another event's day (or on
#: that day) is told as news of that day (:meth:`Linker.fresh_report`)
FRESH_DAYS = 1
#: an event placed by nothing but its story is indexed under the countries of at most this
#: many of the story's places
STORY_ROOTS = 4
#: how the explanation of a link made in the story context of its reports names it
STORY_LINK = "one story"
#: how many pairs of story contexts :meth:`~kg.canon.link.Linker.story` remembers
STORY_CACHE = 100_000
#: how many records' keys a linker keeps (:meth:`~kg.canon.link.Linker.keys`)
KEYS_CACHE = 100_000
