"""The organisation of a post: the body or country a title phrase names as the post's.

What :func:`kg.extract.role_post.read_post` asks of a title phrase about its body: a body
named after "of" (:func:`body_after`), a body of a superior ("adviser *to the RSF
commander*": :func:`superior_body`; "the *Secretary-General's* Personal Envoy":
:func:`superior_organisation`), a name the NER ran on past a body's name
(:func:`known_body`), a party's name begun by a demonym (:func:`body_begun_by`), a body
named by its first words (:func:`named_by_its_first_words`), the one body that has a post
so named (:func:`organisation_of_title`), and when a demonym is the holder's nationality,
not the post's country (:func:`of_other_body`, :func:`country_of_its_own`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS
from .model import Entity
from .role_context import Context, demonym_country
from .role_phrases import HYPHENS as _HYPHENS
from .role_phrases import is_title_head as _is_title_head
from .role_title_words import POSSESSIVE, swallows_title, title_word, tokens_of
from .wordlists import lexicon as _lexicon
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "anaphor_noun", "body_after", "body_begun_by", "body_named_after", "country_of_its_own", "known_body",
    "named_by_its_first_words", "names_country", "of_other_body", "organisation_of_title", "superior_body",
    "superior_organisation",
]

def superior_body(ctx: Context, prep: "Token") -> str | None:
    """The body of a superior named by a title without a name, after "to": "adviser *to the
    head of Ukraine's presidential office*" (Ukraine), "adviser to *the Sudanese* army chief"
    (Sudan), "aide to the RSF commander" (the RSF): the first organisation or country its
    words name, or the country of a demonym; None when they name a person or nothing, or
    only a place ("his special envoy *to Haiti*": where the post is sent, not whose it is)."""
    if any(o.dep_ == "pobj" and (e := ctx.entity_at(o)) is not None and e.kind == "place" for o in prep.children):
        return None
    for t in prep.subtree:
        entity = ctx.entity_at(t)
        if entity is not None and entity.kind == "person":
            return None
        if entity is not None and (entity.kind == "organization" or "Country" in entity.types):
            return entity.key
        if entity is None and t.pos_ == "ADJ" and (key := demonym_country(ctx, t)) is not None:
            return key
    return None


def superior_organisation(ctx: Context, token: "Token") -> str | None:
    """The organisation of a post named in the possessive before another ("the
    *Secretary-General's* Personal Envoy"): the one body that has such a post
    (``roles.toml`` ``organisation_posts``), or a body named with it ("the *UN*
    Secretary-General's special envoy")."""
    if token.dep_ != "poss" or not _is_title_head(token) or ctx.entity_at(token) is not None:
        return None  # ("Special Representative *of the Secretary-General*" is the post's own name)
    words = [t for t in token.subtree if t.dep_ != "case" and t.lower_ not in ("the", "a", "an")]
    for t in words:
        entity = ctx.entity_at(t)
        if entity is not None and entity.kind == "organization":
            return entity.key
    title = "".join(t.text_with_ws for t in words).strip().lower()
    for org_name, titles in _lexicon("roles").get("organisation_posts", {}).items():
        if title in (str(x).lower() for x in titles):
            org = ctx.linker.lookup(org_name)
            return ctx.ensure(org) if org is not None else None
    return None


def names_country(ctx: Context, token: "Token") -> bool:
    """Whether ``token`` names a country: a country's name or a demonym."""
    entity = ctx.entity_at(token)
    if entity is not None:
        return "Country" in entity.types
    return (token.ent_type_ == "NORP" or token.pos_ in ("ADJ", "PROPN")) and ctx.linker.by_demonym(token.text) is not None


def anaphor_noun(token: "Token") -> bool:
    """Whether ``token`` is "the group", "the bloc", "the rebels" ... (``roles.toml``
    ``organisation_anaphors``, ``group_nouns``, with "the" and no modifier): a body named
    before, never a word of a post."""
    return (
        (token.lemma_.lower() in _wordlist("roles", "organisation_anaphors") or token.lower_ in _wordlist("roles", "group_nouns"))
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in token.children)
    )


def body_after(ctx: Context, head: "Token", words: set[int], excluded: set[int]) -> str | None:
    """The organisation a title is "of" when the noun phrase after "of" is headed by a
    common noun its name modifies: "the leader *of the IS-affiliated Abu Sayyaf group*" is Abu Sayyaf's, not the
    Islamic State's (a modifier of the phrase); the whole phrase leaves the label. Only a
    name before a common noun ("the X group", "the X movement"); a phrase that is itself a
    name is read with the other names of the title. A body named in apposition to the
    noun after "of", "with" or "at" is the post's ("an analyst with the X think tank, the
    Y Institute": :func:`_body_apposed`)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.i in words and (apposed := _body_apposed(ctx, prep)) is not None:
            excluded |= {x.i for x in prep.subtree}
            return apposed  # "a security analyst *with the X think tank, the Y*": Y's
        if prep.dep_ != "prep" or prep.lower_ not in _wordlist("roles", "organisation_preps") or prep.i not in words:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = ctx.entity_at(obj)
            if named is not None:
                # "the leader of the al-Qaeda-linked JNIM": the body named is JNIM; a name
                # in its modifiers only describes it
                own = tokens_of(ctx.doc, ctx.mention_at[obj.i])
                others = [
                    e for t in obj.subtree if t.i not in own and (e := ctx.entity_at(t)) is not None and e.key != named.key
                ]
                if named.kind == "organization" and any(e.kind == "organization" for e in others):
                    excluded |= {x.i for x in prep.subtree}
                    return named.key
                continue  # the phrase is the name itself: "Minister of Foreign Affairs" reads as before
            named = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
            for t in named:
                entity = ctx.entity_at(t)
                if entity is not None and entity.kind not in ("person", "place") and not swallows_title(ctx.doc, tokens_of(ctx.doc, ctx.mention_at[t.i]), head, ctx):
                    excluded |= {x.i for x in prep.subtree}
                    return entity.key
    return None


def _body_apposed(ctx: Context, prep: "Token") -> str | None:
    """The organisation named in apposition to a common noun of a body after a title's "of",
    "with" or "at" (``roles.toml`` ``apposed_body_preps``): "an analyst *with the X think
    tank, the Institute for Y*", "a lecturer at the city's university, the University of Z"
    (the name, not the place that describes the noun). The parser hangs such an apposition
    (and the noun's words) anywhere, so it is read by its place: a lower-case noun ends the
    phrase at its first punctuation, a comma, the name."""
    if prep.lower_ not in _wordlist("roles", "apposed_body_preps"):
        return None
    doc = ctx.doc
    comma = next((t.i for t in doc[prep.i + 1:min(prep.i + 8, prep.sent.end)] if t.is_punct), None)
    if comma is None or doc[comma].text != "," or comma + 1 >= len(doc) or comma - 1 <= prep.i:
        return None
    noun = doc[comma - 1]  # (the noun that ends the phrase, however the parser hung its words)
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return None
    at = comma + 1
    if doc[at].lower_ == "the" and at + 1 < len(doc):
        at += 1
    entity = ctx.entity_at(doc[at])
    return entity.key if entity is not None and entity.kind == "organization" else None


def known_body(ctx: Context, entity: Entity, taken: list[int]) -> str | None:
    """The body the knowledge base knows by a name the NER ran on into a common noun of
    bodies or past a possessive: "*the al-Shabaab group*'s spokesman" is al-Shabaab's
    (``roles.toml`` ``organisation_anaphors``), "*Amnesty International's Nigeria* director"
    Amnesty International's; None for a name the KB knows as written or not at all."""
    doc = ctx.doc
    if entity.kb_key:
        return None
    owner = next((i for i in taken if doc[i].lower_ in POSSESSIVE and i > min(taken)), None)
    if owner is not None:  # "*Amnesty International*'s Nigeria director": the NER ran on past the possessive
        known = ctx.linker.lookup(doc[min(taken):owner].text)
        if known is not None and known.kind == "organization":
            return ctx.ensure(known)
    words = [i for i in taken if doc[i].dep_ != "case" and doc[i].lower_ not in POSSESSIVE and doc[i].lower_ != "the"]
    if len(words) < 2 or doc[words[-1]].lemma_.lower() not in _wordlist("roles", "organisation_anaphors"):
        return None
    known = ctx.linker.lookup(doc[words[0]:words[-1]].text)
    return ctx.ensure(known) if known is not None and known.kind == "organization" else None


def body_named_after(ctx: Context, demonym: "Token", head: "Token") -> "tuple[set[int], bool] | None":
    """(the words, whether a state's body) when the words right after a demonym, before the
    title ``head``, are the whole name of a body the knowledge base does not know: "Nigerian
    *Senate* President X" (a state's body: the country's post, the body's name a word of
    it), "Sudanese *Popular Resistance* commander X" (the body's post); None otherwise (a
    body the KB knows is the post's organisation already)."""
    after = ctx.doc[demonym.i + 1] if demonym.i + 1 < head.i else None
    entity = ctx.entity_at(after) if after is not None else None
    if entity is None or entity.kind != "organization" or entity.kb_key:
        return None
    taken = tokens_of(ctx.doc, ctx.mention_at[after.i])
    if not taken or min(taken) != after.i or max(taken) >= head.i:
        return None
    return taken, "GovernmentOrganization" in entity.types


def body_begun_by(ctx: Context, demonym: "list[Token]", head: "Token") -> "tuple[str, set[int]] | None":
    """The body whose name the words ``demonym`` begin and the capitalised words after them,
    up to the title ``head``, go on with: "*Serb List* Vice-President X", "*Kurdish Unity*
    leader X" (a party, not the country), added to the article's entities: (its key, its
    words). None when a word
    between is a title's or a portfolio's ("Ukrainian *Foreign* Minister"), a body's every
    state has ("Nigerian *Army* spokesman", "Qatari *Defence Ministry* official") or a name of
    its own ("Afghan *Taliban* commander"), or not a capitalised noun."""
    from .link_types import entity_key
    from .posts import post_word

    doc = ctx.doc
    state_bodies = FORCE_NOUNS | AUTHORITY_NOUNS | _wordlist("roles", "state_body_heads") | _wordlist("roles", "state_body_words")
    i = demonym[-1].i + 1
    while i < head.i and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].pos_ in ("PROPN", "NOUN") and not post_word(doc[i]) \
            and doc[i].lower_ not in state_bodies and ctx.entity_at(doc[i]) is None:
        i += 1
    # (the title's own words after the name: "Vice-president", "Deputy Chairman")
    if i == demonym[-1].i + 1 or not all(post_word(t) or t.text in _HYPHENS for t in doc[i:head.i]):
        return None
    label = doc[demonym[0].i:i].text
    body = Entity(entity_key("organization", label), label, ("Organization",), "organization", link_source="ner")
    return ctx.entities.setdefault(body.key, body).key, set(range(demonym[0].i, i))


def named_by_its_first_words(ctx: Context, head: "Token", excluded: set[int]) -> "tuple[str, set[int]] | None":
    """The organisation the article names whose name starts with the capitalised words
    right before the title, no name of their own ("the *Social Democratic* leader" in a
    story that names the Social Democratic Union of Macedonia; "*Labour* leader X" with the
    Labour Party; with a possessive, "the *Oromo Liberation*'s commander" with the Oromo
    Liberation Army): (its key, the words), when one organisation only fits. Two words or
    more, or one the name continues with a noun of bodies (``roles.toml``
    ``organisation_anaphors``: "Labour *Party*"), so that "National Security Adviser" is not
    the National Unity Platform's."""
    doc = ctx.doc
    run: list[int] = []
    i = head.i - 1
    if i > 0 and doc[i].tag_ == "POS" and i not in excluded:
        i -= 1  # "the Oromo Liberation*'s* commander": the name owns the title
    while i >= 0 and i not in excluded and doc[i].text[:1].isupper() and doc[i].is_alpha and ctx.entity_at(doc[i]) is None \
            and not title_word(doc[i]) and doc[i].head.i in (head.i, *run, i + 1, head.i - 1):
        run.insert(0, i)
        i -= 1
    if not run:
        return None
    words = [doc[i].lower_ for i in run]
    fits = set()
    for key, entity in ctx.entities.items():
        label = entity.label.lower().split()
        if entity.kind != "organization" or len(label) <= len(words) or label[:len(words)] != words:
            continue
        if len(words) >= 2 or label[len(words)] in _wordlist("roles", "organisation_anaphors"):
            fits.add(key)
    return (fits.pop(), set(run)) if len(fits) == 1 else None


def organisation_of_title(ctx: Context, label: str) -> str | None:
    """The one international body that has a post so named (``roles.toml``
    ``organisation_posts``: "Humanitarian Coordinator", "Under-Secretary-General for
    Political Affairs" are the UN's), added to the article's entities; else None."""
    label = label.lower()
    for org_name, titles in _lexicon("roles").get("organisation_posts", {}).items():
        if any(label == t or label.startswith(t + " for ") for t in (str(t).lower() for t in titles)):
            org = ctx.linker.lookup(org_name)
            if org is not None:
                return ctx.ensure(org)
    return None


def of_other_body(ctx: Context, head: "Token") -> bool:
    """Whether the title is "of" a body that is no state's own, named by a common noun
    ("commander *of the multinational mission*", "a leader *of the alliance*";
    ``roles.toml`` ``organisation_anaphors``): a demonym before the title then says whose
    national the holder is, not whose the post is (not "the Sudanese chief of the army"); a
    force or body said to be of many states is one too ("of the *multinational* force";
    ``roles.toml`` ``multinational_words``)."""
    state_words = FORCE_NOUNS | AUTHORITY_NOUNS | _wordlist("roles", "state_body_words")
    return any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in o.children) and (
            (o.lemma_.lower() in _wordlist("roles", "organisation_anaphors") and o.lower_ not in state_words)
            or any(c.dep_ == "amod" and c.lower_ in _wordlist("roles", "multinational_words") for c in o.children)
        )
        for prep in head.children if prep.dep_ == "prep" and prep.lower_ in _wordlist("roles", "organisation_preps")
        for o in prep.children
    )


def country_of_its_own(ctx: Context, tokens: set[int], org: str) -> str | None:
    """The country whose own body the organisation is, when the knowledge base linked its
    name to another's: "the secretary of *Russia's* Security Council" is Russia's council, not
    the UN's (a country's possessive or demonym on the body's name, the KB's body of no
    country or of another)."""
    entity = ctx.entities.get(org)
    if entity is None or entity.kind != "organization" or not entity.kb_key:
        return None
    kb = ctx.linker.get(entity.kb_key)
    own = ctx.linker.entity_for_kb(ctx.linker.get(kb.country)).key if kb is not None and ctx.linker.get(kb.country) else None
    doc = ctx.doc
    for i in sorted(tokens):
        if ctx.entity_at(doc[i]) is not entity:
            continue
        owners: list[Token] = []
        if i >= 2 and doc[i - 1].lower_ in POSSESSIVE and ctx.entity_at(doc[i - 1]) is None:
            owners.append(doc[i - 2])  # "Azerbaijan's Security Council", however the parser hangs it
        if ctx.entity_at(doc[i].head) is not entity:  # (the head of the body's name)
            owners += [c for c in doc[i].children if c.dep_ in ("poss", "amod", "compound")]
        for c in owners:
            owner = ctx.entity_at(c)
            if owner is entity:
                continue
            key = owner.key if owner is not None and "Country" in owner.types else (
                demonym_country(ctx, c) if owner is None and c.ent_type_ == "NORP" else None
            )
            if key is not None and key != own:
                return key
    return None
