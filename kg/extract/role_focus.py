"""The country a post is in when the text names it only by focus.

* "*the country's* police chief": the country of the place last named before the words
  (a country, or the country a named town or region lies in): "Gangs attacked
  Port-au-Prince again. The country's police chief ..." is Haiti's;
* a post only a state has, named without a country ("President X", "government
  spokesman X"), in an article whose places all lie in one country and that names no other
  country as often (:func:`located_country`): "KINSHASA, Congo — ... government spokesman
  Patrick Muyaya said" is DR Congo's. This is weaker evidence than
  :func:`kg.extract.role_context.only_country` and is used only after it.

Used by :mod:`kg.extract.roles`; a place's country comes from the knowledge base, else from
GeoNames (the town's country code).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doctext import sentence_start
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS
from .model import Entity, Mention
from .role_context import demonyms_named, located_mention, names_in
from .role_phrases import is_title_head
from .wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..kb import KBEntity
    from .role_context import Context

__all__ = [
    "body_in_focus", "country_in_focus", "is_country_noun", "located_country", "named_with", "place_country",
    "subject_antecedent",
]



#: How many times more often than any other country the article's country must be counted
#: (named, placed, by demonym) when places of another country are named too
#: (:func:`located_country`).
PLACED_LEAD = 1.5


def place_country(ctx: "Context", entity: Entity) -> "KBEntity | None":
    """The KB country a place is, or lies in (the KB's ``country``, else GeoNames')."""
    if entity.kind != "place":
        return None
    kb = ctx.linker.get(entity.kb_key)
    if kb is not None:
        if "Country" in kb.types:
            return kb
        country = ctx.linker.get(kb.country)
        if country is not None and "Country" in country.types:
            return country
        return None
    if entity.geonames is None or "Country" in entity.types:
        return None
    from ..kb.geo import country_match

    code = ctx.linker.country_code_of(entity)
    match = country_match(code) if code is not None else None
    found = ctx.linker.by_geonames(match.geonames_id) if match is not None else None
    return found if found is not None and "Country" in found.types else None


def country_in_focus(ctx: "Context", noun: "Token") -> str | None:
    """The country "the country's" (``noun``: "country", with "the") stands for: the
    country of the place named last before it, else of the first one named after it in its
    sentence ("The country's interim president ... after clashes in Conakry"), else the
    one country the article and its headline name; None when none is."""
    if not is_country_noun(noun):
        return None
    if ctx.lead is not None and not _place_before_in_sentence(ctx, noun):
        # "Chad's leader closed the border. *The country's* prime minister said Sudan ...": a
        # sentence that names no place before it refers to the country the article is set in
        lead = ctx.lead()
        if lead is not None:
            return lead
    country = _focus(ctx, noun)
    if country is not None:
        return ctx.ensure(country)
    return _headline_country(ctx)


def _place_before_in_sentence(ctx: "Context", noun: "Token") -> bool:
    """Whether a place with a country is named before ``noun`` in its sentence."""
    for i in range(sentence_start(noun), noun.i):
        mention = ctx.mention_at.get(i)
        entity = ctx.entities.get(mention.entity) if mention is not None else None
        if entity is not None and place_country(ctx, entity) is not None:
            return True
    return False


def _headline_country(ctx: "Context") -> str | None:
    """The one country the article names that its headline names too ("Sudan: ...")."""

    named = [key for key, label in (ctx.countries or {}).items() if names_in(ctx.title, label)]
    return named[0] if len(named) == 1 else None


def body_in_focus(ctx: "Context", noun: "Token") -> str | None:
    """The body "the army's", "the government's", "the police's" (``noun``, with "the" and
    no modifier of its own) stands for: that body of the country in focus (as for "the
    country's"), as the KB knows it ("Sudan's army" → the Sudanese Armed Forces), else the
    country itself; None when no place is named around it. A modifier that only says
    which state's body it is (``roles.toml`` ``state_body_modifiers``: "the *military*
    government", "the *federal* police") is allowed."""
    word = noun.lower_
    if word not in FORCE_NOUNS | AUTHORITY_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") and c.lower_ not in words("roles", "state_body_modifiers") for c in noun.children):
        return None  # "the rebel army's": a description of its own (not "the *military* government's")
    country = _focus(ctx, noun)
    if country is None:
        return None
    demonym = country.demonyms[0] if country.demonyms else country.label
    return ctx.ensure(ctx.linker.affiliated(country, demonym, word))


def named_with(ctx: "Context", noun: "Token") -> str | None:
    """The organisation "the rebels'" (``noun`` in ``roles.toml`` ``group_nouns``, with
    "the") stands for: the one named before with that noun ("*M23* rebels took Goma ... the
    rebels' spokesman"; the last such)."""
    lemma = noun.lemma_.lower()
    if lemma not in words("roles", "group_nouns") or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for t in reversed(noun.doc[:noun.i]):
        if t.lemma_.lower() != lemma:
            continue
        for c in t.children:
            entity = ctx.entity_at(c) if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i else None
            if entity is not None and entity.kind == "organization":
                return entity.key
    return None


def organisation_ahead(ctx: "Context", noun: "Token") -> str | None:
    """The organisation "the group's", "the movement's" or "the paramilitary's" (``roles.toml``
    ``organisation_anaphors``, ``group_nouns``, with "the" and no modifier) stands for when its
    name comes later in the sentence, as the subject of what the holder says: "X, *the group's*
    political leader, told reporters that *M23* would hold Goma"; "*The paramilitary's* leader
    X said *the RSF* had formed a government" (the first organisation that is the subject of a
    clause the holder's verb governs; not the one told: "told *Reuters*")."""
    lemma = noun.lemma_.lower()
    if lemma not in words("roles", "organisation_anaphors") | words("roles", "group_nouns"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
        c.dep_ in ("compound", "amod", "nmod") for c in noun.children
    ):
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < noun.i:
            continue
        for t in clause.subtree:
            entity = ctx.entity_at(t) if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i else None
            if entity is not None and entity.kind == "organization":
                return entity.key
    return None


def subject_antecedent(ctx: "Context", pronoun: "Token") -> str | None:
    """The organisation "its"/"their" stands for when a sentence is about one: the last
    organisation that is the subject of a clause before it in its sentence, else in the
    sentence before ("JNIM, the al-Qaeda affiliate in the Sahel, claimed the attack. *Its*
    leader ..." is JNIM's, not al-Qaeda's)."""
    if pronoun.lower_ not in words("roles", "organisation_pronouns"):
        return None
    doc = pronoun.doc
    sent = pronoun.sent
    windows = [(sent.start, pronoun.i)]
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        windows.append((before.start, before.end))
    for lo, hi in windows:
        for t in reversed(doc[lo:hi]):
            entity = ctx.entity_at(t)
            if entity is not None and entity.kind == "organization" and t.dep_ in ("nsubj", "nsubjpass"):
                return entity.key
    return None


def _focus(ctx: "Context", noun: "Token") -> "KBEntity | None":
    """The KB country of the place named last before ``noun``, else first after it in its sentence."""
    sent = noun.sent
    for i in [*range(noun.i - 1, -1, -1), *range(noun.i + 1, sent.end)]:
        mention = ctx.mention_at.get(i)
        entity = ctx.entities.get(mention.entity) if mention is not None else None
        if entity is None:
            continue
        country = place_country(ctx, entity)
        if country is not None:
            return country
    return None


def is_country_noun(noun: "Token") -> bool:
    """Whether ``noun`` is "the country" or "the nation" (standing for a country in focus)."""
    return noun.lemma_.lower() in words("roles", "country_nouns") and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def located_country(ctx: "Context", mentions: list[Mention]) -> str | None:
    """The country the article is set in, by its places: the one country of its dateline
    ("KYIV, Ukraine (AP) —") when the text also places something there (a bureau's city
    alone is not where the story is: "CAIRO (AP) — ... in Rafah"), else the one country its
    places lie in, when no other country is named as often. Each mention of a place counts for its country, each demonym for its
    own; the country must be counted at least twice, and (without a dateline) more often
    than any other. A town that acts ("*Moscow* said") is its state speaking, not where
    things happen."""
    from .dateline import in_dateline

    counts: dict[str, int] = {}
    kb_of: dict[str, "KBEntity"] = {}
    located: dict[str, int] = {}  # country -> how often things are placed in it
    dateline: set[str] = set()
    for m in mentions:
        entity = ctx.entities.get(m.entity)
        if entity is None or entity.kind != "place":
            continue
        country = place_country(ctx, entity)
        if country is None:
            continue
        key = ctx.linker.entity_for_kb(country).key  # (counted, not added to the article)
        counts[key] = counts.get(key, 0) + 1
        kb_of[key] = country
        span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is not None and in_dateline(span[0]):
            dateline.add(key)
        elif ("Country" not in entity.types and (span is None or span.root.dep_ not in ("nsubj", "nsubjpass", "poss"))) or (
            "Country" in entity.types and located_mention(ctx, m)
        ):  # a town or region named lies in its country
            located[key] = located.get(key, 0) + 1
    for key, country in demonyms_named(ctx):  # (the rule the article's country is counted by too)
        counts[key] = counts.get(key, 0) + 1
        if country is not None:
            kb_of.setdefault(key, country)
    if len(dateline) == 1 and dateline <= located.keys():
        (key,) = dateline  # placed there by the text (the dateline counted) more often than anywhere else
        if all(n <= located[key] for other, n in located.items() if other != key):
            return _ensure(ctx, key, kb_of)
        return None
    located.update({key: located.get(key, 0) + 1 for key in dateline})
    if not located:
        return None
    key = max(located, key=lambda k: located[k])
    if len(located) > 1 and (
        any(n >= located[key] for other, n in located.items() if other != key)
        or any(n * PLACED_LEAD > counts[key] for other, n in counts.items() if other != key)
    ):  # "unlike in Washington, ...": another country's places in a comparison leave the
        # article's own clear only when it places things in its own more often and names it
        # half as often again as any other; two countries told about alike leave none
        return None
    if counts[key] < 2 or any(n >= counts[key] for other, n in counts.items() if other != key):
        return None
    return _ensure(ctx, key, kb_of)


def sole_country(ctx: "Context", mentions: list[Mention]) -> str | None:
    """The one country the article speaks of at all, when it speaks of one only and says
    it is the article's: by a place that lies in it or a country placed ("in Colombia"),
    or by its name or demonym on a body or a title ("*Colombia's* president", "the
    *Lebanese* health ministry"): "Defence Minister X" in such a story is its minister.
    None when another country is named at all ("President X accused *Rwanda*", "*Rwandan
    troops*": a body the KB gives a country), or none."""
    named: dict[str, "KBEntity | None"] = {}
    owned: set[str] = set()  # countries placed, or named as a body's or a title's
    for m in mentions:
        entity = ctx.entities.get(m.entity)
        country = place_country(ctx, entity) if entity is not None else None
        if entity is not None and country is None and entity.kind == "organization":
            kb = ctx.linker.get(entity.kb_key) if entity.kb_key else None  # "*Rwandan troops*" name their state
            state = ctx.linker.get(kb.country) if kb is not None and kb.country else None
            span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            own = next((c for t in span or () if t.text[:1].isupper() and (c := ctx.linker.by_demonym(t.text)) is not None), None)
            if own is not None and "Country" in own.types:  # "the *Lebanese* health ministry": a body of the state
                key = ctx.linker.entity_for_kb(own).key
                named.setdefault(key, own)
                owned.add(key)
                state = state or own
            if state is not None and "Country" in state.types and "GovernmentOrganization" in entity.types:
                # a state's own body ("*Rwandan troops*"): the story's state (not a news agency's country)
                named.setdefault(ctx.linker.entity_for_kb(state).key, state)
                owned.add(ctx.linker.entity_for_kb(state).key)
            continue
        if country is None:
            continue
        key = ctx.linker.entity_for_kb(country).key
        named.setdefault(key, country)
        span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if "Country" not in entity.types or located_mention(ctx, m) or (span is not None and _owns_title(span.root)):
            owned.add(key)
    for key, country in demonyms_named(ctx):
        named.setdefault(key, country)
        owned.add(key)
    if len(named) != 1 or set(named) != owned:
        return None
    ((key, country),) = named.items()
    return ctx.ensure(country) if country is not None else (key if key in ctx.entities else None)


def _owns_title(token: "Token") -> bool:
    """Whether a country's name is said to have the noun it modifies: "*Colombia's*
    president", "*Sudan's* army", "*Mali's* junta" (a possessive or compound on a title or a
    body's noun; ``roles.toml`` ``own_body_words``)."""
    noun = token.head
    return token.dep_ in ("poss", "compound") and noun.i != token.i and (
        is_title_head(noun) or noun.lower_ in FORCE_NOUNS | AUTHORITY_NOUNS | words("roles", "own_body_words")
    )


def _ensure(ctx: "Context", key: str, kb_of: "dict[str, KBEntity]") -> str | None:
    """The key of the country ``key``, added to the article's entities if the KB gave it."""
    if key in kb_of:
        return ctx.ensure(kb_of[key])
    return key if key in ctx.entities else None
