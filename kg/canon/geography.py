"""What is known of places and actors, for linking events: where a place lies, whom an
organisation belongs to, and whether two places or two agents are one, apart or unknown.

* **Geography.** A place lies within what the knowledge base says it does
  (``schema:containedInPlace`` / ``kb:country``), up to its country (:meth:`Geography.chain`);
  a gazetteer place (a point in the store's entity graph) lies in the country of the nearest
  knowledge-base region (:meth:`Geography.country_of_point`). Two places are apart when they
  lie in different countries, or when both are placed (known to the knowledge base, or
  points) and neither is within or near the other; a gazetteer town and a region of its
  country may be one place or not, which is no evidence either way
  (:meth:`Geography.place_relation`).
* **Affiliation.** An organisation the knowledge base lacks belongs to the country the
  store states for it, else to the one whose name (or demonym) its name begins with ("the
  Ruritanian Air Force" to Ruritania: :meth:`Geography.affiliation`; one named after a region,
  the "Balochistan Liberation Army", to the region, not its state); an armed group, a party or
  an agency the knowledge base places in a country is not of that country's state (only state
  bodies and persons are: :func:`_belongs_to`); a group an article
  names by a common noun ("gunmen") is nobody in particular, and neither vetoes nor
  supports a link (:meth:`Geography.agent_relation`).

:class:`~kg.canon.link.Linker` builds on :class:`Geography` to key and compare events.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..kb.distance import NearestPoints, distance_km

if TYPE_CHECKING:
    from ..kb import KBEntity, KnowledgeBase

__all__ = ["APART", "APART_KM", "COUNTRY_OF_POINT_KM", "NEAR_KM", "SAME", "UNKNOWN", "Geography", "local_name",
           "name_words", "organisation_names"]

#: two places whose points (the knowledge base's coordinates) are this close are one place
NEAR_KM = 30.0
#: a gazetteer place lies in the country of the nearest knowledge-base region within this distance
COUNTRY_OF_POINT_KM = 250.0
#: two places known by points this far apart are apart (nearer, but beyond NEAR_KM, they may
#: still be one: a village geocoded to its region's point)
APART_KM = 100.0
#: how two places or two agents relate (:meth:`Geography.place_relation`, :meth:`Geography.agent_relation`)
SAME, UNKNOWN, APART = "same", "unknown", "apart"
#: two names the knowledge base lacks, of this many letters or more, that differ in one letter
#: (one changed, added or dropped: "Zaroumbareye" and "Zaroumdareye") are spellings of one
#: name: a transliteration or a typo of one outlet; shorter names one letter apart are often
#: two places ("Kidal" and "Tidal")
ONE_LETTER_OFF = 10
#: a person named by a surname of this many letters or more in one report is the person of
#: that surname another names in full (:func:`surname_of`); shorter ones ("Ali", "Kim") are
#: shared by too many
SURNAME = 5


class Geography:
    """Where places lie and whom actors belong to, over one knowledge base (and the points and
    countries the store adds for what it lacks), with the look-ups kept once made."""

    def __init__(self, kb: "KnowledgeBase | None") -> None:
        self.kb = kb
        self._chains: dict[str, tuple[str, ...]] = {}
        self._regions: list[tuple[float, float, str]] | None = None
        self._nearest = NearestPoints([])
        self._names: dict[tuple[str, ...], str] | None = None
        #: coordinates (lat, lon) of places the knowledge base lacks (places kg found in a
        #: gazetteer, from the store's entity graph): see :meth:`Canonicaliser.load_points`
        self.points: dict[str, tuple[float, float]] = {}
        #: the countries (``kgo:country``) of organisations the knowledge base lacks, as the
        #: store's entity graph states them ("the Kenyan police": Kenya): see
        #: :meth:`Canonicaliser.load_points`; read before the name (:meth:`affiliation`)
        self.countries: dict[str, str] = {}
        #: places the knowledge base lacks that are wider than any country (continents, as
        #: the store's entity graph types them: see :meth:`Canonicaliser.load_points`): no
        #: point (GeoNames' point for Europe lies in one of its countries), in no country,
        #: never apart from a place (:meth:`place_relation`)
        self.wide: set[str] = set()
        #: places of :attr:`points` whose point is lent by a place their article sets them
        #: among (``kg.extract.borrow``: "the airport", "the market" at their town's point):
        #: two such sites named differently are not one for being near (:meth:`lent_near`)
        self.borrowed: set[str] = set()
        #: how many times a place of :attr:`points` was moved (:meth:`place_at`): what was
        #: made of its old point (its chain, the blocking keys of its events) is made again
        self.moved = 0

    def place_at(self, iri: str, point: tuple[float, float]) -> bool:
        """Put ``iri``, a place the knowledge base lacks, at ``point`` (lat, lon); whether
        that moved it from another point (its chain, kept, is then forgotten).

        >>> geo = Geography(None)
        >>> geo.place_at("p/camp", (1.0, 2.0)), geo.place_at("p/camp", (1.0, 2.0)), geo.place_at("p/camp", (3.0, 4.0))
        (False, False, True)
        >>> geo.points["p/camp"], geo.moved
        ((3.0, 4.0), 1)
        """
        old = self.points.get(iri)
        self.points[iri] = point
        if old is None or old == point:
            return False
        self._chains.pop(iri, None)
        self.moved += 1
        return True

    def unplace(self, iri: str) -> bool:
        """Forget the point of ``iri`` (the store holds none for it any more: the article that
        lent it was removed or replaced); whether it had one. What was made of it is made again.

        >>> geo = Geography(None)
        >>> geo.place_at("p/camp", (1.0, 2.0)), geo.unplace("p/camp"), geo.unplace("p/camp"), geo.moved
        (False, True, False, 1)
        """
        if self.points.pop(iri, None) is None:
            return False
        self.borrowed.discard(iri)
        self._chains.pop(iri, None)
        self.moved += 1
        return True

    def set_country(self, iri: str, country: str | None) -> None:
        """Give ``iri``, an organisation the knowledge base lacks, the country the store states
        for it (:attr:`countries`; None: it states none any more); its chain, made before without
        it, is made again, and so are the blocking keys read of another country (:attr:`moved`).

        >>> geo = Geography(None)
        >>> geo.set_country("o/police", "kb/kenya"), geo.moved, geo.set_country("o/police", "kb/uganda"), geo.moved
        (None, 0, None, 1)
        >>> geo.set_country("o/police", None), geo.moved, "o/police" in geo.countries
        (None, 2, False)
        """
        old = self.countries.get(iri)
        if country is None:
            self.countries.pop(iri, None)
        else:
            self.countries[iri] = country
        self._chains.pop(iri, None)
        if old is not None and old != country:
            self.moved += 1

    def chain(self, iri: str) -> tuple[str, ...]:
        """``iri`` and what it lies within or belongs to (``containedInPlace``/``partOf`` up,
        then the country), nearest first, as the knowledge base says; it stops at a country
        (two events in one region of the world are not one event for that). An organisation
        that is not a state's (a rebel group, a party, an agency of no state) belongs to
        what it is part of, not to the country the knowledge base places it in: the M23 is
        of the DR Congo but not the Congolese state, which fights it (:func:`_belongs_to`). A place the
        knowledge base lacks but the store has a point for lies in the country of the
        nearest knowledge-base region (:meth:`country_of_point`); an organisation the
        knowledge base lacks, in the one its name begins with (:meth:`affiliation`)."""
        found = self._chains.get(iri)
        if found is not None:
            return found
        out = [iri]
        seen = {iri}
        entity = self.kb.get(iri) if self.kb is not None else None
        if entity is None:
            point = self.points.get(iri)
            owner = self.country_of_point(*point) if point is not None else self.affiliation(iri)
            if owner is None:
                if point is None and "/entity/place/" in iri:
                    return (iri,)  # not kept: its point may be loaded later
                self._chains[iri] = (iri,)
                return (iri,)
            out.append(owner)
            seen.add(owner)
            entity = self.kb.get(owner)  # type: ignore[union-attr]
            if point is None and entity is not None and entity.kind == "place" and "Country" not in entity.types:
                entity = None  # named after a region ("Balochistan Liberation Army"): of it, not of its state
        while entity is not None and "Country" not in entity.types:  # no higher than a country
            nxt = next((k for k in _belongs_to(entity) if k and k not in seen), None)
            if nxt is None:
                break
            seen.add(nxt)
            out.append(nxt)
            entity = self.kb.get(nxt)  # type: ignore[union-attr]
        result = tuple(out)
        self._chains[iri] = result
        return result

    def country_of_point(self, lat: float, lon: float) -> str | None:
        """The country (a knowledge-base key) of the nearest knowledge-base region or town
        within :data:`COUNTRY_OF_POINT_KM` of (lat, lon); None when there is none.

        >>> from kg.kb import KnowledgeBase
        >>> Geography(KnowledgeBase.default()).country_of_point(15.6, 32.5)  # by Khartoum
        'https://w3id.org/kg-news/kb/sudan'
        """
        if self.kb is None:
            return None
        if self._regions is None:
            self._regions = sorted((e.lat, e.lon, e.country) for e in self.kb
                                   if e.kind == "place" and e.country and e.lat is not None and e.lon is not None
                                   and "Country" not in e.types)
            self._nearest = NearestPoints([(r[0], r[1]) for r in self._regions])
        found = self._nearest.nearest(lat, lon, COUNTRY_OF_POINT_KM)  # of equal distances, the first region in sorted order
        return self._regions[found[0]][2] if found is not None else None

    def affiliation(self, iri: str) -> str | None:
        """The knowledge-base entity an organisation the knowledge base lacks belongs to: its
        country as the store states it (``kgo:country``, :attr:`countries`: "Police of
        Kenya", "Government of Mali"), else the entity whose name, alias or demonym is the
        longest beginning of its name (compared as the words of the IRI's last segment);
        None for places, persons, an article's groups and names that begin with no known name.

        >>> from kg.kb import KnowledgeBase
        >>> linker = Geography(KnowledgeBase.default())
        >>> linker.affiliation("https://w3id.org/kg-news/entity/organization/sudanese-air-force")
        'https://w3id.org/kg-news/kb/sudan'
        >>> linker.affiliation("https://w3id.org/kg-news/article/a1/group/sudanese-soldiers") is None
        True
        >>> police = "https://w3id.org/kg-news/entity/organization/police-of-kenya"
        >>> linker.affiliation(police) is None
        True
        >>> linker.countries[police] = "https://w3id.org/kg-news/kb/kenya"
        >>> linker.affiliation(police)
        'https://w3id.org/kg-news/kb/kenya'
        """
        if self.kb is None or "/entity/organization/" not in iri:
            return None
        stated = self.countries.get(iri)
        if stated is not None and self.kb.get(stated) is not None:
            return stated
        if self._names is None:
            self._names = organisation_names(self.kb)
        words = name_words(iri.rstrip("/").rsplit("/", 1)[-1])
        for n in range(len(words) - 1, 0, -1):  # a proper beginning: "Sudan" is not affiliated to itself
            owner = self._names.get(words[:n])
            if owner is not None:
                return owner
        return None

    def root(self, iri: str) -> str:
        return self.chain(iri)[-1]

    def nested(self, a: str, b: str) -> bool:
        """``a`` and ``b`` are one, or one lies within (belongs to) the other."""
        return a == b or a in self.chain(b) or b in self.chain(a)

    def point(self, iri: str) -> tuple[float, float] | None:
        """The (lat, lon) of a place: the knowledge base's, else the store's."""
        entity = self.kb.get(iri) if self.kb is not None else None
        if entity is not None and entity.lat is not None and entity.lon is not None:
            return entity.lat, entity.lon
        return self.points.get(iri)

    def near(self, a: str, b: str) -> bool:
        """``a`` and ``b`` are within :data:`NEAR_KM` of each other (a town and the district
        named after it, a region and the state proclaimed on it, two spellings of a town)."""
        pa, pb = self.point(a), self.point(b)
        if pa is None or pb is None:
            return False
        return distance_km(pa, pb) <= NEAR_KM

    def same_area(self, a: str, b: str) -> bool:
        """Places ``a`` and ``b`` are one, one lies within the other, or they are near."""
        return self.nested(a, b) or self.near(a, b)

    def lent_near(self, a: str, b: str) -> bool:
        """``a`` and ``b``, two places the knowledge base lacks named differently, both at points
        lent them (:attr:`borrowed`), are near only for those points: the airport and the metro
        station of one city, both at its point, are two sites (a site lent the point of a
        town a gazetteer placed lies in that town: the hospital lent the point of its city)."""
        return a in self.borrowed and b in self.borrowed and a != b and self.local_place(a) and self.local_place(b) \
            and not self.nested(a, b) and not self.spelled_alike(a, b)

    def local_place(self, iri: str) -> bool:
        """A place smaller than the knowledge base's towns and regions: a village, a camp or
        a building found in a gazetteer or named only in the text (the knowledge base holds
        countries, first-level regions and major cities); not a continent (:attr:`wide`)."""
        return self.kb is None or self.kb.get(iri) is None and iri not in self.wide

    def place_relation(self, a: str, b: str) -> str:
        """:data:`SAME` (one, nested or near), :data:`APART` (in different countries, or both
        placed and neither within nor near the other) or :data:`UNKNOWN` (a place the
        knowledge base lacks beside a region of its country, or a place nothing is known of)."""
        if self.same_area(a, b) or self.spelled_alike(a, b):
            return SAME
        ra, rb = self.root(a), self.root(b)
        if self._is_country(ra) and self._is_country(rb) and ra != rb:
            return APART
        kb_a = self.kb is not None and self.kb.get(a) is not None
        kb_b = self.kb is not None and self.kb.get(b) is not None
        if kb_a and kb_b:
            return APART  # the knowledge base knows what lies within what
        if a in self.points and b in self.points and not (kb_a or kb_b) and distance_km(self.points[a], self.points[b]) > APART_KM:
            return APART
        return UNKNOWN

    def agent_relation(self, a: str, b: str) -> str:
        """:data:`SAME` (one, or one belongs to the other), :data:`APART` (two different
        entities the knowledge base knows) or :data:`UNKNOWN` (an actor the knowledge base
        lacks: an article's "gunmen", an organisation of unknown allegiance)."""
        if self.nested(a, b) or self.spelled_alike(a, b):
            return SAME
        if self.kb is not None and self.kb.get(a) is not None and self.kb.get(b) is not None:
            return APART
        return UNKNOWN

    def spelled_alike(self, a: str, b: str) -> bool:
        """Two entities the knowledge base lacks, of one kind (place, organisation, person),
        whose names are spellings of one name (one :func:`~kg.kb.geo.spelling_skeleton` of
        four letters or more: "Tchoma Bangou" and "Tchombangou", "Mohamed" and "Mohammed"),
        or two persons, one named by the other's surname (:func:`surname_of`: "Obama" in
        one report, "Barack Obama" in another). An article's groups ("gunmen") are nobody in particular and never alike."""
        if a == b:
            return True
        if "/entity/" not in a or "/entity/" not in b or (self.kb is not None and (self.kb.get(a) or self.kb.get(b))):
            return False
        kind_a, _, name_a = a.rstrip("/").rpartition("/")
        kind_b, _, name_b = b.rstrip("/").rpartition("/")
        if kind_a.rsplit("/", 1)[-1] != kind_b.rsplit("/", 1)[-1]:
            return False
        from ..kb.geo import spelling_skeleton

        sa, sb = spelling_skeleton(name_a.replace("-", " ")), spelling_skeleton(name_b.replace("-", " "))
        return len(sa) >= 4 and sa == sb or one_letter_off(name_a, name_b) \
            or kind_a.endswith("/person") and surname_of(name_a, name_b)

    def _is_country(self, iri: str) -> bool:
        entity = self.kb.get(iri) if self.kb is not None else None
        return entity is not None and "Country" in entity.types


def surname_of(a: str, b: str) -> bool:
    """Whether one of two person names (IRI slugs) is the last words of the other, of
    :data:`SURNAME` letters or more: a report names a person it introduced by the surname
    alone ("President Obama", "Kerry"), another by the full name.

    >>> surname_of("obama", "barack-obama"), surname_of("barack-obama", "obama"), surname_of("al-assad", "bashar-al-assad")
    (True, True, True)
    >>> surname_of("hafez-al-assad", "bashar-al-assad"), surname_of("ali", "ahmed-ali"), surname_of("john-smith", "john")
    (False, False, False)
    """
    wa, wb = name_words(a), name_words(b)
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return 0 < len(short) < len(long) and long[-len(short):] == short and len("".join(short)) >= SURNAME


def one_letter_off(a: str, b: str) -> bool:
    """Whether names ``a`` and ``b`` (IRI slugs: letters, digits and hyphens), of at least
    :data:`ONE_LETTER_OFF` letters and the same first letter, differ in one letter changed,
    added or dropped (hyphens and spaces aside).

    >>> one_letter_off("zaroumbareye", "zaroumdareye"), one_letter_off("tillaberi", "tillabery")
    (True, False)
    >>> one_letter_off("kidal-region", "tidal-region"), one_letter_off("barsaloghoo", "barsalogho")
    (False, True)
    """
    a, b = (re.sub(r"[^0-9a-z]", "", x.lower()) for x in (a, b))
    if a == b or min(len(a), len(b)) < ONE_LETTER_OFF or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short[i:] == long_[i + 1:]


def spelling_keys(iri: str) -> set[str]:
    """Keys that two spellings of one name the knowledge base lacks share (what
    :meth:`Geography.spelled_alike` accepts): the name's :func:`~kg.kb.geo.spelling_skeleton`
    and, for a name of :data:`ONE_LETTER_OFF` letters or more, its first and its last five
    letters (one letter changed, added or dropped leaves one of them as it was).

    >>> a = spelling_keys("https://w3id.org/kg-news/entity/place/zaroumbareye")
    >>> b = spelling_keys("https://w3id.org/kg-news/entity/place/zaroumdareye")
    >>> sorted(a & b), bool(spelling_keys("https://w3id.org/kg-news/entity/place/tchoma-bangou")
    ...                     & spelling_keys("https://w3id.org/kg-news/entity/place/tchombangou"))
    (['<zarou', '>areye'], True)
    """
    from ..kb.geo import spelling_skeleton

    name = iri.rstrip("/").rpartition("/")[2]
    keys = {f"={spelling_skeleton(name.replace('-', ' '))}"}
    letters = re.sub(r"[^0-9a-z]", "", name.lower())
    if len(letters) >= ONE_LETTER_OFF:
        keys |= {f"<{letters[:5]}", f">{letters[-5:]}"}
    return keys


def _belongs_to(entity: "KBEntity") -> tuple[str | None, ...]:
    """What a knowledge-base entity lies within or belongs to, nearest first: a place its
    region and country, a person or a state body (``schema:GovernmentOrganization``) its
    superior and country; any other organisation only what it is part of (an armed group's
    ``kb:country`` is where it fights, not whom it belongs to).

    >>> from kg.kb import KnowledgeBase
    >>> kb = KnowledgeBase.default()
    >>> [k.rsplit("/", 1)[-1] for k in _belongs_to(kb.get("https://w3id.org/kg-news/kb/fardc")) if k]
    ['dr_congo']
    >>> [k.rsplit("/", 1)[-1] for k in _belongs_to(kb.get("https://w3id.org/kg-news/kb/m23")) if k]
    []
    """
    if entity.kind == "organization" and "GovernmentOrganization" not in entity.types:
        return (entity.part_of,)
    return (entity.part_of, entity.country)


def organisation_names(kb: "KnowledgeBase") -> dict[tuple[str, ...], str]:
    """The words of each name and demonym of the knowledge base's entities but persons, each
    to its entity (of equal words, the smallest key): what :meth:`Geography.affiliation` looks
    up. Built once for the knowledge base's files and kept in kg's cache (:mod:`kg.kb.cache`,
    keyed by the files and this module): building it for the ~25,000 names of the shipped
    knowledge base took 0.07-0.13 s of every ``kg load``, reading it back 0.01 s."""
    from pathlib import Path

    from ..kb import cache

    key = cache.digest([Path(__file__)], kb.digest()) if kb.files else None
    if key is not None:
        found = cache.load("linker-names", key)
        if isinstance(found, dict):
            return found
    names: dict[tuple[str, ...], str] = {}
    for e in kb:
        if e.kind == "person":
            continue
        for name in (*e.names, *e.demonyms):
            words = name_words(name)
            if words and (words not in names or e.key < names[words]):
                names[words] = e.key
    if key is not None:
        cache.store("linker-names", key, names)
    return names


_WORD = re.compile(r"[0-9a-z]+")
#: an ASCII name normal_surface gives without its leading "the" ("The Hague", "the-x"; not "the", "the-")
_ASCII_LEADING_THE = re.compile(r"[\s\-/_]*the[\s\-/_]+[^\s\-/_]")


def name_words(name: str) -> tuple[str, ...]:
    """A name as lower-case words of letters and digits ("Myanmar Air Force", "myanmar-air-force").

    The words of ``normalize_surface(name)``; an ASCII name is read without it (the index
    of the knowledge base's ~32,000 names was built in half the time), to the same words:
    lower case, full stops and commas dropped, a leading "the" word left out.

    >>> name_words("The U.S. Air-Force"), name_words("the"), name_words("Bağdat_Üniversitesi")
    (('us', 'air', 'force'), ('the',), ('bagdat', 'universitesi'))
    """
    if name.isascii():
        text = name.lower().replace(".", "").replace(",", "")
        words = _WORD.findall(text)
        return tuple(words[1:] if _ASCII_LEADING_THE.match(text) else words)
    from ..kb.normalize import normalize_surface

    return tuple(_WORD.findall(normalize_surface(name.replace("-", " ").replace("_", " "))))


def local_name(iri: str) -> str:
    """The last segment of an IRI, for explanations ("…/place/tchombangou": "tchombangou")."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
