"""A state body's name written as one ("the Croatian Army", "Kenya Police", "the Nigerian
Navy"): a capitalised name the NER reads as an organisation's, made of a country's name or
demonym and a word of one kind of state body (``ontology/lexicon/groups.toml``'s
``state_bodies``), is that country's body of that kind, the node kg makes of the same body
named in lower case ("Croatian forces", "Croatia's army": :mod:`kg.extract.bodies`,
:mod:`kg.extract.events.groups`): one node per country and kind, not one per wording.

The knowledge base's body when it knows one (:func:`~kg.extract.bodies.known_body`: the
Croatian Armed Forces, if the KB names them "Croatian army"); else the node
:func:`~kg.extract.bodies.body_label` names ("Army of Croatia"), the name as written its
alias. A name with any other word is a name of its own ("Free Syrian Army", "Syrian
National Army", "Uganda People's Defence Force", "Royal Bhutan Army"), and so is a body word
that names anything armed when capitalised (``name_words_not_bodies``: "Lebanese Forces", a
party).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .bodies import body_key, body_label, known_body
from .linking import SOURCE_CONFIDENCE
from .model import Entity
from .wordlists import lexicon, words

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ..kb import KBEntity
    from .found import Found
    from .linking import Linker

__all__ = ["canonical_body_names", "named_body"]


@lru_cache(maxsize=1)
def _body_words() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The words of a state body a capitalised name may end in (lower case) and the kind of
    each (``state_bodies``' keys), less ``name_words_not_bodies``; the words of each kind."""
    families = {kind.lower(): tuple(w.lower() for w in family) for kind, family in lexicon("groups")["state_bodies"].items()}
    not_bodies = words("groups", "name_words_not_bodies")
    kinds = {w: kind for kind, family in families.items() for w in family if w not in not_bodies}
    return kinds, families


def named_body(tokens: "SpacySpan", linker: "Linker") -> "tuple[KBEntity, str] | None":
    """The country and the kind of state body a name of two or more words is made of ("Croatian
    Army": Croatia, army; "Kenya Police": Kenya, police; "Haitian National Police": Haiti,
    police), or ``None``: its first words a country's name or demonym (the whole of them,
    not "Free Syrian"), the rest a word of one kind of body (not "National Army")."""
    words_ = [t for t in tokens if not t.is_punct or t.text in ("-", "'", "’")]
    if len(words_) < 2 or not words_[0].text[:1].isupper():
        return None
    kinds, _ = _body_words()
    doc = tokens.doc
    for k in range(1, len(words_)):
        rest = " ".join(t.lower_ for t in words_[k:])
        kind = kinds.get(rest)
        if kind is None:
            continue
        first = doc[words_[0].i:words_[k - 1].i + 1].text
        country = linker.by_demonym(first) or linker.lookup(first)
        if country is not None and "Country" in country.types:
            return country, kind
    return None


def canonical_body_names(found: "list[Found]", linker: "Linker") -> None:
    """Make every mention of a name the KB does not know that :func:`named_body` reads as a
    country's state body a mention of that body (in place): the KB's when it knows it, else
    the node of that country and kind, one :class:`~kg.extract.model.Entity` for the names
    of one body; the mentions the entity step already pointed at the name (a short form:
    "the Army" after "the Croatian Army") go with it."""
    moved: dict[str, Entity] = {}  # the name's key -> the body's entity
    made: dict[str, Entity] = {}  # the entities of the article so far, by key (the first of each)
    for f in found:
        if f.entity is not None:
            made.setdefault(f.entity.key, f.entity)
    _, families = _body_words()
    for f in found:
        e = f.entity
        if e is None or e.link_source in ("kb", "geonames") or e.kind != "organization" or e.key in moved:
            continue
        read = named_body(f.tokens, linker) if f.tokens is not None and len(f.tokens) else None
        if read is None:
            continue
        country, kind = read
        kb_body = known_body(linker.kb, country, families[kind])
        key = linker.entity_for_kb(kb_body).key if kb_body is not None else body_key(kind, country.label, country.aliases)
        if key == e.key:
            continue  # the body already ("the Malian government", kg/extract/entities.py)
        body = made.get(key)
        if body is None:
            body = made[key] = linker.entity_for_kb(kb_body) if kb_body is not None else Entity(
                key=key,
                label=body_label(kind, country.label, country.aliases),
                types=("GovernmentOrganization", "Organization"),
                kind="organization",
                country=country.key,  # kgo:country, as the bodies of kg/extract/events/groups.py
                link_source="ner",
                link_confidence=SOURCE_CONFIDENCE["ner"],
            )
        body.aliases |= e.aliases
        moved[e.key] = body
    if not moved:
        return
    for f in found:
        if f.entity is not None and f.entity.key in moved:
            f.entity = moved[f.entity.key]
