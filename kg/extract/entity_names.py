"""Step 6 of :mod:`kg.extract.entities`: short names pointed at the long ones — short forms
a definition gave and quoted nicknames (:func:`resolve_defined`), runs of words of an
organisation's name given earlier (:func:`resolve_short_forms`), a natural feature named
without its last word (:func:`resolve_feature_names`), surnames of people named
in full (:func:`resolve_partial_names`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..kb import normalize_surface
from ..kb.geo import country_by_name
from .entity_typing import place_context
from .found import Found
from .linking import Linker
from .model import Entity, Span
from .lexicon import PLACE_PREPOSITIONS
from .names import acronym_shaped, name_lexicon, word_key
from .normalise import normalise_label
from .spans import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


__all__ = ["resolve_defined", "resolve_short_forms", "resolve_feature_names", "resolve_partial_names"]


#: Lower-case particles that may be dropped from a surname ("al-Burhan" -> "Burhan").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu"})


def resolve_defined(doc: "Doc", found: list[Found], candidates: list[Candidate], linker: Linker) -> None:
    """Short names the text defined ("(SAF)", "known as Hemedti") and quoted nicknames are
    the entity of the long name, wherever they occur in the article. A short form the KB
    knows is the KB's entity only when the long form shares a telling word with one of its
    names ("23 March Movement (M23)"); otherwise the text's definition wins ("Ambazonia
    Defence Forces (ADF)" is not the KB's Allied Democratic Forces)."""
    from ..kb import normalize_surface

    long_of: dict[str, Entity] = {}
    for c in candidates:
        if c.long_form is not None:
            long = next((f for f in found if c.long_form[0] <= f.tokens.start and f.tokens.end == c.long_form[1]), None)
            if long is None or long.entity is None:
                continue
            short = next((f for f in found if f.tokens.start == c.span.start and f.tokens.end == c.span.end), None)
            if (
                short is not None and short.entity is not None and short.entity.link_source == "kb"
                and long.entity.link_source != "kb" and not _shares_a_word(long.span.text, linker.get(short.entity.kb_key))
            ):
                # another body with the same acronym: in this article the short form is the long one's
                kb_key, written = short.entity.key, normalize_surface(short.span.text)
                for f in found:
                    if normalize_surface(f.span.text) == written and f.entity is not None and f.entity.key == kb_key:
                        f.entity, f.how = long.entity, "partial-name"
                long_of.setdefault(normalize_surface(c.span.text), long.entity)
                continue
            if short is not None and short.entity is not None and short.entity.link_source == "kb" and long.entity.link_source != "kb":
                # the KB knows the short form ("M23") but not this spelling of the long one: the
                # long form is the KB entity's, named here in another way
                unknown = long.entity
                for f in found:
                    if f.entity is unknown:
                        f.entity, f.how = short.entity, "partial-name"
                short.entity.aliases.add(normalise_label(long.span.text))
            long_of.setdefault(normalize_surface(c.span.text), long.entity)
    for f in found:
        if f.nickname and f.entity is not None:
            for alias in f.aliases:
                long_of.setdefault(normalize_surface(alias), f.entity)
    if not long_of:
        return
    for f in found:
        entity = long_of.get(normalize_surface(f.span.text))
        if entity is not None and f.entity is not entity and (f.entity is None or f.entity.link_source != "kb" or f.how == "kb-surname"):
            f.entity, f.how = entity, "partial-name"
    covered = {t.i for f in found for t in f.tokens}
    for token in doc:
        if token.i in covered:
            continue
        entity = long_of.get(normalize_surface(token.text)) if token.text[:1].isupper() else None
        if entity is not None:
            found.append(Found(Span(token.idx, token.idx + len(token.text), token.text), doc[token.i:token.i + 1], "ORG" if entity.kind != "person" else "PERSON", entity, "partial-name"))


def _shares_a_word(long: str, kb_entity: "object | None") -> bool:
    """Whether the long form ``long`` has a word of one of ``kb_entity``'s names that is
    not a generic word of organisation names ("March" of "March 23 Movement"; not "Forces")."""
    if kb_entity is None:
        return True
    generic = name_lexicon().generic
    def words(text: str) -> set[str]:
        return {w for w in (word_key(t) for t in text.replace("-", " ").split()) if len(w) > 2 and w not in generic}
    mine = words(long)
    names = [kb_entity.label, *getattr(kb_entity, "names", ())]
    return any(mine & words(name) for name in names) or any(w.isdigit() for w in mine)


def resolve_short_forms(found: list[Found]) -> None:
    """An organisation named by part of a longer name given earlier ("Armed Forces" after
    "Sudanese Armed Forces") is that organisation: a run of two or more of its words at its
    start or end, or one word that is not a generic word of organisation names (a generic one,
    "Council", when one organisation named before ends with it). An acronym
    the text did not define is the one organisation of the article whose initials it is
    ("SAF" and "Sudanese Armed Forces")."""
    from .acronyms import initials

    generic = name_lexicon().generic
    by_initials: dict[str, list[Entity]] = {}
    for f in found:
        e = f.entity
        if e is not None and e.kind == "organization" and len(f.label.split()) > 1:
            group = by_initials.setdefault(initials(e.label), [])
            if e not in group:
                group.append(e)
    for f in found:
        e = f.entity
        if e is None or e.kind != "organization" or e.link_source != "ner" or f.how != "ner" or not acronym_shaped(f.span.text):
            continue
        fits = by_initials.get(f.span.text.replace(".", "").upper(), [])
        if len(fits) == 1 and fits[0] is not e:
            f.entity, f.how = fits[0], "partial-name"
    longs: list[tuple[int, list[str], Entity]] = []
    for f in sorted(found, key=lambda f: f.span.start):
        e = f.entity
        if e is not None and e.link_source == "ner" and f.how == "ner" and (
            e.kind == "place" or (e.kind == "person" and _after_the(f.tokens))
        ):
            # "the *Hirak Rif*'s leader" after "the Hirak Rif Movement", the NER calling the
            # short form a place no gazetteer has, or a person's name written after "the"
            # (which no person's name is): two or more first words of the name
            words = normalize_surface(f.label).split()
            long = next((le for s, lw, le in reversed(longs) if s < f.span.start and 1 < len(words) < len(lw) and lw[:len(words)] == words), None)
            if long is not None:
                f.entity, f.how = long, "partial-name"
            continue
        if e is None or e.kind != "organization":
            continue
        words = normalize_surface(f.label).split()
        if len(words) > 1:
            longs.append((f.span.start, words, e))
        if e.link_source != "ner" or f.how != "ner":
            continue
        for start, long_words, long_entity in reversed(longs):
            if start >= f.span.start or long_entity is e or len(words) >= len(long_words):
                continue
            n = len(words)
            if words == long_words[-n:]:
                if n == 1 and words[0] in generic and len({id(le) for s, lw, le in longs if s < f.span.start and lw[-1] == words[0]}) != 1:
                    continue  # "Forces" after "Sudanese Armed Forces" and "Rapid Support Forces"
            elif words == long_words[:n]:
                if n == 1 and (long_words[1:] != long_words[-1:] or long_words[-1] not in generic or place_context(f.tokens)):
                    continue  # "Wagner" for "Wagner Group", but not "Tigray" for "Tigray People's Liberation Front"
            else:
                continue
            f.entity, f.how = long_entity, "partial-name"
            break


def resolve_feature_names(found: list[Found]) -> None:
    """A natural feature named without its last word ("the Euphrates" after or before "the
    Euphrates River") is that feature, when no gazetteer or KB placed the short name (a
    town or a country so named stays itself: "Lake Chad" and "Chad")."""
    last = name_lexicon().natural_last
    longs: dict[str, Entity] = {}
    for f in found:
        e = f.entity
        words = f.label.split()
        if e is not None and e.kind == "place" and len(words) > 1 and word_key(words[-1]) in last:
            longs.setdefault(normalize_surface(" ".join(words[:-1])), e)
    if not longs:
        return
    for f in found:
        e = f.entity
        if e is None or e.kind != "place" or e.link_source != "ner" or e.geonames is not None or e.wikidata:
            continue
        long = longs.get(normalize_surface(f.label))
        if long is not None and long is not e:
            f.entity, f.how = long, "partial-name"


def _after_the(tokens: "SpacySpan") -> bool:
    """Whether the name is written after "the" ("*the* Kabylie Hirak's leader"), in its span
    or right before it."""
    first = tokens[0]
    return first.lower_ == "the" or (first.i > 0 and tokens.doc[first.i - 1].lower_ == "the")


def _surname_keys(name: str) -> set[str]:
    """How a person's surname may appear alone: "al-Burhan" and "Burhan"."""
    last = name.split()[-1].lower()
    keys = {last}
    prefix, _, rest = last.partition("-")
    if rest and prefix in _NAME_PARTICLES:
        keys.add(rest)
    return keys


def _in_parentheses(tokens: "SpacySpan") -> bool:
    """Whether the name is all a parenthesis holds: "the Marawi crisis (Krisis sa Marawi)", an
    alias or gloss, no full name whose last word could be a surname used alone."""
    doc = tokens.doc
    return tokens.start > 0 and tokens.end < len(doc) and doc[tokens.start - 1].text == "(" and doc[tokens.end].text == ")"


def _given_names(found: list[Found]) -> dict[str, list[Entity]]:
    """The first words of the people named in full in the article (no particle, no title),
    and the middle words of names of three words or more (a second given name, a nickname:
    "Mohamed *Hamdan* Dagalo", "Christopher *Dudus* Coke"), with the people."""
    lex = name_lexicon()
    out: dict[str, list[Entity]] = {}
    for f in found:
        if f.entity is None or f.entity.kind != "person" or f.one_word or _in_parentheses(f.tokens):
            continue
        words = f.span.text.split()
        for word in words[:1] + (words[1:-1] if len(words) >= 3 else []):
            key = word_key(word)
            if key in lex.particles or key in lex.titles or not word[:1].isupper() or not word.isalpha():
                continue
            people = out.setdefault(word.lower(), [])
            if f.entity not in people:
                people.append(f.entity)
    return out


def _person_by_given_name(f: Found, given: dict[str, list[Entity]]) -> Entity | None:
    """The one person named in full in the article whose first word the one-word mention
    ``f`` is ("Abiy" after "Abiy Ahmed", "Isaias" after "Isaias Afwerki": Ethiopians,
    Eritreans and Somalis are named by the given name), unless the knowledge base links the
    mention, the word is a country's name ("Israel" of "Israel Katz") or the sentence puts
    it as a place ("in X")."""
    people = given.get(f.span.text.lower())
    if not people or len(people) != 1 or (f.entity is not None and f.entity.link_source == "kb"):
        return None
    if f.entity is people[0] or country_by_name(f.span.text) is not None or place_context(f.tokens):
        return None
    if f.entity is not None and f.entity.kind == "place" and _own_name_of_a_town(f.span.text, f.entity.geonames):
        return None  # "Nduga" of a "Nduga X": the town the article places is named so
    root = f.tokens.root
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return None
    return people[0]


def _own_name_of_a_town(text: str, geonames: int | None) -> bool:
    """Whether the place (GeoNames id ``geonames``) a mention ``text`` was linked to bears
    ``text`` as its own name, not only as an alternate spelling ("Abiy" is one of Ābīy
    Ādī's alternate names); a place without a GeoNames id counts as named so."""
    from ..kb.geo import candidates

    if geonames is None:
        return True
    town = next((c for c in candidates(text) if c.geonames_id == geonames), None)
    return town is None or normalize_surface(town.name) == normalize_surface(text)


def resolve_partial_names(doc: "Doc", found: list[Found]) -> None:
    """One-word mentions that are the surname of a person named in full in the article.

    Also finds the surnames the NER missed altogether ("Burhan spoke ..." after "Abdel
    Fattah al-Burhan"): a capitalised proper noun outside every entity.
    """
    full: dict[str, list[tuple[int, Entity]]] = {}
    for f in found:
        if f.entity is not None and f.entity.kind == "person" and not f.one_word and not _in_parentheses(f.tokens):
            for key in _surname_keys(f.span.text):
                full.setdefault(key, []).append((f.span.start, f.entity))
    if not full:
        return

    def person_for(word: str, start: int) -> Entity | None:
        people = full.get(word.lower())
        if not people:
            return None
        if len({e.key for _, e in people}) > 1:
            # "Salman Abedi ... his brother, Hashem Abedi ... Abedi said", "Ali Bongo ... his
            # father Omar Bongo ... Bongo": two people bear the surname; the bare surname is
            # the one the article named first, its subject, not the last named
            return min(people, key=lambda p: p[0])[1]
        before = [e for s, e in people if s < start]
        return before[-1] if before else people[0][1]

    given = _given_names(found)
    for f in found:
        if f.one_word:
            person = person_for(f.span.text, f.span.start) or _person_by_given_name(f, given)
            if person is not None:
                f.entity, f.how = person, "partial-name"
    covered = {t.i for f in found for t in f.tokens}
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or not token.is_title or token.ent_type_:
            continue
        if token.i > 0 and doc[token.i - 1].text == "-":
            continue  # the "Burhan" of "al-Burhan" in a name not taken as one
        person = person_for(token.text, token.idx)
        if person is not None:
            tokens = doc[token.i:token.i + 1]
            span = Span(token.idx, token.idx + len(token.text), token.text)
            found.append(Found(span, tokens, "PERSON", person, "partial-name"))
