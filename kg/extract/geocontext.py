"""The article's context for geocoding: which countries and regions it speaks of.

:func:`article_context` reads a parsed article into a :class:`~kg.kb.geocode.GeoContext`
that :class:`~kg.extract.linking.Linker` geocodes names with:

- **countries**: every mention of a country in the text — its name, demonym
  ("Sudanese") or capital (:func:`kg.kb.mentions.country_mentions`), whether the KB knows
  the country or not, unless the NER reads it as a person's name ("Chad") — and the
  countries of the KB entities named (half a mention each, which never vouches for the
  name itself: the KB's Tripoli does not make a story about Libya);
  a name several countries share ("Congo") goes to the one the rest of the article names
  ("Democratic Republic of the Congo", "DRC");
- **dateline**: "DOHA, Qatar —", "KHARTOUM, Sudan (AP) —", "GOMA, Congo —"; a dateline
  without a country ("KYIV (Reuters) —") gives the country of its town when GeoNames
  finds that town unambiguous and the story names that country otherwise (not "NEW YORK
  —" above a Security Council statement on Kashmir);
- **regions named near a name**: a first-level region right after it ("El Fasher, North
  Darfur"; weight 1) or in its sentence ("in Sagaing Region's Kalay"; weight 0.5);
- **points** of the KB places named, to which nearer candidates are preferred;
- **local units**: names written before a noun of a local unit ("Kani township", "X
  village"), which are never taken for a city abroad.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..kb.geo import candidates, country_by_name, country_codes, find_place, index_key
from ..kb.geocode import ALTERNATE_POPULATION, CONTAINED, GeoContext, Region, neighbours, regions_named
from ..kb.mentions import country_mentions
from ..kb.geodistricts import districts_named
from .names import name_lexicon, word_key
from .placing import DIRECTIONS, district_stem, district_words

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .linking import Linker
    from .model import Entity

__all__ = ["article_context", "add_unambiguous_towns"]


def article_context(
    doc: "Doc", found: Iterable[tuple["SpacySpan", "Entity | None"]], linker: "Linker"
) -> "GeoContext":
    """What ``doc`` says about where it happens.

    Parameters
    ----------
    doc : Doc
        The parsed article.
    found : iterable of (Span, Entity or None)
        The name spans found so far, with their entity when already linked (KB entities).
    linker : Linker
        Gives the KB entities' countries.
    """
    from .dateline import opening_dateline
    from .doctext import doc_text

    context = GeoContext()
    text = doc_text(doc)
    for start, end, kind, codes in country_mentions(text):
        words = doc.char_span(start, end, alignment_mode="expand")
        if words is not None and words.root.ent_type_ == "PERSON":
            continue  # "Chad", "Jordan" as a name
        if kind == "capital":
            context.add_place(codes[0], index_key(text[start:end]) or "")
        else:
            context.add_country(codes)

    dateline = opening_dateline(doc)
    if dateline is not None:
        town, where = dateline.town, dateline.where
        context.dateline_town = index_key(town)
        context.dateline_span = (dateline.town_start, dateline.town_start + len(town))
        codes = country_codes(where) if where else ()
        if not codes and where:
            codes = tuple(dict.fromkeys(c for r in regions_named(where) for c in r.country_codes))
        if len(codes) > 1:  # "GOMA, Congo": the Congo that has a Goma

            having = {c.country_code for c in candidates(town)}
            codes = tuple(c for c in codes if c in having) or codes
        if not codes:
            match = find_place(town.title(), feature="city")
            codes = (match.country_code,) if match is not None else ()
            town_only = True
        else:
            town_only = False
        context.dateline = codes

    spans = list(found)
    for tokens, entity in spans:
        if entity is None:
            continue
        kb_entity = linker.get(entity.kb_key)
        if kb_entity is None:
            continue
        if context.dateline_span is not None and tokens.start_char == context.dateline_span[0]:
            continue  # the dateline's town speaks through the dateline, once
        if "Country" not in entity.types:
            country = linker.get(kb_entity.country)
            match = country_by_name(country.label) if country is not None else None
            if match is not None:  # a KB place, person or body of the country: half a mention
                context.add_place(match.country_code, index_key(tokens.text) or "")
        if entity.kind == "place" and "Country" not in entity.types:
            context.add_point(entity.lat, entity.lon)

    _regions_near(doc, spans, linker, context)
    from .names import before_place_noun

    for tokens, entity in spans:  # "Kani township", "Hodan district": a unit of the story's country
        if entity is None and before_place_noun(tokens):
            context.local.add(index_key(tokens.text) or "")
            context.unit_words.setdefault(index_key(tokens.text) or "", doc[tokens.end].lower_)
    if dateline is not None and town_only and not any(
        context.country_weight(c, excluding=context.dateline_town) > 0 for c in context.dateline
    ):
        # "NEW YORK, 25 April —" above a statement on Kashmir that never names the US: the
        # place of filing, not a country the story is about
        context.dateline = ()
    context.settle()
    return context


def add_unambiguous_towns(context: "GeoContext", names: Iterable[str]) -> None:
    """Count the towns ``names`` (names the article's votes made places, one a mention)
    that GeoNames knows in one country only (every town that bears the name as its main
    name lies there, one of 10,000 people or more) as half a mention of that country each, as a KB place counts: "The
    Russian army captured Kurakhove and advanced on Pokrovsk" - Kurakhove speaks for
    Ukraine, where Pokrovsk is then read. The dateline's town speaks through the dateline."""

    for name in names:
        key = index_key(name)
        if not key or key == context.dateline_town or country_by_name(name) is not None:
            continue
        own = [c for c in candidates(name) if index_key(c.name) == key]
        # the countries (not regions: "Menaka in the Sahel region" of Burkina Faso still speaks
        # for Mali) the text puts the name in
        inside = {
            code for region, weight in context.near.get(key, ())
            if weight >= CONTAINED and country_codes(region.name) for code in region.country_codes
        }
        if inside and not any(c.country_code in inside for c in own):
            continue  # "Taza, Iraq": a town of the country the text puts it in, not Morocco's
        codes = {c.country_code for c in own}
        # a village abroad that shares a local name ("Boyo" division, Cameroon; Boyo, Côte
        # d'Ivoire) is no evidence: only towns the news would name for themselves
        if len(codes) == 1 and max(c.population for c in own) >= ALTERNATE_POPULATION:
            context.add_place(codes.pop(), key)


class _SentenceStarts:
    """The start of the sentence of each span of a list, by its position there, found once,
    when first asked for (spaCy walks the tokens for each ``span.sent``)."""

    def __init__(self) -> None:
        self._starts: dict[int, int] = {}

    def __call__(self, at: int, span: "SpacySpan") -> int:
        start = self._starts.get(at)
        if start is None:
            start = self._starts[at] = span.sent.start
        return start


def _regions_near(
    doc: "Doc", found: list[tuple["SpacySpan", "Entity | None"]], linker: "Linker", context: "GeoContext"
) -> None:
    """Record the first-level regions named next to, or in the sentence of, each name:
    the KB's regions (with their point) and those ISO 3166-2 and GeoNames know by name;
    and the countries a name is said to lie in ("X in northern Mali", weight
    :data:`~kg.kb.geocode.CONTAINED` only)."""

    spans = [tokens for tokens, _ in found]
    regions = []
    for span, entity in found:
        if span.root.ent_type_ == "PERSON" or (entity is not None and entity.kind != "place"):
            continue  # "Victoria" the person is not the Australian state
        kb_entity = linker.get(entity.kb_key) if entity is not None else None
        if entity is not None and "Country" in entity.types:
            match = country_by_name(entity.label)
            if match is not None:  # a country counts only as what a name lies in ("X in Mali")
                regions.append((span, [Region(entity.label, (match.country_code,))], "country"))
            # ... and as the region of another country that bears its name only right after
            # a town that country has no town of, in a story that names the region's country
            # more than the country of the name (this mention aside): "Cairo, Georgia" in a
            # story on the US is the US state; in "Ayorou, Niger" (a town of Niger), "X, Niger"
            # in a story on Niger and "Illela, near the border with Nigeria, Niger's defence
            # ministry said", Niger is no Niger State of Nigeria
            own = context.country_weight(match.country_code) - 1.0 if match is not None else 0.0
            other = [
                r for r in regions_named(span.text)
                if match is None or (match.country_code not in r.country_codes
                                     and max((context.country_weight(c) for c in r.country_codes), default=0.0) > own)
            ]
            if other:
                regions.append((span, other, match.country_code if match is not None else ""))
            continue
        named = regions_named(span.text) or _districts_at(span, context)
        if kb_entity is not None and "AdministrativeArea" in entity.types[:1] and entity.lat is not None:
            code = linker.kb_country_code(kb_entity)
            if code is not None:
                named = [Region(entity.label, (code,), None, entity.lat, entity.lon)]
        if named:
            regions.append((span, named, "region"))
            for region in named:
                context.add_region(region)
    if not regions:
        return
    sentence_start = _SentenceStarts()  # of the regions
    names = _Names(spans)
    sentences = doc.has_annotation("SENT_START")  # (asked once: spaCy reads every token for it)
    in_sentence: dict[int, list[int]] | None = None  # the regions by the start of their sentence, in order
    for span in spans:
        key = index_key(span.text)
        if not key:
            continue
        sentence = span.sent if sentences else doc[:]
        if sentences and in_sentence is None:
            in_sentence = {}
            for at, (region_span, _, _) in enumerate(regions):
                in_sentence.setdefault(sentence_start(at, region_span), []).append(at)
        for at in in_sentence.get(sentence.start, ()) if in_sentence is not None else range(len(regions)):
            region_span, named, reading = regions[at]
            if region_span.start == span.start or sentence_start(at, region_span) != sentence.start:
                continue
            after = region_span.start >= span.end
            if after and region_span.start == span.end + 1 and doc[span.end].text == ",":
                weight = 1.0  # "El Fasher, North Darfur"
            elif after and _containing(_between_listed(doc, span, region_span, names)):
                # "Kani in Sagaing Region", "Toumour, in the Diffa region", and each name of
                # a list before it: "the villages of Kouri and Tinzaouatene in the Kidal region"
                weight = CONTAINED
            elif not after and region_span.end + 1 == span.start and doc[region_span.end].tag_ == "POS":
                weight = CONTAINED  # "Upper Nile's Nasir county", "the Sool region's Las Anod district"
            else:
                weight = 0.5
            if reading == "country" and weight == 1.0 and _address_country(doc, span, region_span, regions):
                # "a mass grave in Taza, Iraq, on Monday": the address form, the country
                # the town lies in (no namesake abroad), not a list of peers
                weight = CONTAINED
            if reading == "country" and weight != CONTAINED:
                continue
            if reading not in ("country", "region") and (
                weight != 1.0 or any(c.country_code == reading for c in candidates(span.text))
            ):
                continue  # a country's name read as another country's region (above)
            for region in named:
                context.near.setdefault(key, []).append((region, weight))
                if weight == 1.0 and region.country_codes and not country_codes(region_span.text):
                    context.add_country(region.country_codes, 0.5)


#: What may follow the country of an address ("Taza, Iraq, on Monday", "... Taza, Iraq.").
_ADDRESS_END = frozenset({",", ".", ";", ":", ")", "—", "–", "-", "--"})


def _address_country(
    doc: "Doc", span: "SpacySpan", country: "SpacySpan", regions: list[tuple["SpacySpan", list[Region], str]]
) -> bool:
    """Whether ``country``, written right after ``span`` and a comma, is the country of an
    address ("Taza, Iraq, on Monday", "in Rustaq, Afghanistan."), not a peer in a list of
    countries or regions ("Iran, Iraq and Syria") nor a possessor ("in Kano, Nigeria's
    police said"): the name is no country or region itself, and the country ends the list
    there (a punctuation mark or the end of the text after it, then no other name and
    "and"/"or": "Taza, Iraq, Syria and Jordan")."""
    if any(r.start == span.start and r.end == span.end for r, _, _ in regions):
        return False  # "Iran, Iraq": peers
    if country.end >= len(doc):
        return True
    after = doc[country.end]
    if after.text not in _ADDRESS_END:
        return False
    rest = doc[country.end + 1:country.end + 6]
    # "Taza, Iraq, Syria and Jordan": the list goes on with another name
    return not (after.text == "," and any(t.lower_ in ("and", "or") for t in rest) and any(t.ent_type_ in ("GPE", "LOC") for t in rest))


def _districts_at(span: "SpacySpan", context: "GeoContext") -> list[Region]:
    """The GeoNames second-level division a name written with a district's word names
    ("the Kupiansk district", "Maru local government area", "Kanbalu Township"), in a
    country the article names, as a region with its first-level code and point (the
    point also counts as a place of the article, which nearer candidates are preferred
    to); none when the name is not one division's of those countries."""
    words = district_words()
    text = span.text
    doc = span.doc
    if district_stem(text) is None:
        if span.end >= len(doc) or doc[span.end].lower_ not in words:
            return []
        text = f"{text} {doc[span.end].text}"
    def in_story(found: list) -> list:
        at_home = [d for d in found if context.country_weight(d.country_code) > 0 or d.country_code in context.dateline]
        if at_home:
            return at_home
        # a story that never names the country ("Russian bombs hit X in the Bohodukhiv
        # district"): a division of a country next to one it names (any, when it names none)
        named_countries = {c for c in context.countries if context.countries[c] > 0}
        near_by = neighbours(named_countries) if named_countries else None
        return [d for d in found if near_by is None or d.country_code in near_by]

    found: list = in_story(districts_named(text))
    if not found:
        # a division GeoNames spells otherwise ("Izium district", GeoNames' Izyum Raion) is
        # named after its seat: the seat's region and point (a town of some size, by its own name)
        stem = district_stem(text) or text
        key = index_key(stem)
        found = in_story([c for c in candidates(stem) if c.population >= ALTERNATE_POPULATION or index_key(c.name) == key])
    if len({(d.country_code, d.admin1) for d in found}) != 1:
        return []  # none, or divisions of that name in two regions: no evidence
    district = found[0]
    context.add_point(district.lat, district.lon)
    return [Region(text, (district.country_code,), district.admin1, district.lat, district.lon)]


def _listed_with(doc: "Doc", a: "SpacySpan", b: "SpacySpan") -> bool:
    """Whether two names stand next to each other in a list ("Maarat al-Numan and Saraqib",
    "X, Y"): only commas and "and"/"or" between them."""
    gap = doc[a.end:b.start] if a.end <= b.start else doc[b.end:a.start]
    return 0 < len(gap) <= 2 and all(t.text == "," or t.lower_ in ("and", "or") for t in gap)


def _region_after_comma(doc: "Doc", name: "SpacySpan", region: "SpacySpan") -> bool:
    """Whether ``region`` (a region or district) follows the name after one comma and ends
    the list there ("Kufana, Kaduna State, ...", "X, Sulu province"): the address form of a
    village and the unit it lies in, not a list of peers ("X, Y and Z")."""
    if region.start != name.end + 1 or doc[name.end].text != ",":
        return False
    after = doc[region.end] if region.end < len(doc) else None
    return after is None or after.lower_ not in ("and", "or")


class _Names:
    """The token offsets of an article's name spans, sorted, for the names that stand
    between two others (a bisection, not a pass over every name of the article)."""

    def __init__(self, spans: Iterable["SpacySpan"]) -> None:
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.starts = [s.start for s in self.spans]

    def between(self, start: int, end: int) -> list["SpacySpan"]:
        """The names that begin at or after token ``start`` and end by token ``end``."""
        from bisect import bisect_left

        out = []
        for s in self.spans[bisect_left(self.starts, start):]:
            if s.start >= end:
                break
            if s.end <= end:
                out.append(s)
        return out


def _between_listed(doc: "Doc", span: "SpacySpan", region_span: "SpacySpan", names: _Names) -> "SpacySpan":
    """The words between a name and a region after it, less the names listed with it ("Kouri
    *and Tinzaouatene* in the Kidal region": "in the"): a list of names and what they lie in.
    The words as they are when anything but names, commas and "and"/"or" stand between the
    name and the last name of its list."""
    end = span.end
    for other in names.between(span.end, region_span.start):
        gap = doc[end:other.start]
        if not gap or not all(t.text == "," or t.lower_ in ("and", "or") for t in gap):
            break
        end = other.end
    return doc[end:region_span.start]


#: Words that may stand between a name and the region it lies in ("X *in northern* Y").
_CONTAINING = frozenset({"in", "of", "inside", "within"})


def _containing(between: "SpacySpan") -> bool:
    """Whether the words between a name and a region say the name lies in the region:
    "in", "of" or "within", with at most a comma, an article and an adjective of direction
    ("X in Y", "X, in the north of Y" is not; "X, in northern Y" is); or the same after a
    noun of places in apposition, with its adjectives ("X, a village in the Kidal region",
    "X, a small town in northern Y").
    """
    if not 0 < len(between) <= 7 or not any(t.lower_ in _CONTAINING for t in between):
        return False
    place_nouns = name_lexicon().place_nouns
    noun = any(word_key(t.text) in place_nouns for t in between)
    if len(between) > 4 and not noun:
        return False
    return all(
        t.lower_ in _CONTAINING or t.text == "," or t.lower_ in ("the", "a", "an") or t.lower_ in DIRECTIONS
        or (t.pos_ == "ADJ" and (t.lower_.endswith("ern") or noun))  # "southeastern"; "a remote village in"
        or (noun and word_key(t.text) in place_nouns)
        for t in between
    )


#: Prepositions that put a place in or next to another ("the X district *of* Y", "X camp *near* Y").
_IN_OR_NEAR = frozenset({"of", "in", "near", "outside", "around", "at", "inside", "on"})


def _placed_in(tokens: "SpacySpan", donor: "SpacySpan") -> bool:
    """Whether the sentence puts ``tokens`` in or next to ``donor``: the donor is the
    object of "of/in/near ..." attached to the name or to the noun it modifies ("the
    Shejaiya neighbourhood of Gaza City", "Zamzam camp near El Fasher", "X, in Y")."""
    root = donor.root
    from .linking import first_conjunct

    name = first_conjunct(tokens.root)  # "Meme, Fako and *Boyo* divisions in the South-West"
    if root.dep_ == "poss" and root.i < tokens.start:
        # "Upper Nile's Nasir county", "the Sool region's Las Anod district": the possessor
        # is what the name lies in
        return root.head.i == name.i or (name.head.i == root.head.i and name.dep_ in ("compound", "nmod", "amod"))
    if root.i == donor.start and root.dep_ == "prep" and root.lower_ in _IN_OR_NEAR and len(donor) > 1:
        # a name that begins with a preposition ("near *In* Amenas"): the parser takes its
        # first word for one, hung on the real preposition
        if root.head.lower_ not in _IN_OR_NEAR:
            return False
    elif root.dep_ != "pobj" or root.head.lower_ not in _IN_OR_NEAR:
        return False
    anchor = root.head.head
    if first_conjunct(anchor).i == name.i:
        return True  # "the villages of Kouri and Tinzaouatene *in* the Kidal region": each of them
    if anchor.i == name.i or (name.head.i == anchor.i and name.dep_ in ("compound", "nmod", "amod", "appos")):
        return True
    # the noun the name modifies through a chain of compounds ("the X *gas facility* near Y")
    for _ in range(3):
        if name.dep_ != "compound" or name.head.i == name.i:
            return False
        name = name.head
        if name.i == anchor.i:
            return True
    return False
