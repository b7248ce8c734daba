"""Words that stand where names stand and name no one: a time zone after a clock time
("at 04:30 *CAT*", "0200 *GMT*"), a language ("broadcast in *Hausa* and *Kanuri*", "the X
language"), a people used as such ("*Tuareg* and Arab leaders", "*Pashto* and *Dari* are
spoken"), a weapon or device ("an *IED*", "*Shahed* drones", "*SMS* services"), a platform
used as a medium ("in a post on *Telegram*"), a holiday or a named day ("during *Eid
al-Fitr*", "*Bloody Sunday*").

Asked by :func:`kg.extract.names.is_reference` and :func:`kg.extract.names.names_a_kind`
(and by the entity step for a nationality's word). The words are ``[languages]`` and
``[not_names] clock_words`` of ``ontology/lexicon/names.toml``, the whole of
``ontology/lexicon/nonnames.toml``, and the one-word names of the living languages of
ISO 639-3 (pycountry).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..kb.geo import candidates
from .names import acronym_shaped, name_lexicon, noun_after_listed_names, word_key
from .actor_use import first_conjunct
from .doctext import positions_by_text

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = [
    "time_zone",
    "written_zone",
    "names_a_language",
    "names_a_people",
    "names_a_people_or_tongue",
    "names_a_thing",
    "names_a_listed_thing",
    "nonname_lexicon",
    "thing_key",
    "language_names",
]


_CLOCK = re.compile(r"^(?:\d{1,2}(?:[:.h]\d{2}){0,2}(?:[ap]\.?m\.?)?|[012]\d[0-5]\d)$", re.I)
_MODEL = re.compile(r"^[A-Za-z]{1,4}-?\d{1,3}[A-Za-z0-9]*$")  # "Kh-101", "Su-25", "T-72", "TB2"
_HYPHENS = re.compile(r"\s*[-‐‑–]\s*")


@functools.lru_cache(maxsize=1 << 16)  # (asked of the same names again and again)
def thing_key(text: str) -> str:
    """A name as ``nonnames.toml`` lists it: lower case, straight apostrophes, hyphens
    and runs of spaces as one space ("Eid al-Fitr" -> "eid al fitr")."""
    return " ".join(_HYPHENS.sub(" ", text.lower().replace("’", "'").rstrip(".")).split())


@dataclass(frozen=True)
class NonNameLexicon:
    """``ontology/lexicon/nonnames.toml``, keyed by :func:`thing_key`."""

    peoples: frozenset[str]
    ambiguous: frozenset[str]
    people_nouns: frozenset[str]
    people_verbs: frozenset[str]
    devices: frozenset[str]
    device_nouns: frozenset[str]
    device_modifiers: frozenset[str]
    indefinite: frozenset[str]
    zones_always: frozenset[str]
    platforms: frozenset[str]
    media_nouns: frozenset[str]
    media_prepositions: frozenset[str]
    holidays: frozenset[str]
    day_words: frozenset[str]
    months: frozenset[str]
    day_first: frozenset[str]
    event_heads: frozenset[str]
    legal_states: frozenset[str]


@functools.lru_cache(maxsize=1)
def nonname_lexicon() -> NonNameLexicon:
    """The lexicon of names of things, ``ontology/lexicon/nonnames.toml``, read on first use."""
    from .wordlists import lexicon

    data = lexicon("nonnames")

    def keys(section: str, *names: str) -> frozenset[str]:
        return frozenset(thing_key(w) for n in names for w in data.get(section, {}).get(n, []))

    return NonNameLexicon(
        peoples=keys("peoples", "names"),
        ambiguous=keys("peoples", "ambiguous"),
        people_nouns=keys("peoples", "nouns"),
        people_verbs=keys("peoples", "verbs"),
        devices=keys("devices", "names", "network"),
        device_nouns=keys("devices", "nouns"),
        device_modifiers=keys("devices", "modifiers"),
        indefinite=keys("devices", "indefinite"),
        zones_always=keys("zones", "always"),
        platforms=keys("platforms", "names"),
        media_nouns=keys("platforms", "media_nouns"),
        media_prepositions=keys("platforms", "media_prepositions"),
        holidays=keys("holidays", "names"),
        day_words=keys("holidays", "day_words"),
        months=keys("holidays", "months"),
        day_first=keys("holidays", "day_first"),
        event_heads=keys("events", "heads"),
        legal_states=keys("legal_states", "names"),
    )


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """One-word names of the living languages and macrolanguages of ISO 639-3 (pycountry,
    from Debian's iso-codes), keyed by :func:`thing_key`: "dari", "lingala", "masalit";
    the head of an inverted name too ("Kurdish, Central" -> "kurdish")."""
    import pycountry

    out = set()
    for lang in pycountry.languages:
        if getattr(lang, "type", "") != "L":
            continue
        for name in (lang.name, getattr(lang, "inverted_name", "")):
            head = name.split(" (")[0].split(",")[0].strip()
            if head and " " not in head and head[:1].isupper():
                out.add(thing_key(head))
    return frozenset(out)


def _listed(key: str, names: frozenset[str]) -> bool:
    """Whether ``key`` or its singular ("rpgs" -> "rpg") is in ``names``."""
    return key in names or (key.endswith("s") and key[:-1] in names)


def _words(tokens: "SpacySpan") -> list["Token"]:
    return [t for t in tokens if not t.is_punct or t.text in ("-", "‑")]


def time_zone(tokens: "SpacySpan") -> bool:
    """Whether the name is a time zone: "GMT" or "UTC" anywhere (``[zones] always`` of
    nonnames.toml), or an acronym right after a clock time ("at 04:30 *CAT*", "10 a.m.
    *GMT*", "0200 *EAT*", "1400 hours *UTC*", "at 09:15 (*AFT*)": ``[not_names] clock_words`` of names.toml),
    or a zone written out after one ("at 22:27 *Korea Standard Time* (*KST*)": :func:`written_zone`)."""
    words = [t for t in tokens if not t.is_punct]
    if words and written_zone(tokens):
        return True
    if len(words) != 1 or not acronym_shaped(words[0].text):
        return False
    if thing_key(words[0].text) in nonname_lexicon().zones_always:
        return True
    i = tokens.start - 1
    if i >= 0 and tokens.doc[i].text == "(":
        i -= 1  # "at 15:25 (*CEST*)": the zone in brackets after the clock time
        if i >= 1 and tokens.doc[i].text == "Time" and tokens.doc[i - 1].text[:1].isupper():
            return True  # "Korea Standard Time (*KST*)": the short form of a zone written out
    if i < 0:
        return False
    return _after_clock(tokens.doc[i])


def _after_clock(before: "Token") -> bool:
    """Whether ``before`` is a clock time or a word of one ("04:30", "a.m.", "hours")."""
    return bool(_CLOCK.match(before.text)) or before.lower_ in name_lexicon().clock_words


def written_zone(tokens: "SpacySpan") -> bool:
    """Whether the name is a time zone written out after a clock time ("at 22:27 *Korea
    Standard Time*", "10 a.m. *East Africa Time*"), or its first words ("at 06:29 *Israel*
    Standard Time"): capitalised words ending in "Time"."""
    doc = tokens.doc
    if "Time" not in positions_by_text(doc):
        return False  # (the article writes no "Time": no zone written out)
    end = tokens.end
    while end < len(doc) and end - tokens.end < 3 and doc[end - 1].text != "Time" and doc[end].text[:1].isupper():
        end += 1  # "at 06:29 *Israel* Standard Time": the NER's place is the zone's first word
    words = [t for t in doc[tokens.start:end] if not t.is_punct]
    if len(words) < 2 or words[-1].text != "Time" or not all(t.text[:1].isupper() for t in words):
        return False
    i = tokens.start - 1
    return i >= 0 and _after_clock(doc[i])


def names_a_language(tokens: "SpacySpan") -> bool:
    """Whether the name is used as a language's ("broadcast *in* X and Y", "the X
    *language*", "X *speakers*", "X-*speaking*": ``[languages]`` of names.toml): no
    place, person or body."""
    lex = name_lexicon()
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if after is not None and after.is_lower and word_key(after.text) in lex.language_nouns:
        return True
    if after is not None and after.text in ("-", "‑") and tokens.end + 1 < len(doc) and doc[tokens.end + 1].lower_ == "speaking":
        return True
    first = first_conjunct(tokens.root)
    if first.dep_ == "pobj" and first.head.lower_ == "in":
        verb = first.head.head
        return verb.lemma_.lower() in lex.language_verbs or verb.lower_ in lex.language_verbs
    return False


def _people_word(token: "Token") -> bool:
    """Whether the one word ``token`` is a people's or a language's name (nonnames.toml
    ``[peoples]``, ISO 639-3) or one the NER read as a nationality or a language."""
    if token.ent_type_ in ("NORP", "LANGUAGE"):
        return True
    key = thing_key(token.text)
    return token.text[:1].isupper() and (_listed(key, nonname_lexicon().peoples) or key in language_names())


def _conjuncts(token: "Token") -> list["Token"]:
    """The other names of the list ``token`` is in ("Pashto and *Dari*" -> Pashto)."""
    first = first_conjunct(token)
    out = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.head.i >= first.i]
    return [t for t in out if t.i != token.i]


def _named_person_with(tokens: "SpacySpan", key: str) -> bool:
    """Whether the article names a person with the word ("Karen Bass", "Issa Maiga")."""
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and any(thing_key(t.text) == key for t in ent)
        and not (ent.start < tokens.end and tokens.start < ent.end)  # not the name itself ("Eid al-Fitr")
        for ent in tokens.doc.ents
    )


def names_a_people(tokens: "SpacySpan") -> bool:
    """Whether the one-word name is a people's or a language's (``[peoples]`` of
    nonnames.toml, or a living language of ISO 639-3) used as such: before a noun of people
    ("*Hutu* families", "a *Hazara* man": ``[peoples] nouns``, ``[collective]`` of
    names.toml), in a sentence about language ("*Lingala* is widely spoken", "Dari is an
    official language", "they speak *Tigrinya*", listed with a name the NER read as a
    language), or listed with another people's name ("*Tuareg* and Arab leaders").

    Words that are also given names (``ambiguous``) or towns of the gazetteer ("Gao",
    "Bor") need the noun of people, and a language of ISO 639-3 alone that is also a town
    needs the sentence about language; no word the article names a person with ("Karen
    Bass") is a people.
    """
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1 or acronym_shaped(words[0].text):
        return False
    token = words[0]
    key = thing_key(token.text)
    lex = nonname_lexicon()
    people = _listed(key, lex.peoples)
    if not (people or key in language_names()) or _named_person_with(tokens, key):
        return False

    placed = bool(candidates(token.text))
    names = name_lexicon()
    noun = token.head if token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i else None
    nouns = [n for n in (noun, noun_after_listed_names(token)) if n is not None and n.is_lower]
    if any(
        _listed(thing_key(n.text), lex.people_nouns)
        or (word_key(n.text) in names.collective_nouns and word_key(n.text) not in names.place_kinds)
        for n in nouns
    ):
        return people or not placed  # "Hutu families", "Masalit communities"; not "Gao residents"
    first = first_conjunct(token)
    verb = first.head
    if (
        (first.dep_ == "nsubjpass" and verb.lemma_.lower() in lex.people_verbs)
        or (first.dep_ == "nsubj" and verb.lemma_ == "be" and any(
            c.dep_ == "attr" and word_key(c.text) in names.language_nouns for c in verb.children))
        or (first.dep_ == "dobj" and verb.lemma_.lower() in ("speak", "understand", "learn", "teach"))
        or any(c.ent_type_ == "LANGUAGE" for c in _conjuncts(token))
    ):
        return True  # "Lingala is widely spoken", "Pashto and Dari are official languages"
    if key in lex.ambiguous or placed:
        return False
    return any(_people_word(c) for c in _conjuncts(token))  # "Tuareg and Arab", "Pashto and Dari"


def names_a_people_or_tongue(tokens: "SpacySpan") -> bool:
    """:func:`names_a_language` or :func:`names_a_people`: a people or a tongue, no entity."""
    return names_a_language(tokens) or names_a_people(tokens)


def _device(tokens: "SpacySpan") -> bool:
    """A weapon, vehicle or device by its abbreviation or model ("IED", "RPGs", "AK-47",
    ``[devices]`` of nonnames.toml)."""
    return _listed(thing_key(tokens.text), nonname_lexicon().devices)


def _positions(doc: "Doc", text: str) -> list[int]:
    """The positions of the tokens of ``doc`` written ``text``, from an index made once per
    document (:func:`kg.extract.doctext.positions_by_text`)."""
    from .doctext import positions_by_text

    return positions_by_text(doc).get(text, [])


def _model_before_device_noun(tokens: "SpacySpan") -> bool:
    """A one-word name or model number that, wherever the article writes it, stands before
    a noun of weapons or devices ("Zolfaghar missiles", "Kh-55 missiles"). Asked only of
    names the knowledge base does not know ("Houthi drones" are the Houthis')."""
    lex = nonname_lexicon()
    words = [t for t in tokens if not t.is_punct]
    model = _MODEL.match(tokens.text.replace(" ", "")) is not None and any(c.isdigit() for c in tokens.text)
    if not words or not (len(words) == 1 and not acronym_shaped(words[0].text)) and not model:
        return False
    doc = tokens.doc
    text = tokens.text
    n = len(tokens)
    uses = [i for i in _positions(doc, tokens[0].text) if i + n <= len(doc) and doc[i:i + n].text == text]
    for i in uses:
        after = doc[i + len(tokens)] if i + len(tokens) < len(doc) else None
        if after is None or not after.is_lower or not _listed(thing_key(after.text), lex.device_nouns):
            return False
    return bool(uses)


def _device_before_noun(tokens: "SpacySpan") -> bool:
    """An abbreviation of a device that is also some body's initials, written right before a
    lower-case noun of devices or media ("*CCTV* footage", "*CCTV* cameras": ``[devices]
    modifiers``): the device; "CCTV reported" stays a name."""
    lex = nonname_lexicon()
    if thing_key(tokens.text) not in lex.device_modifiers:
        return False
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    return after is not None and after.is_lower and (
        _listed(thing_key(after.text), lex.device_nouns) or _listed(thing_key(after.text), lex.media_nouns)
    )


def _acronym_counted(tokens: "SpacySpan") -> bool:
    """An acronym the sentence counts as a common noun: the head of its own noun phrase
    after "a", "an", "another", "each" ... (``[devices] indefinite``): "an RPG high-explosive
    anti-personnel *MEUG*", "an *NGO*". The initials of a body are never counted so ("an
    ADF attack": "an" is the attack's)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1 or not acronym_shaped(words[0].text):
        return False
    lex = nonname_lexicon()
    return any(c.dep_ == "det" and c.i < words[0].i and c.lower_ in lex.indefinite for c in words[0].children)


def _platform_medium(tokens: "SpacySpan") -> bool:
    """An app or platform (``[platforms]``) named as a medium: after "on", "via", "to"...
    ("said on X", "posted to Telegram"), before a noun of posts and channels ("a Telegram
    channel", "WhatsApp messages"), or listed with one so used."""
    lex = nonname_lexicon()
    if thing_key(tokens.text) not in lex.platforms:
        return False

    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if after is not None and after.is_lower and _listed(thing_key(after.text), lex.media_nouns):
        return True
    first = first_conjunct(tokens.root)
    if first.dep_ == "pobj" and first.head.lower_ in lex.media_prepositions:
        return True
    if first.dep_ in ("compound", "nmod") and first.head.is_lower and _listed(thing_key(first.head.text), lex.media_nouns):
        return True
    return first.dep_ == "dobj" and first.head.lemma_.lower() in ("block", "ban", "restrict", "throttle", "shut", "use", "download")


def _named_time(tokens: "SpacySpan") -> bool:
    """A holiday or festival (``[holidays] names``: "Eid al-Fitr", "Nowruz", "Timkat"),
    or a named day or month (``day_first`` before a weekday or a month: "Bloody Sunday",
    "Black Friday", "Black September", "Martyrs' Day")."""
    lex = nonname_lexicon()
    key = thing_key(tokens.text)
    if key in lex.holidays:
        # "Eid" is also a given name and a surname: no holiday where the article names a person so
        return not any(_named_person_with(tokens, w) for w in key.split(" ")[:1])
    words = key.split(" ")
    # a word of a named day before a weekday, a month, "Day" or "Eve"; not any name before a
    # weekday, which the NER joins to a town in wire prose ("killed in Kidal Monday")
    return len(words) >= 2 and words[0] in lex.day_first and (
        words[-1] in lex.day_words or words[-1] in lex.months or words[-1] in ("day", "eve")
    )


def _event_name(tokens: "SpacySpan") -> bool:
    """The capitalised name of an event (``[events] heads`` of nonnames.toml: "the Tigray
    War", "the Saffron Revolution", "Al-Aqsa Flood"), with no "of" or "for" inside it and
    no organisation's word ("War Child", "Crisis Group" end otherwise)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or not words[-1].text[:1].isupper() or acronym_shaped(words[-1].text):
        return False
    if thing_key(words[-1].text) not in nonname_lexicon().event_heads:
        return False
    lex = name_lexicon()
    keys = [word_key(t.text) for t in words]
    return not any(k in ("of", "for") or k in lex.group_heads or k in lex.org_words for k in keys[:-1])


def _legal_state(tokens: "SpacySpan") -> bool:
    """A state of law declared or lifted (``[legal_states] names`` of nonnames.toml: "a
    State of Emergency", "Martial Law", "the Curfew"), the name written whole."""
    words = [t for t in tokens if not t.is_punct or t.text in ("-", "–")]
    key = thing_key(" ".join(t.text for t in words)) if words else ""
    return key in nonname_lexicon().legal_states


def names_a_listed_thing(tokens: "SpacySpan") -> bool:
    """Whether the name is one nonnames.toml lists as a thing, and no actor or place: a
    time zone, a weapon or a device, a platform used as a medium, a holiday or a named day,
    an event's name, a state of law.
    Asked before the knowledge base, so that a gazetteer's "X" is not a town "on X"."""
    if not len(tokens):
        return False
    return (
        time_zone(tokens) or _device(tokens) or _platform_medium(tokens) or _named_time(tokens)
        or _event_name(tokens) or _legal_state(tokens)
    )


def names_a_thing(tokens: "SpacySpan") -> bool:
    """:func:`names_a_listed_thing`, or a model's name before a noun of weapons or devices
    (:func:`_model_before_device_noun`): asked of names the knowledge base does not know."""
    return names_a_listed_thing(tokens) or (
        len(tokens) > 0 and (_model_before_device_noun(tokens) or _device_before_noun(tokens) or _acronym_counted(tokens))
    )
