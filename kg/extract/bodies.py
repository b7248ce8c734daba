"""The names of a country's state bodies the knowledge base lacks ("the Kenyan police":
"Police of Kenya"; "the Malian government": "Government of Mali"), one name and one key per
country and kind, shared by the entity step (:mod:`kg.extract.entities`, governments) and
the group reader (:mod:`kg.extract.events.groups`, every kind of ``ontology/lexicon/groups.toml``'s
``state_bodies``).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from .linking import entity_key
from .wordlists import words

if TYPE_CHECKING:
    from ..kb import KBEntity, KnowledgeBase

__all__ = ["body_key", "body_label", "country_phrase", "known_body"]


def known_body(kb: "KnowledgeBase | None", country: "KBEntity", nouns: Iterable[str]) -> "KBEntity | None":
    """The knowledge base's state body of ``country`` named by its name or a demonym and one of
    ``nouns`` (a kind's words, ``state_bodies`` of ``ontology/lexicon/groups.toml``: "Malian
    army" of the Malian Armed Forces): a government organisation of that country, else ``None``."""
    if kb is None:
        return None
    for name in (country.label, *country.demonyms):
        for w in nouns:
            for record in kb.lookup(f"{name} {w}"):
                home = kb.get(record.country) if record.country else None
                if "GovernmentOrganization" in record.types and home is not None and home.key == country.key:
                    return record
    return None


def body_key(kind: str, country: str, names: Iterable[str] = ()) -> str:
    """The key of a country's state body of one kind (``country`` the country's label,
    ``names`` its other names in the knowledge base): the key of an organisation the
    knowledge base lacks named :func:`body_label` (:func:`~kg.extract.linking.entity_key`):
    the same in every article whatever words named it, and the key the entity step gives
    "the Malian government" (``Government of Mali``).

    >>> body_key("police", "Kenya")
    'organization/police-of-kenya'
    >>> body_key("security forces", "DR Congo")
    'organization/security-forces-of-the-dr-congo'
    """
    return entity_key("organization", body_label(kind, country, names))


def body_label(kind: str, country: str, names: Iterable[str] = ()) -> str:
    """The name of a country's state body: "<Kind> of <country>" ("Police of Kenya", "Army of
    Nigeria"), as official names run ("Armed Forces of the Philippines", "Government of
    India") and as the entity step names a government the knowledge base lacks: one name
    per node, made for every country, never shared by two (a demonym may be: "Congolese
    army" is either Congo's). The country as running text names it (:func:`country_phrase`:
    "Army of the United States"). The demonym's form ("Kenyan police") is an alias
    (:meth:`GroupBook._mint_body`), and so are the text's words.

    >>> body_label("police", "Kenya")
    'Police of Kenya'
    >>> body_label("army", "Philippines", ["Republic of the Philippines"])
    'Army of the Philippines'
    >>> body_label("air force", "Nigeria")
    'Air Force of Nigeria'
    """
    return f"{' '.join(w[:1].upper() + w[1:] for w in kind.split())} of {country_phrase(country, names)}"


def country_phrase(country: str, names: Iterable[str] = ()) -> str:
    """A country's label as running text names it, with "the" when the name takes it (the
    lexicon's ``definite_country_words`` and ``definite_country_names``,
    ``ontology/lexicon/groups.toml``): a name with a word
    of a state's form ("the United States", "the Central African Republic", "the United
    Kingdom", "the Solomon Islands"), a plural name the knowledge base also names "... of
    the <name>" ("the Philippines": "Republic of the Philippines"; not "Sudan", singular,
    whatever "Republic of the Sudan" says), or a name of the lexicon's list ("the Gambia").

    >>> country_phrase("United States"), country_phrase("Netherlands", ["Kingdom of the Netherlands"])
    ('the United States', 'the Netherlands')
    >>> country_phrase("Sudan", ["Republic of the Sudan"]), country_phrase("Honduras", ["Republic of Honduras"])
    ('Sudan', 'Honduras')
    """
    state_words, definite_names = _definite_countries()
    low = country.lower()
    words_ = low.split()
    definite = (
        low in definite_names
        or any(w in state_words for w in words_)
        or (bool(words_) and words_[-1].endswith("s") and any(f"of the {low}" in n.lower() for n in names))
    )
    return f"the {country}" if definite and not low.startswith("the ") else country


@lru_cache(maxsize=1)
def _definite_countries() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's words of a state's form and names that take "the" (lower case)."""
    return words("groups", "definite_country_words"), words("groups", "definite_country_names")
