"""Names as analysts write them: the spans of an article that name someone, and what else they are called.

The NER's spans are a start; this module corrects them with what the text itself says,
before anything is linked or typed (:mod:`kg.extract.entities` runs it first):

* **Titles and ranks** ("Brig. Gen.", "Sheikh", "Villager") are cut from the front of a
  name and are never a name themselves; having had one is evidence of a person
  (:func:`title_length`, :func:`titled`).
* **Nicknames in quotes** inside a name ("Jimmy “Barbecue” Cherizier") make one name, the
  label without the nickname, the nickname an alias (:func:`nickname_names`).
* **Particles** of Arabic, Berber and other name chains (al-, bin, wal-, ag, ould ...)
  keep a name whole when the NER stopped before them
  (:func:`kg.extract.particle_names.extend_over_particles`, in their own module).
* **Definitions** ("the Sudanese Armed Forces (SAF)", "the 23 March Movement, or M23",
  "Mohamed Hamdan Dagalo, known as Hemedti") link a short name to the long one
  (:func:`kg.extract.acronyms.definitions`, in their own module).
* **Names in other scripts** written into an English text (Arabic, Cyrillic, Burmese,
  Chinese ...) are names too (:func:`foreign_script_runs`).

The words used live in ``ontology/lexicon/names.toml`` (read once, on first use).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..kb.geo import candidates
from .doctext import sentence_end, tokens_written
from .scripts import is_foreign_script
from .lexicon import TITLE_HEADS, TITLE_MODIFIERS  # (tables of words: imported once, not at every call of titled())
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "after_stance_prefix",
    "owned_by_a_body",
    "NameLexicon",
    "name_lexicon",
    "word_key",
    "is_title",
    "title_length",
    "is_rank",
    "apposed_to_title",
    "titled",
    "addressed",
    "NameDef",
    "nickname_names",
    "acronym_shaped",
    "is_reference",
    "names_a_post",
    "before_place_noun",
    "before_event_noun",
    "place_of_event_name",
    "before_inhabitants",
    "names_a_kind",
    "noun_after_listed_names",
    "head_word",
    "natural_feature",
    "natural_feature_words",
    "unit_named",
    "capitalised",
    "name_word",
    "held_place",
    "assailed",
]

_OPEN_QUOTES = frozenset("“‘«\"'„")
_CLOSE_QUOTES = frozenset("”’»\"'“")


@dataclass(frozen=True)
class NameLexicon:
    """The word lists of ``ontology/lexicon/names.toml`` (lower case, no trailing dot)."""

    titles: frozenset[str]
    particles: frozenset[str]
    hyphen_only: frozenset[str]
    #: particles written only hyphened to the word before ("Riyad-us Saliheen", "Lashkar-e-Taiba")
    hyphen_joined: frozenset[str]
    group_nouns: frozenset[str]
    group_heads: frozenset[str]
    kinds_before: frozenset[str]
    org_words: frozenset[str]
    generic: frozenset[str]
    speech_verbs: frozenset[str]
    place_object_verbs: frozenset[str]
    place_nouns: frozenset[str]
    site_heads: frozenset[str]
    unit_heads: frozenset[str]
    #: ``unit_heads`` and the words that end only a first-level unit's name ("... State")
    region_heads: frozenset[str] = frozenset()
    #: subjects that are plural without a plural noun ("they", "most of them")
    plural_pronouns: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    site_first: frozenset[str] = frozenset()
    #: two last words of the names of sites whose last word alone names bodies too ("... Islamic Centre")
    site_endings: frozenset[str] = frozenset()
    #: words for street and square in other languages, last or first in a name ("X tér", "Plaza X")
    street_last: frozenset[str] = frozenset()
    street_first: frozenset[str] = frozenset()
    #: endings of one-word street names ("Xgasse", "Xplatz")
    street_suffixes: tuple[str, ...] = ()
    #: nouns of polities named "X of Y" ("Sultanate of Sulu", "Emirate of Kano")
    polity_heads: frozenset[str] = frozenset()
    settlement_first: frozenset[str] = frozenset()
    natural_first: frozenset[str] = frozenset()
    #: words of units written before the unit's name ("County Kerry")
    unit_first: frozenset[str] = frozenset()
    natural_last: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    #: nouns of outlets and platforms a name before them names ("the X website")
    kinds_after: frozenset[str] = frozenset()
    #: singular nouns of descent ("of X heritage"): ``origins`` of ``[collective]``
    origins: frozenset[str] = frozenset()
    faiths: frozenset[str] = frozenset()
    place_kinds: frozenset[str] = frozenset()
    held_by: frozenset[str] = frozenset()
    #: nouns of a place's people written after its name ("Kidal resident", "Goma residents")
    inhabitants: frozenset[str] = frozenset()
    local_bodies: frozenset[str] = frozenset()
    #: nouns of a town's quarters ("the X district of Y", "the Y suburb of X")
    quarter_nouns: frozenset[str] = frozenset()
    assault_nouns: frozenset[str] = frozenset()
    numbered: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    not_name_first: frozenset[str] = frozenset()
    #: participles that give a thing another name ("also known as X")
    naming: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    title_names: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    portfolios: frozenset[str] = frozenset()
    #: words of a body's departments ("Advocacy", "Programmes"), with the portfolios
    departments: frozenset[str] = frozenset()
    language_verbs: frozenset[str] = frozenset()
    language_nouns: frozenset[str] = frozenset()
    clock_words: frozenset[str] = frozenset()
    in_membership_verbs: frozenset[str] = frozenset()
    #: words after a capital's name that name the city itself ("Kyiv City")
    city_words: frozenset[str] = frozenset()
    #: nouns only a person has ("X's wife", "X's successor"): their possessor is a person
    person_possessions: frozenset[str] = frozenset()
    #: nouns a person or a body has ("X's office", "X's spokesman")
    shared_possessions: frozenset[str] = frozenset()
    #: compass adjectives ("Northern", "South-Eastern") before a country's name
    compass_adjectives: frozenset[str] = frozenset()
    #: titles of address only people bear ("U", "Daw", "Mrs")
    address_titles: frozenset[str] = frozenset()
    royal_titles: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """The name lexicon, ``ontology/lexicon/names.toml``, read on first use."""
    from .wordlists import lexicon

    data = lexicon("names")

    def words(*lists: list[str]) -> frozenset[str]:
        return frozenset(w.lower().rstrip(".") for ws in lists for w in ws)

    titles = data["titles"]
    return NameLexicon(
        titles=words(*titles.values()),
        particles=words(data["particles"]["words"]),
        hyphen_only=words(data["particles"].get("hyphen_only", [])),
        hyphen_joined=words(data["particles"].get("hyphen_joined", [])),
        group_nouns=words(data["groups"]["nouns"]),
        group_heads=words(data["groups"]["heads"]),
        kinds_before=words(data["groups"].get("kinds_before", [])),
        kinds_after=words(data["groups"].get("kinds_after", [])),
        org_words=words(data["groups"]["org_words"]),
        generic=words(data["groups"]["generic"]),
        speech_verbs=words(data["verbs"]["speech"]),
        place_object_verbs=words(data["verbs"]["place_object"]),
        place_nouns=words(data["places"]["nouns"]),
        site_heads=words(data["places"]["heads"]),
        unit_heads=words(data["places"].get("units", [])),
        region_heads=words(data["places"].get("units", []), data["places"].get("region_extra", [])),
        plural_pronouns=words(data.get("collective", {}).get("plural_pronouns", [])),
        event_nouns=words(data["places"].get("event_nouns", [])),
        site_first=words(data["places"].get("site_first", [])),
        site_endings=words(data["places"].get("site_endings", [])),
        street_last=words(data["places"].get("street_last", [])),
        street_first=words(data["places"].get("street_first", [])),
        street_suffixes=tuple(sorted(words(data["places"].get("street_suffixes", [])))),
        polity_heads=words(data["groups"].get("polity_heads", [])),
        settlement_first=words(data["places"].get("settlement_first", [])),
        natural_first=words(data["places"].get("natural_first", [])),
        unit_first=words(data["places"].get("unit_first", [])),
        natural_last=words(data["places"].get("natural_last", [])),
        collective_nouns=words(
            data.get("collective", {}).get("nouns", []), data.get("collective", {}).get("people", []),
            data.get("collective", {}).get("faiths", []), data.get("collective", {}).get("places", []),
            data.get("collective", {}).get("origins", []),
        ),
        faiths=words(data.get("collective", {}).get("faiths", [])),
        origins=words(data.get("collective", {}).get("origins", [])),
        place_kinds=words(data.get("collective", {}).get("places", [])),
        held_by=words(data["places"].get("held_by", [])),
        inhabitants=words(data["places"].get("inhabitants", [])),
        local_bodies=words(data["places"].get("local_bodies", [])),
        quarter_nouns=words(data["places"].get("quarter_nouns", [])),
        assault_nouns=words(data["places"].get("assault_nouns", [])),
        numbered=words(data.get("not_names", {}).get("numbered", [])),
        not_names=words(data.get("not_names", {}).get("words", [])),
        not_name_first=words(data.get("not_names", {}).get("first", [])),
        naming=words(data.get("not_names", {}).get("naming", [])),
        documents=words(data.get("not_names", {}).get("documents", [])),
        title_names=words(data.get("title_names", {}).get("words", [])),
        ranks=words(titles.get("military", [])),
        portfolios=words(data.get("portfolios", {}).get("words", [])),
        departments=words(data.get("portfolios", {}).get("words", []), data.get("portfolios", {}).get("departments", [])),
        language_verbs=words(data.get("languages", {}).get("verbs", [])),
        language_nouns=words(data.get("languages", {}).get("nouns", [])),
        clock_words=frozenset(w.lower() for w in data.get("not_names", {}).get("clock_words", [])),
        in_membership_verbs=words(data["places"].get("in_membership_verbs", [])),
        city_words=words(data["places"].get("city_words", [])),
        person_possessions=words(data.get("persons", {}).get("possessions", [])),
        shared_possessions=words(data.get("persons", {}).get("shared_with_bodies", [])),
        compass_adjectives=words(data["places"].get("compass_adjectives", [])),
        address_titles=words(data.get("titles_of_address", {}).get("words", [])),
        royal_titles=words(data.get("titles_of_address", {}).get("royal", [])),
    )


@functools.lru_cache(maxsize=65536)  # asked of every word near a name, in every article
def word_key(text: str) -> str:
    """A word as the lexicon lists it: lower case, no trailing dot, straight apostrophe.

    >>> word_key("Gen."), word_key("Jama’at")
    ('gen', "jama'at")
    """
    return text.lower().replace("’", "'").rstrip(".")


def is_title(token: "Token") -> bool:
    """Whether ``token`` is a rank, title or role word of the lexicon ("Brig", "Gen.", "Sheikh")."""
    return token.text[:1].isalpha() and word_key(token.text) in name_lexicon().titles


def is_rank(token: "Token") -> bool:
    """Whether ``token`` is a military rank or a form of address ("Brig.", "Admiral", "Dr")."""
    return token.text[:1].isalpha() and word_key(token.text) in name_lexicon().ranks


def title_length(tokens: "SpacySpan") -> int:
    """How many tokens at the front of ``tokens`` are titles (and their abbreviation dots).

    The count stops before the last capitalised word: a name is never all title; and before
    a title that is also a name ("Sheikh", "Sultan") when a single word would be left after it
    ("Sheikh Hasina", "Gen. Sultan Abdulkareem" but "Sheikh Ali Rage").
    """
    n, last_word = 0, -1
    title_names = name_lexicon().title_names
    for i, token in enumerate(tokens):
        if is_title(token) and word_key(token.text) in title_names and _one_word_after(tokens, i):
            break
        if is_title(token):
            n, last_word = i + 1, i
        elif token.text == "." and last_word == i - 1:
            n = i + 1
        else:
            break
    rest = tokens[n:]
    if not any(t.text[:1].isupper() or is_foreign_script(t.text) for t in rest):
        return len(tokens)  # all title: "Brig", "Lt. Col."
    return n


def _one_word_after(tokens: "SpacySpan", i: int) -> bool:
    """Whether exactly one capitalised word follows token ``i`` of ``tokens`` (and no title)."""
    rest = [t for t in tokens[i + 1:] if not t.is_punct]
    return len(rest) == 1 and rest[0].text[:1].isupper() and not is_title(rest[0])


@functools.lru_cache(maxsize=1)
def _group_lexicon_nouns() -> frozenset[str]:
    """The armed, civilian and collective nouns of ``ontology/lexicon/groups.toml``."""
    from .wordlists import words

    return words("groups", "armed") | words("groups", "civilian") | words("groups", "collective")


def _group_noun(token: "Token") -> bool:
    """Whether ``token`` is a noun of the group lexicon (``ontology/lexicon/groups.toml``:
    "militiamen", "gunmen", "villagers"), by its lemma or its singular."""
    heads = _group_lexicon_nouns()
    lower = token.lower_
    return token.lemma_.lower() in heads or lower in heads or lower.removesuffix("s") in heads or (
        lower.endswith("men") and lower[:-3] + "man" in heads
    )


def addressed(doc: "Doc", start: int) -> bool:
    """Whether a title of address only people bear (``[titles_of_address]`` of names.toml:
    "Mr.", "Ms", "Dr.", "Daw"), or a royal one, stands just before token ``start``: the name
    after it is a person's, whatever place it also spells ("Dr. *Victoria*", "Crown Princess *Victoria*")."""
    i = start - 1
    while i >= 0 and doc[i].text == ".":
        i -= 1
    lex = name_lexicon()
    return i >= 0 and doc[i].text[:1].isupper() and ((key := word_key(doc[i].text)) in lex.address_titles or key in lex.royal_titles)


def titled(doc: "Doc", start: int) -> bool:
    """Whether the word just before token ``start`` is a title ("Gen." before "Yahya", "Hamas
    *leader* ...")."""
    i = start - 1
    while i >= 0 and doc[i].text == ".":
        i -= 1
    if i < 0:
        return False
    token = doc[i]
    return (is_title(token) and token.text[:1].isupper()) or (token.lower_ in TITLE_HEADS and token.pos_ in ("NOUN", "PROPN"))


def apposed_to_title(tokens: "SpacySpan") -> bool:
    """Whether the name ``tokens`` stands in apposition to a post's title: "The head of UNRWA,
    *Philippe Lazzarini*," or "*James Swan*, the special representative". Only names of two
    or more capitalised words, no acronym and no word of an organisation's name ("the head of
    the alliance, the *Patriotic Front*" is a body)."""
    words = [t for t in tokens if not t.is_punct]
    lex = name_lexicon()
    if len(words) < 2 or not all(t.text[:1].isupper() or word_key(t.text) in lex.particles for t in words):
        return False
    if any(acronym_shaped(t.text) or word_key(t.text) in lex.org_words or word_key(t.text) in lex.group_heads for t in words):
        return False
    root = tokens.root
    head = root.head

    def title(token: "Token") -> bool:
        # not a word of a name in capitals: "PORT-AU-PRINCE" of a dateline holds no post
        key = token.lower_  # a post's title, or a rank's or a role's ("another magistrate, X", "a local journalist, X")
        return (key in TITLE_HEADS or key in lex.titles) and token.pos_ in ("NOUN", "PROPN") and not (token.is_upper and len(token) > 1)

    if root.dep_ == "appos" and head.i < tokens.start and title(head):
        return True
    if root.dep_ == "appos" and head.i < tokens.start:
        # "The governor of Borno, X", "The spokesman for the UN mission in Ivory Coast, X":
        # hung on the last noun of the title's phrases; up the chain of "of"/"for"/"in" to the title
        noun = head
        for _ in range(4):
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                break
            noun = noun.head.head
            if title(noun):
                return True
    return any(c.dep_ == "appos" and c.i >= tokens.end and title(c) for c in root.children)


@dataclass(frozen=True)
class NameDef:
    """A name span the text shows (token offsets), its label and its aliases."""

    start: int
    end: int
    label: str
    aliases: tuple[str, ...] = ()
    ner_label: str = "PERSON"


def capitalised(token: "Token") -> bool:
    """A capitalised word, or one in a script without capitals (a name's word either way)."""
    return token.text[:1].isupper() or is_foreign_script(token.text)


def name_word(token: "Token") -> bool:
    """A word that can be inside a name: capitalised, a particle, or a hyphen joining them."""
    return capitalised(token) or word_key(token.text) in name_lexicon().particles or token.text in ("-", "'", "’")


def nickname_names(doc: "Doc") -> list[NameDef]:
    """Names with a quoted nickname inside: "First Last “Nick” Surname".

    The label is the name without the nickname; the nickname is an alias.
    """
    out: list[NameDef] = []
    n = len(doc)
    for i in tokens_written(doc, _OPEN_QUOTES):
        if i == 0 or not doc[i - 1].text[:1].isupper():
            continue
        j = i + 1
        while j < n and j - i <= 4 and doc[j].text not in _CLOSE_QUOTES:
            j += 1
        if j >= n or j == i + 1 or j - i > 4 or not all(capitalised(t) for t in doc[i + 1:j] if t.text != "-"):
            continue
        end = j + 1
        while end < n and name_word(doc[end]) and doc[end].text[:1] != "-":
            end += 1
        if end == j + 1 or not doc[end - 1].text[:1].isupper():
            continue  # no surname after the quote: a quoted title or word, not a nickname
        start = i - 1
        while start > 0 and name_word(doc[start - 1]) and not is_title(doc[start - 1]):
            start -= 1
        while start < i and word_key(doc[start].text) in name_lexicon().particles and not doc[start].text[:1].isupper():
            start += 1
        if not any(e.label_ == "PERSON" and e.start < end and start < e.end for e in doc.ents) and not all(
            t.pos_ == "PROPN" for t in (*doc[start:i], *doc[j + 1:end]) if t.text != "-"
        ):
            continue  # 'called it "Genocide" Monday': no person's name around the quote
        label = " ".join([doc[start:i].text, doc[j + 1:end].text])
        out.append(NameDef(start, end, label, (doc[i + 1:j].text,), "PERSON"))
    return out


_COMPASS = frozenset(
    "north south east west northern southern eastern western north-east north-west south-east south-west "
    "northeast northwest southeast southwest northeastern northwestern southeastern southwestern - –".split()
)
_NUMBER = re.compile(r"^(?:\d+[A-Za-z]?|[IVXLC]+)$")


def _gazetteer_name(text: str) -> bool:
    """Whether GeoNames knows ``text`` as a town's or a country's name ("Timbuktu")."""
    from ..kb.geo import candidates, country_codes

    return bool(country_codes(text)) or bool(candidates(text))


def _names_an_event(tokens: "SpacySpan") -> bool:
    """Whether the name ``tokens`` is another name given to an event: it follows "as" after
    a participle of naming (``naming`` of ``[not_names]``: "known", "dubbed"), itself after
    a phrase headed by a noun of an event ("The *Battle* of Y, also known as X", "the Y
    *massacre*, dubbed X": ``event_nouns`` of ``[places]``)."""
    doc = tokens.doc
    lex = name_lexicon()
    i = tokens.start - 1
    if i < 1 or doc[i].lower_ != "as":
        return False
    i -= 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1  # "known colloquially as"
    if doc[i].lower_ not in lex.naming:
        return False
    i -= 1
    while i > 0 and (doc[i].pos_ == "ADV" or doc[i].is_punct):
        i -= 1  # "..., also known as"
    noun = doc[i]
    for _ in range(3):  # "the Battle of Y": up from the place's name to the event's noun
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i >= noun.i:
            break
        noun = noun.head.head
    return word_key(noun.text) in lex.event_nouns or noun.lemma_.lower() in lex.event_nouns


def is_reference(tokens: "SpacySpan") -> bool:
    """Whether the name span ``tokens`` is no entity's name: a numbered part of a text or
    procedure ("Rule 37", "Resolution 2736", "Article 51": a noun of ``[not_names]
    numbered`` before a number), a word that names no place on a map ("Earth"), the
    name of a military operation ("Operation ..."), a text or instrument ("... Charter",
    "... Treaty", "... Agreement": ``[not_names] documents``), or a common noun the NER took for a
    name because it begins the sentence ("Artillery shelled ...", an adjective: "Incumbent")
    or whatever it is ("shooting attacks at *mosques* in X": one lower-case noun),
    or a time zone after a clock time ("04:30 *CAT*")."""
    lex = name_lexicon()
    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1 and word_key(words[0].text) in lex.not_names:
        return True
    if len(words) == 1 and words[0].is_sent_start and words[0].tag_ in ("NN", "NNS") and words[0].text[1:].islower():
        return True  # "Artillery shelled ...": a common noun, capitalised as the sentence's first word
    if len(words) == 1 and words[0].is_lower and words[0].is_alpha and words[0].tag_ in ("NN", "NNS"):
        return True  # "attacks at *mosques* in X": a common noun in lower case, whatever the NER called it
    if len(words) == 1 and words[0].is_sent_start and words[0].text[1:].islower() and _group_noun(words[0]):
        return True  # "Militiamen burned ...": a noun of a group (groups.toml), whatever its tag
    if (
        len(words) == 1 and words[0].is_sent_start and words[0].tag_ in ("JJ", "RB", "VBN", "VBG")
        and words[0].text[1:].islower() and not words[0].is_oov and not _gazetteer_name(words[0].text)
    ):
        return True  # "Incumbent President X", "Unidentified gunmen ...": an adjective the sentence begins with
    if all(word_key(w.text) in _COMPASS and not w.text[:1].isupper() for w in words):
        return True  # "the south east": a direction written in lower case, not a region's name ("North-West")
    if len(words) >= 2 and words[0].text[:1].isupper() and word_key(words[0].text) in lex.not_name_first:
        return True  # "Operation Iron Swords": an operation's name
    before = tokens.doc[tokens.start - 1] if tokens.start > 0 else None
    if before is not None and before.text[:1].isupper() and word_key(before.text) in lex.not_name_first and before.tag_ != "NNPS" and not before.lower_.endswith("s"):
        return True  # "Operation *Zarb-e-Azb*": the name after an operation's word the NER left out ("Director of Operations X" is a person)
    if _names_an_event(tokens):
        return True  # "The Battle of Y, also known as *X*": the event's other name
    if len(words) >= 2 and words[-1].text[:1].isupper() and word_key(words[-1].text) in lex.documents:
        return True  # "the UN Charter", "the Algiers Agreement": a text, not a body or a place
    if _before_a_documents_name(tokens):
        return True  # "the *Torrijos*–Carter Treaties": the first of the names a text is named after
    if (
        len(words) >= 3 and words[0].is_sent_start and words[0].text[1:].islower()
        and (words[0].tag_ in ("VBN", "VBD") or words[0].lower_ in lex.naming) and word_key(words[1].text) in lex.not_name_first
    ):
        return True  # "Codenamed Operation Urgent Fury by the U.S. military": the operation's name after a participle
    from .nonnames import names_a_thing

    if names_a_thing(tokens):
        return True  # "at 04:30 CAT", "an IED", "on Telegram", "Eid al-Fitr": a thing, a medium or a time
    return len(words) >= 2 and bool(_NUMBER.match(words[-1].text)) and word_key(words[-2].text) in lex.numbered


def _before_a_documents_name(tokens: "SpacySpan") -> bool:
    """Whether the name is written close against a dash and the capitalised words after it
    end in a document's word ("*Torrijos*–Carter Treaties", "*Sykes*-Picot Agreement"): the
    names of the people a treaty is named after, the treaty being no entity."""
    doc, end = tokens.doc, tokens.end
    if end + 2 >= len(doc) or doc[end].text not in ("-", "‑", "–") or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    i = end + 1
    while i < len(doc) and i - end <= 3 and doc[i].text[:1].isupper():
        if word_key(doc[i].text) in name_lexicon().documents:
            return True
        i += 1
    return False


def unit_named(label: str) -> bool:
    """Whether the name ``label`` ends with a word of an administrative unit ("... Region",
    "... Province": ``units`` of names.toml's ``[places]``) or begins with one written before
    the name ("County X": ``unit_first``), so names a unit, not a town.

    >>> unit_named("Xinjiang Uyghur Autonomous Region"), unit_named("Region"), unit_named("County Kerry")
    (True, False, True)
    """
    words = label.split()
    lex = name_lexicon()
    return len(words) > 1 and (word_key(words[-1]) in lex.unit_heads or word_key(words[0]) in lex.unit_first)


def names_a_kind(tokens: "SpacySpan") -> bool:
    """Whether the one-word name ``tokens`` only says what kind of groups or people a
    plural noun names ("former *X* rebel groups", "*X* villagers": ``[collective]`` of
    names.toml), or is itself a plural proper noun ("the *Amharas*"), or a name ends in a
    plural noun of a faith ("*Rakhine Buddhists*"), or a people or a language used as such
    (:func:`~kg.extract.nonnames.names_a_people_or_tongue`): a people, a creed or a tongue,
    no one organisation or person. Acronyms are names of organisations and never a kind;
    the caller asks only about names the knowledge base does not know."""
    from .nonnames import names_a_people_or_tongue

    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1 and not acronym_shaped(words[0].text) and names_a_people_or_tongue(tokens):
        return True  # "broadcast in Hausa and Kanuri", "Tuareg and Arab leaders": tongues, peoples
    if len(words) > 1 and word_key(words[-1].text) in name_lexicon().faiths and not acronym_shaped(words[0].text):
        return True  # "Rakhine Buddhists", "Sunni Muslims": people of a faith, no one person
    if len(words) != 1 or acronym_shaped(words[0].text):
        return False
    token = words[0]

    if token.tag_ == "NNPS" and token.text.endswith("s"):
        # a plural proper noun: a people or a creed ("the Amharas", "Shiites"), not a town ("Homs")
        return not candidates(token.text)
    if token.dep_ in ("attr", "acomp") and token.head.lemma_ == "be" and _plural_subject(token.head):
        # "the inhabitants are predominantly Zarma", "most of the displaced are Masalit": a people
        return not candidates(token.text)
    noun = token
    while noun.dep_ in ("compound", "amod", "nmod") and noun.head != noun and noun.head.i > noun.i:
        noun = noun.head
    if noun is token or (noun.tag_ not in ("NNS", "NNPS") and word_key(noun.text) not in name_lexicon().origins):
        # "Nuer and Dinka youths", "Hawiye and Darod clan elders": one of a list of names
        # before the noun, which the parser hangs anywhere in the list
        noun = noun_after_listed_names(token)
        if noun is None:
            # "of X and Y heritage" parsed as "X" and "heritage": the noun of descent is X's conjunct
            noun = next((c for c in token.children if c.dep_ == "conj" and c.i > token.i and word_key(c.text) in name_lexicon().origins), None)
        if noun is None:
            return False
    if any(c.dep_ in ("det", "poss") and c.lower_ not in ("the",) for c in noun.children):
        return False  # "its X groups": still a kind, but keep the rule narrow
    if word_key(noun.text) not in name_lexicon().collective_nouns:
        return False
    if word_key(noun.text) in name_lexicon().origins:
        return True  # "of X and Y heritage": whom people descend from, even where a town is so named
    listed = noun.i != token.i + 1 or any(c.dep_ == "conj" for c in token.children) or token.dep_ == "conj"
    if word_key(noun.text) in name_lexicon().place_kinds and listed:
        return False  # "Kibumba, Rugari and Kalengera villages": the villages' names, no kind
    return not candidates(token.text)  # "Goma residents": the people of a town, which is an entity


def held_place(tokens: "SpacySpan") -> bool:
    """Whether a participle of holding joined by a hyphen to its holder stands before the
    name ("Houthi-*controlled* Hodeidah", "RSF-*held* Nyala", ``held_by`` of names.toml):
    the name is a place someone holds."""
    doc = tokens.doc
    if tokens.start < 2:
        return False
    before = doc[tokens.start - 1]
    return before.lower_ in name_lexicon().held_by and doc[tokens.start - 2].text in ("-", "‑")


def assailed(tokens: "SpacySpan") -> bool:
    """Whether the name is the object of "on" or "against" after a noun of assault ("an
    attack *on* Gedaref", "the offensive on Kidal", ``assault_nouns`` of names.toml): a
    target, a town when the gazetteer places it (the caller asks)."""
    root = tokens.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "against"):
        return False
    return root.head.head.lower_ in name_lexicon().assault_nouns


def place_of_event_name(ent: "SpacySpan") -> "SpacySpan | None":
    """The place an event's name is named after: the capitalised words before a lower-case
    event noun ending the name ("the *Shaoguan* incident", "the *Bucha* massacre",
    ``event_nouns`` of names.toml); ``None`` for other names. The caller asks the gazetteer.

    >>> import spacy
    >>> doc = spacy.blank("en")("after the Shaoguan incident in June")
    >>> place_of_event_name(doc[1:4]).text, place_of_event_name(doc[1:3])
    ('Shaoguan', None)
    """
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    last = doc[end - 1]
    if end - start < 2 or not last.is_lower or word_key(last.text) not in name_lexicon().event_nouns:
        return None
    words = doc[start:end - 1]
    return words if all(t.text[:1].isupper() or t.text in ("-", "‑") for t in words) else None


def noun_after_listed_names(token: "Token") -> "Token | None":
    """The plural noun a name or a list of capitalised names ends in, read from ``token``
    on ("Nuer and *Dinka youths*"; "Hawiye and Darod clan *elders*"): over the other names, "and",
    "or", commas and singular common nouns of a compound ("clan"), to the first plural
    noun; ``None`` when something else comes first (a verb, a preposition, the sentence's end)."""
    doc = token.doc
    for t in doc[token.i + 1:sentence_end(token)]:
        if t.lower_ in ("and", "or", ",") or (t.tag_ in ("NNP", "JJ") and t.text[:1].isupper()):
            continue
        if t.tag_ == "NN" and t.text.islower() and t.dep_ == "compound":
            continue
        return t if t.tag_ in ("NNS", "NNPS") else None
    return None


def _plural_subject(verb: "Token") -> bool:
    """Whether the subject of ``verb`` is plural ("the inhabitants", "they", "most of them")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.tag_ in ("NNS", "NNPS") or child.lower_ in name_lexicon().plural_pronouns:
                return True
            if any(g.tag_ in ("NNS", "NNPS") for g in child.subtree if g.dep_ == "pobj"):
                return True  # "most of the villagers"
            return verb.tag_ == "VBP"  # "are"
    return False


def site_name(words: list[str]) -> bool:
    """Whether a name of two words or more names a site by its last word ("... Hotel",
    "... Air Base"), its first ("Camp X", "Fort X"), a word for street or square in another
    language first or last ("X tér", "Plaza X": ``[places] street_last``, ``street_first``) or, of three words
    or more, its last two ("... Islamic Centre", "... Shopping Mall": ``[places] site_endings``);
    a name of one word by a street's ending ("Xgasse", "Xplatz": ``[places] street_suffixes``)."""
    lex = name_lexicon()
    if len(words) == 1:  # "Xgasse", "Xplatz": a street's name of one word
        key = word_key(words[0])
        return any(key.endswith(end) and len(key) > len(end) + 2 for end in lex.street_suffixes)
    return len(words) > 1 and (
        word_key(words[-1]) in lex.site_heads or word_key(words[0]) in lex.site_first
        or word_key(words[-1]) in lex.street_last or word_key(words[0]) in lex.street_first
        or (len(words) > 2 and f"{word_key(words[-2])} {word_key(words[-1])}" in lex.site_endings)
    )


def natural_feature(tokens: "SpacySpan") -> bool:
    """Whether a name of two words or more is a natural feature's by its first word
    ("Jebel X", "Mount X", "Lake X") or last word ("X Mountains", "X Valley")."""
    return natural_feature_words([t.text for t in tokens if not t.is_punct])


def natural_feature_words(words: list[str]) -> bool:
    """:func:`natural_feature` on a name's words ("Red Sea", "Gulf of Aden"); the last word
    counts only as the name's head ("Movement for the Emancipation of the Niger *Delta*" is
    a movement: :func:`head_word`)."""
    lex = name_lexicon()
    if len(words) < 2:
        return False
    return word_key(words[0]) in lex.natural_first or word_key(head_word(words)) in lex.natural_last


def head_word(words: list[str]) -> str:
    """The head of a name of several words: the word before its first "of" or "for" ("*Front*
    for the Liberation of X", "*Union* of Y"), else its last word.

    >>> head_word(["Movement", "for", "the", "Emancipation", "of", "the", "Niger", "Delta"]), head_word(["Niger", "Delta"])
    ('Movement', 'Delta')
    """
    for i, w in enumerate(words):
        if i and w in ("of", "for"):
            return words[i - 1]
    return words[-1] if words else ""


def names_a_post(tokens: "SpacySpan") -> bool:
    """Whether the name span ``tokens`` is a post's title with no name in it: its head
    word is a title ("Permanent *Representative*", "United Nations Special *Coordinator*";
    not "*Office* of the ... Coordinator", whose head is a body)."""
    words = [t for t in tokens if not t.is_punct]
    after = tokens.doc[tokens.end] if tokens.end < len(tokens.doc) else None
    if 0 < len(words) < 4 and all(word_key(w.text) in name_lexicon().portfolios for w in words) and after is not None and after.is_title and after.lower_ in TITLE_HEADS:
        return True  # "the *Home* Minister X", "the *Army* Chief X", "*Home Affairs* Minister": the post's first words, no body
    if len(words) < 2:
        return False

    from .posts import post_phrase_before, post_word

    root = tokens.root
    doc = tokens.doc
    if root.i == words[0].i and root.lower_ in TITLE_HEADS and len(words) >= 3 and words[1].lower_ in ("of", "for"):
        rest = [t for t in words[2:] if t.lower_ not in ("and", "the", "&")]
        if rest and all(word_key(t.text) in name_lexicon().departments for t in rest):
            return True  # "Head of Office", "Chief of Staff", "Director of Operations": a post in a body
    if post_phrase_before(doc, tokens.start) and not post_word(words[0]):
        return False  # "Director of the IOM *Amy Pope*": the holder named after the post, "Pope" a surname
    if root.i == words[-1].i and word_key(root.text) in TITLE_MODIFIERS and tokens.end + 1 < len(doc) and doc[tokens.end].lower_ in ("and", "&"):
        after = doc[tokens.end + 1:]
        title = next((t for t in after if not (t.text[:1].isupper() and t.is_alpha)), None)
        last = doc[(title.i if title is not None else len(doc)) - 1]
        return last.i > tokens.end and last.lower_ in TITLE_HEADS  # "UN *Resident* | and Humanitarian Coordinator"
    return root.i == words[-1].i and root.lower_ in TITLE_HEADS


def before_event_noun(tokens: "SpacySpan") -> bool:
    """Whether a lower-case noun of an event named after where it happened follows the name
    ("the Lashio bombing", "the Kumba massacre", ``event_nouns`` of names.toml): the name
    may be a place's (the caller asks the gazetteer)."""
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    return after is not None and after.is_lower and word_key(after.text) in name_lexicon().event_nouns


def before_place_noun(tokens: "SpacySpan") -> bool:
    """Whether a lower-case noun of places follows the name ("Beni territory", "Hodeidah
    port", "Kalma camp"): the name is a place's."""
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if after is None or not after.is_lower:
        return False
    lex = name_lexicon()
    return word_key(after.text) in lex.place_nouns or after.lemma_.lower() in lex.place_nouns or word_key(after.text) in lex.unit_heads


def before_inhabitants(tokens: "SpacySpan") -> bool:
    """Whether a lower-case noun of a place's people or local officials follows the name
    ("Kidal resident Moussa", "Aleppo residents", "Goma mayor"): the name may be a town's."""
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    return after is not None and after.is_lower and word_key(after.text) in name_lexicon().inhabitants


@functools.lru_cache(maxsize=16384)  # asked of every capitalised word, by several readers
def acronym_shaped(text: str) -> bool:
    """Capitals (and digits) written as one word: "SAF", "M23", "JNIM", "G5"; not "Mr".

    >>> acronym_shaped("M23"), acronym_shaped("U.N."), acronym_shaped("Kidal")
    (True, True, False)
    """
    core = text.replace(".", "").replace("-", "").replace("–", "")  # "ZANU–PF" as "ZANU-PF"
    if not (2 <= len(core) <= 10 and core.isalnum()):
        return False
    if core.isupper():  # no lower-case or title-case letter, one capital at least
        return True
    # (a title-case letter, "ǅ", is neither upper nor lower case; a lower-case one rules out
    # the word at once)
    return not any(c.islower() for c in core) and any(c.isupper() for c in core)


def owned_by_a_body(token: "Token") -> bool:
    """Whether an organisation's name before ``token`` owns the noun that ``token`` (a
    demonym, or that noun itself) belongs to: "*VOA's* Central African service", "*Wagner's*
    Russian fighters". The phrase names the body's language service or its own men, not the
    state body or the country of the demonym."""
    noun = token
    while noun.ent_type_ == "NORP" and noun.dep_ in ("amod", "compound", "nmod") and noun.head.i > noun.i:
        noun = noun.head  # "Central" -> "African" -> "service"
    if noun.ent_type_ == "ORG":
        return False  # "the BBC Somali Service", "Kenya's supreme court": one name, no owner
    return any(
        c.i < token.i and c.dep_ in ("poss", "compound", "nmod") and c.ent_type_ == "ORG" and c.text[:1].isupper()
        for c in noun.children
    )


def after_stance_prefix(doc: "Doc", i: int, first: int = 0) -> bool:
    """Whether token ``i`` follows a stance prefix and its hyphen, both at or after token
    ``first`` ("*pro*-*Kremlin*", "anti-*Japan* protests", "the anti-*Maidan* Party of
    Regions"; ``arguments.toml`` ``stance_prefixes``): what someone is for or against."""
    return i - 2 >= first and doc[i - 1].text in ("-", "\u2011") and doc[i - 2].lower_ in _wordlist("arguments", "stance_prefixes")
