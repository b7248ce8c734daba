"""The article around a post: what a role reader needs beyond the title phrase itself.

* the article's **country**, when it is clear (:func:`only_country`): a "President" named
  without one is that country's;
* **descriptions** of states the article resolves ("the breakaway state's foreign minister"),
  **anaphors** ("the group's spokesman", "its spokesman") and **demonyms** formed on a
  country the article names ("Sudanese" with "Sudan");
* the **organisation that speaks** around a post named without one
  (:func:`speaking_organisation`: "UNICEF also appealed for restraint. June Kunugi,
  Regional Director for East Asia, urged ...").

Used by :mod:`kg.extract.roles`; the word lists are ``ontology/lexicon/roles.toml`` and
``kg/extract/lexicon.py``.

**The article's country, four readings on purpose.** Four functions say which country an
article is about; they look alike but answer different questions with different evidence,
and merging them changes output (each was tuned on what its consumer gets wrong):

* :func:`only_country` — the country the article *names* most (by name or demonym, at least
  twice, once as where things happen, twice as often as any other; or the one its headline
  places): a bare "President X" is that country's. Strongest; read first by the roles.
* :func:`kg.extract.role_focus.located_country` — the country the article's *places* lie in
  (towns and regions counted through the KB or GeoNames, the dateline's country when the text
  also places something there; a town that acts, "*Moscow* said", is not counted): weaker,
  used for a state-only post only after :func:`only_country` gave none.
* :func:`kg.extract.role_focus.sole_country` — the one country the article speaks of *at
  all*, owned by a place, a body or a title ("*Colombia's* president", "the *Lebanese*
  ministry"); none when any other country is named: the last resort of the roles.
* :func:`kg.extract.events.setting.article_country` — the one country an article *stays
  inside* for an event's inferred place: one country in the raw text (name, demonym,
  capital; the dateline is where the story was filed and does not count) and no place the KB
  puts elsewhere. It reads the events' context (no roles' ``Context``) and must stay strict:
  its answer becomes ``kgo:inferredPlace`` of every placeless event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import POLITY_NOUNS, STANCE_ADJECTIVES
from .model import Entity, Mention, Role
from .names import name_lexicon, owned_by_a_body
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from ..kb import KBEntity
    from .linking import Linker

__all__ = [
    "Context", "demonym_country", "demonym_words", "demonyms_named", "formed_on", "located_mention", "mention_index", "names_in", "only_country",
    "organisation_anaphor", "polity_descriptions", "resolve_description", "speaking_organisation",
]

#: How many times more often than any other the article's country must be named.
_DOMINANCE = 2


@dataclass
class Context:
    """What post reading needs to know about the article."""

    doc: "Doc"
    linker: "Linker"
    entities: dict[str, Entity]
    mention_at: dict[int, Mention]  # token index -> mention covering it
    polities: list[tuple[int, frozenset[str], str]]  # (token index, modifiers, entity key)
    main_country: str | None = None  # the one country the article names, if it names one
    countries: dict[str, str] | None = None  # key -> label of the countries the article names
    title: str = ""  # the article's headline, if it has one
    lead: "Callable[[], str | None] | None" = None  # the country the article is set in, read when first asked

    def entity_at(self, token: "Token") -> Entity | None:
        m = self.mention_at.get(token.i)
        return self.entities.get(m.entity) if m else None

    def ensure(self, kb_entity: "KBEntity") -> str:
        """The key of ``kb_entity``'s canonical entity, added to the article's entities."""
        entity = self.linker.entity_for_kb(kb_entity)
        return self.entities.setdefault(entity.key, entity).key


def mention_index(doc: "Doc", mentions: list[Mention]) -> dict[int, Mention]:
    index: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                index.setdefault(token.i, m)
    return index


def speaking_organisation(ctx: Context, role: Role, by_person: dict[str, list[Role]]) -> str | None:
    """The organisation a post named without one is in, from the words around it: the one
    organisation that speaks in the sentence before the person, or else in the sentence
    before ("*UNICEF* also appealed for restraint. June Kunugi,
    Regional Director for East Asia, urged ..."; "*The United Nations* stands ready to help,
    spokesperson Stephanie Tremblay said"; "*OPM* spokesman Sebby Sambom said the attack was
    led by Egianus Kogoya, a local commander"). An organisation speaks when it is the
    subject of a verb of saying or of a stance ("stands ready", "is concerned"), or when
    another person speaks for it by a post read in the text. Two organisations that speak
    there, or none, leave the post without one, as does a post that names its own kind of
    body ("military spokesman" after "Hamas said ...": the army's, not Hamas's)."""
    doc = ctx.doc
    if set(role.label.lower().split()) & _wordlist("roles", "own_body_words"):
        return None  # "Military Spokesman", "Police Chief": the post names its own kind of body
    start = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
    if start is None:
        return None
    sent = start[0].sent
    posts_in = [
        (r.person, r.org) for roles in by_person.values() for r in roles
        if r.org and r.person != role.person and ctx.entities.get(r.org) is not None and ctx.entities[r.org].kind == "organization"
    ]
    windows = [(sent.start, start.start)]
    if sent.start > 0:  # (news often gives each sentence its own paragraph)
        before = doc[sent.start - 1].sent
        windows.append((before.start, before.end))
    for lo, hi in windows:
        found: set[str] = set()
        for t in doc[lo:hi]:
            entity = ctx.entity_at(t)
            if entity is None or entity.kind != "organization" or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if _speaks(t.head):
                found.add(entity.key)
        # a person who speaks there for a body by a post ("OPM spokesman X *said*"; not "met
        # with army commander X": one named, not speaking)
        speakers = {
            e.key for t in doc[lo:hi] if t.dep_ in ("nsubj", "nsubjpass") and _speaks(t.head)
            and (e := ctx.entity_at(t)) is not None and e.kind == "person"
        }
        found |= {org for person, org in posts_in if person in speakers}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _speaks(verb: "Token") -> bool:
    """Whether ``verb`` says something or takes a stance: "appealed", "said", "stands ready"."""
    from .event_lexicon import load_lexicon

    lex = load_lexicon()
    if any(lex.is_communication(p.cls) for p in lex.verbs_for(verb.lemma_)):
        return True
    return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in STANCE_ADJECTIVES for c in verb.children)


def demonym_words(token: "Token") -> "list[Token]":
    """The words of the demonym ``token`` is part of: the NER's whole NORP span ("*North
    Korean*", "*South Sudanese*"), else the token alone."""
    doc = token.doc
    if token.ent_type_ != "NORP":
        return [token]
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "NORP":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "NORP":
        end += 1
    return list(doc[start:end])


def demonym_country(ctx: Context, token: "Token") -> str | None:
    """The country a demonym names: the KB's, else a country the article names whose name
    the demonym is formed on ("Sudanese" with "Sudan", "Somali" with "Somalia"). A demonym
    of several words is read whole ("North Korean": North Korea)."""
    words = demonym_words(token)
    if len(words) > 1:
        whole = ctx.linker.by_demonym(" ".join(t.text for t in words))
        if whole is not None:
            return ctx.ensure(whole)
    country = ctx.linker.by_demonym(token.text)
    if country is not None:
        return ctx.ensure(country)  # (a demonym two countries share: the one the article names, Linker.by_demonym)
    if token.ent_type_ != "NORP":
        return None
    for key, label in (ctx.countries or {}).items():
        if formed_on(token.text, label):
            return key
    return None


def formed_on(demonym: str, country: str) -> bool:
    """Whether ``demonym`` is formed on the name ``country`` ("Ukrainian" on "Ukraine").

    >>> [formed_on(d, c) for d, c in [("Sudanese", "Sudan"), ("Afghan", "Afghanistan"), ("Burkinabe", "Burkina Faso"), ("Malian", "Malawi")]]
    [True, True, True, False]
    """
    d, c = demonym.lower(), country.lower().split()[0] if country.split() else ""
    if len(d) < 4 or len(c) < 4:
        return False
    common = 0
    for x, y in zip(d, c):
        if x != y:
            break
        common += 1
    return c.startswith(d) or (common >= 4 and common >= len(c) - 1)


def names_in(text: str, name: str) -> bool:
    """Whether ``text`` has ``name`` as whole words.

    >>> names_in("2023 Niger coup d'état", "Niger"), names_in("Nigeria votes", "Niger")
    (True, False)
    """
    # (a name not in the text at all needs no expression compiled: a compile per name was most
    # of this, each article naming countries no other names)
    return bool(name) and name in text and _whole_words(name).search(text) is not None


@lru_cache(maxsize=4096)
def _whole_words(name: str) -> "re.Pattern[str]":
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def only_country(ctx: Context, mentions: list[Mention]) -> str | None:
    """The article's country, when that is clear: the country it names (by name or demonym)
    at least twice, at least once as where things happen ("in Sudan", "across Myanmar", or
    in the dateline) or in the headline, and at least twice as often as any other; or the
    one of these the headline places."""
    named: dict[str, int] = {}
    located: set[str] = set()
    for m in mentions:
        entity = ctx.entities.get(m.entity)
        if entity is None or "Country" not in entity.types:
            continue
        named[entity.key] = named.get(entity.key, 0) + 1
        if located_mention(ctx, m):
            located.add(entity.key)
    by_demonym: dict[str, KBEntity] = {}  # countries named only by a demonym, which the KB knows
    for key, kb_country in demonyms_named(ctx):
        named[key] = named.get(key, 0) + 1
        if kb_country is not None:
            by_demonym.setdefault(key, kb_country)
    if not named:
        return None
    in_title = [
        key for key in named if key in ctx.entities and (
            (key in located and names_in(ctx.title, ctx.entities[key].label)) or title_locates(ctx.title, ctx.entities[key].label)
        )
    ] + [key for key, kb_country in by_demonym.items() if key not in ctx.entities and title_locates(ctx.title, kb_country.label)]
    if len(in_title) == 1:  # "2023 Niger coup d'état", "Protesters in Brazil ...": the headline says where the story is
        key = in_title[0]
        return ctx.ensure(by_demonym[key]) if key not in ctx.entities else key
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    key, count = ranked[0]
    # another country named in passing ("Nigerian troops" in a story set in Niger) leaves
    # the article's country clear; two countries named about as often do not
    if len(ranked) > 1 and count < _DOMINANCE * ranked[1][1]:
        return None
    # nor does a country whose towns and regions the article names as often as this one's
    # names and towns ("wanted in the United States" in a story told in Culiacán, Sinaloa)
    placed = _places_by_country(ctx, mentions)
    total = named[key] + placed.get(key, 0)
    if any(named.get(other, 0) + n >= total for other, n in placed.items() if other != key):
        return None
    # located only by a mention, so the country is one of the article's entities already;
    # or named by the headline ("2003 X coup d'état") when the text names it twice and
    # nothing locates it ("the armed forces of X", "X's second coup")
    heads = key in located or (key in ctx.entities and names_in(ctx.title, ctx.entities[key].label))
    return key if count >= 2 and heads else None


def _places_by_country(ctx: Context, mentions: list[Mention]) -> dict[str, int]:
    """How often the article names a town or region (no country) of each country: the key
    of the country (counted, not added to the article) → the number of such mentions."""
    from .role_focus import place_country  # (role_focus reads this module's context)

    out: dict[str, int] = {}
    for m in mentions:
        entity = ctx.entities.get(m.entity)
        if entity is None or entity.kind != "place" or "Country" in entity.types:
            continue
        country = place_country(ctx, entity)
        if country is not None:
            key = ctx.linker.entity_for_kb(country).key
            out[key] = out.get(key, 0) + 1
    return out


def title_locates(title: str, name: str) -> bool:
    """Whether a headline says the story happens in the country ``name``: the name after a
    preposition of place (``roles.toml`` ``locative_preps``).

    >>> title_locates("Protesters in Brazil Destroy Government Buildings", "Brazil")
    True
    >>> title_locates("Brazil's President Meets Biden", "Brazil")
    False
    """
    if not title or not name:
        return False
    if title.isascii() and name.isascii() and name.lower() not in title.lower():
        return False  # (no match, without compiling the expression: letters of ASCII match only their case)
    return _locating(name).search(title) is not None


@lru_cache(maxsize=4096)
def _locating(name: str) -> "re.Pattern[str]":
    """:func:`title_locates`' expression for ``name``, compiled once (a country's name recurs
    in every article about it; compiling it again was a percent of reading an article)."""
    preps = "|".join(re.escape(p) for p in sorted(_wordlist("roles", "locative_preps")))
    return re.compile(rf"(?<!\w)(?:{preps})\s+(?:the\s+)?{re.escape(name)}(?!\w)", re.I)


def demonyms_named(ctx: Context) -> "list[tuple[str, KBEntity | None]]":
    """The countries the article names by a demonym no mention covers ("*Sudanese* troops"),
    one item a demonym: (the country's entity key, its KB entity if the KB knows the
    demonym). The KB's demonyms first, else one formed on a country the article names
    (:func:`demonym_country`); the countries are counted, not added to the article."""
    out: list[tuple[str, KBEntity | None]] = []
    for t in ctx.doc:
        if t.ent_type_ != "NORP" or t.i in ctx.mention_at:  # a demonym linked is a mention, counted as one
            continue
        if owned_by_a_body(t):
            continue  # "VOA's Central African service": a broadcaster's, no country named
        kb_country = ctx.linker.by_demonym(t.text)
        key = ctx.linker.entity_for_kb(kb_country).key if kb_country is not None else demonym_country(ctx, t)
        if key is not None:
            out.append((key, kb_country))
    return out


def located_mention(ctx: Context, mention: Mention) -> bool:
    """Whether a country's mention says where things happen: in the dateline, or after
    "in", "across" ... (``roles.toml`` ``locative_preps``; "across *the* Democratic
    Republic of Congo"), a compass adjective between them too ("in *western* Zambia",
    "across *northern* Mali": ``names.toml`` ``compass_adjectives``)."""
    from .dateline import in_dateline

    span = ctx.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    at = span.start - 1
    skipped = {"the", "a", "an"} | name_lexicon().compass_adjectives
    while at >= 0 and ctx.doc[at].lower_ in skipped:
        at -= 1
    return in_dateline(span[0]) or (at >= 0 and ctx.doc[at].lower_ in _wordlist("roles", "locative_preps"))


def _modifiers(head: "Token") -> frozenset[str]:
    """The words that single out what a description means: "the *unrecognized* state"."""
    bland = _wordlist("roles", "bland_modifiers")
    out = set()
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod") and not child.ent_type_:
            for t in child.subtree:
                word = t.lemma_.lower()
                if word not in bland and not t.is_punct and not t.ent_type_:
                    out.add(word)
    return frozenset(out)


def polity_descriptions(ctx: Context, mentions: list[Mention]) -> list[tuple[int, frozenset[str], str]]:
    """Descriptions of states the article resolves itself, for later descriptions to reuse.

    * "the breakaway region of Nagorno-Karabakh": the description is the named entity;
    * "Stepanakert, the de facto capital of the unrecognized state": the state is what the
      KB says Stepanakert is the capital of.
    """
    doc = ctx.doc
    found: list[tuple[int, frozenset[str], str]] = []
    for m in mentions:
        entity = ctx.entities.get(m.entity)
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if entity is None or span is None:
            continue
        root = span.root
        head = root.head
        # "the breakaway region of X"
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in POLITY_NOUNS:
            noun = head.head
            mods = _modifiers(noun)
            if mods:
                found.append((noun.i, mods, entity.key))
        # "X, the (de facto) capital of the unrecognized state" / "X, the breakaway region"
        # (the KB entity the words name, before any metonymy: the city, not its state)
        appositions = [c for c in root.children if c.dep_ == "appos"]
        if not appositions:
            continue
        kb_entity = ctx.linker.lookup(m.span.text) or ctx.linker.get(entity.kb_key)
        for appos in appositions:
            if appos.lemma_.lower() in POLITY_NOUNS:
                mods = _modifiers(appos)
                if mods:
                    found.append((appos.i, mods, entity.key))
            if appos.lemma_.lower() in ("capital", "seat") and kb_entity is not None and kb_entity.capital_of:
                state = ctx.linker.get(kb_entity.capital_of)
                for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for obj in (c for c in prep.children if c.dep_ == "pobj"):
                        mods = _modifiers(obj)
                        if state is not None and mods and not ctx.entity_at(obj):
                            found.append((obj.i, mods, ctx.ensure(state)))
    return sorted(found)


def organisation_anaphor(ctx: Context, token: "Token") -> str | None:
    """The organisation "its", "their" or "the group's" stands for: the last one named
    before, in this sentence or the one before ("M23 rebels took Goma. Lawrence Kanyuka,
    *the group's* spokesman, said ..."; "UNHCR warned ... *The agency's* spokesperson")."""
    doc = ctx.doc
    if token.lower_ not in _wordlist("roles", "organisation_pronouns"):
        if token.lemma_.lower() not in _wordlist("roles", "organisation_anaphors"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in ("compound", "amod", "nmod") for c in token.children
        ):
            return None  # "the rebel group's": a description of its own, not an anaphor
    sent = token.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(token.i - 1, start - 1, -1):
        entity = ctx.entity_at(doc[i])
        if entity is not None and entity.kind == "organization":
            return entity.key
        if entity is None and doc[i].lemma_.lower() in _wordlist("roles", "state_body_heads"):
            # "*Chad's government* said its foreign minister ...": the state whose body it is
            for c in doc[i].children:
                owner = ctx.entity_at(c) if c.dep_ in ("poss", "compound", "amod") and c.i < i else None
                if owner is not None and "Country" in owner.types:
                    return owner.key
    return None


def resolve_description(ctx: Context, noun: "Token") -> str | None:
    """The entity a description such as "the unrecognized government" refers to, if any."""
    area = noun.lemma_.lower() in _wordlist("roles", "area_nouns") and ctx.entity_at(noun) is None
    if area and not _modifiers(noun) and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        # "the region's interim president": the region or province named last before it (a
        # town is none: "in Addis Ababa ... the region's")
        for i in range(noun.i - 1, -1, -1):
            entity = ctx.entity_at(ctx.doc[i])
            if entity is not None and entity.kind == "place" and "City" not in entity.types:
                return entity.key if "AdministrativeArea" in entity.types else None
        return None
    if noun.lemma_.lower() not in POLITY_NOUNS or ctx.entity_at(noun):
        return None
    mods = _modifiers(noun)
    if mods:
        earlier = [(i, key) for i, m, key in ctx.polities if m & mods and i < noun.i]
        later = [(i, key) for i, m, key in ctx.polities if m & mods and i > noun.i]
        if earlier:
            return earlier[-1][1]
        if later:
            return later[0][1]
        return None
    if noun.lemma_.lower() == "country":  # "the country's foreign minister": the country last named
        for i in range(noun.i - 1, -1, -1):
            if i < noun.sent.start and ctx.lead is not None and (lead := ctx.lead()) is not None:
                return lead  # (named in no sentence of its own before it: the country the article is set in)
            entity = ctx.entity_at(ctx.doc[i])
            if entity is not None and "Country" in entity.types:
                return entity.key
    return None
