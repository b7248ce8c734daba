"""Completing a post the title phrase named without an organisation.

In order (:func:`complete`): the organisation of the superior ("adviser to President X"),
the one of a post the knowledge base gives the person with the same title, the body of
another post read from the same words, the one international body that has such a post
(``roles.toml`` ``organisation_posts``); for a post only a state has ("President", "army
chief", :func:`is_state_post`), the person's country in the KB, the country of another of
their posts, the article's one country, or the one its places lie in; else the
organisation that speaks around it (:func:`kg.extract.role_context.speaking_organisation`).
Otherwise the post is kept without one rather than guessed.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import ARMED_BODY_NOUNS, SMALL_WORDS
from .model import Role
from .names import name_lexicon, word_key
from .role_body import organisation_of_title
from .role_context import Context, demonym_country, speaking_organisation
from .role_phrases import appointer
from .role_label import is_former
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..kb import KBEntity

__all__ = ["complete", "is_rank_label", "is_state_post"]


def complete(
    ctx: Context, role: Role, person_kb: "KBEntity | None", by_person: dict[str, list[Role]], *, located: "Callable[[Role], str | None]"
) -> Role:
    """Fill a role's missing organisation from its superior, then from the KB's posts, then
    (for a post only a state has) from the person's country in the KB, the one country
    the article names, or the one country its places lie in (``located(role)``); else leave
    it without one."""
    if role.org is not None:
        return role
    if role.reports_to:
        for other in by_person.get(role.reports_to, []):
            return replace(role, org=other.org, confidence=0.8)
        boss = ctx.linker.get(ctx.entities[role.reports_to].kb_key) if role.reports_to in ctx.entities else None
        country = ctx.linker.get(boss.country) if boss is not None else None
        if country is not None:
            return replace(role, org=ctx.ensure(country), confidence=0.7)
    if person_kb is not None:
        wanted = set(role.label.lower().replace("-", " ").split()) - SMALL_WORDS
        for post in person_kb.posts:
            if post.until or not post.org:
                continue
            words = set(post.label.lower().replace("-", " ").split()) - SMALL_WORDS
            if wanted and wanted <= words:
                org = ctx.linker.get(post.org)
                if org is not None:
                    return replace(role, org=ctx.ensure(org), confidence=0.7)
    former = is_former(role.label)  # (a post held before is in no body another post or a speaker shows)
    fuller = _fuller_title(role, by_person) if not former and not is_rank_label(role.label) else None
    if fuller is not None:  # "UN High Commissioner for Human Rights X ... High Commissioner X said": that post
        return replace(role, label=fuller.label, org=fuller.org, confidence=0.7)
    for other in by_person.get(role.person, []) if not is_rank_label(role.label) and not former else ():
        # "The representative of the United Kingdom, Ambassador Barbara Woodward": a post
        # named in the same words as another of the holder's is in the same body (a rank
        # is the person's, not a post in a body: "Mali's junta leader Colonel X")
        if other.span.start < role.span.end and role.span.start < other.span.end:
            return replace(role, org=other.org, confidence=0.7)
    own = organisation_of_title(ctx, role.label)
    if own is not None:  # "Humanitarian Coordinator X", "the Under-Secretary-General for Political Affairs": the UN's
        return replace(role, org=own, confidence=0.6)
    if is_rank_label(role.label) and not former and person_kb is None and ctx.main_country is not None:
        # "a faction of the army led by Major X", "General X seized power" in a story on one
        # country: a rank in that country's forces (one abroad is named so: "Russian General X")
        return replace(role, org=ctx.main_country, confidence=0.5)
    if is_state_post(role.label):
        country = ctx.linker.get(person_kb.country) if person_kb is not None and person_kb.country else None
        if country is not None:
            return replace(role, org=ctx.ensure(country), confidence=0.7)
        for other in by_person.get(role.person, []) if not former else ():
            # "President X ... X, Ukraine's leader": the country of another post of the holder
            org_entity = ctx.entities.get(other.org) if other.org else None
            if org_entity is not None and "Country" in org_entity.types:
                return replace(role, org=other.org, confidence=0.7)
        if _place_named_unread(ctx, role):
            return replace(role, confidence=0.5)  # "President X of Somaliland", Somaliland no entity: not the article's country
        forces = _polity_of_sentence_forces(ctx, role)
        if forces is not None:  # "Under President X, the Somaliland Army shelled the town": Somaliland's
            return replace(role, org=forces, confidence=0.6)
        framed = _framing_country(ctx, role)
        if framed is not None:  # "In Mali, where ..., Defence Minister X signed a deal with Russia"
            return replace(role, org=framed, confidence=0.6)
        given = _appointers_country(ctx, role, by_person)
        if given is not None:  # "Palestinian President X appointed Y as prime minister"
            return replace(role, org=given, confidence=0.6)
        if ctx.main_country is not None:
            return replace(role, org=ctx.main_country, confidence=0.6)
        country_key = located(role)
        if country_key is not None:  # "KINSHASA, Congo — ... government spokesman X"
            return replace(role, org=country_key, confidence=0.5)
        return replace(role, confidence=0.5)
    local = role.label.lower().split()[-1] in _wordlist("roles", "local_post_heads")
    speaking = speaking_organisation(ctx, role, by_person) if not is_rank_label(role.label) and not former and not local else None
    if speaking is not None:  # (a rank is the person's, whoever speaks around it; a town's or a province's post is no body's)
        return replace(role, org=speaking, confidence=0.6)
    own = _other_posts_body(ctx, role, by_person) if not is_rank_label(role.label) and not former and not local else None
    if own is not None:
        return replace(role, org=own, confidence=0.5)
    words = role.label.lower().split()
    regional = words[-1] in _wordlist("roles", "regional_post_heads") and set(words[:-1]) <= _wordlist("roles", "regional_post_modifiers")
    region = _sole_region(ctx) if regional else None  # (not "Central Bank Governor": a post of its own body)
    if region is not None:  # "Gunmen killed 12 people in Zamfara state ... Governor X condemned the attack"
        return replace(role, org=region, confidence=0.5)
    return replace(role, confidence=0.5)


def _fuller_title(role: Role, by_person: dict[str, list[Role]]) -> Role | None:
    """The one post with an organisation the text gives the holder whose title is this one's
    with more words: "UN High Commissioner for Human Rights X ...
    *High Commissioner* X said" (the High Commissioner for Human Rights), "Defence Minister
    X ... *Minister* X" (the Defence Minister); none held before."""
    words = _title_words(role.label)
    if not words:
        return None
    fuller = {
        (other.label, other.org) for other in by_person.get(role.person, [])
        if other.org and not is_former(other.label) and (more := _title_words(other.label)) > words
        and role.label.lower().replace("-", " ").split()[-1] in more
    }
    if len(fuller) != 1:
        return None
    label, org = fuller.pop()
    return next(o for o in by_person[role.person] if (o.label, o.org) == (label, org))


def _title_words(label: str) -> set[str]:
    return set(label.lower().replace("-", " ").split()) - SMALL_WORDS


def _sole_region(ctx: Context) -> str | None:
    """The one region (an administrative area, no country, no city: "Pemba" is no province
    though its name may be a district's) the article names, if one."""
    regions = {
        key for key, e in ctx.entities.items()
        if e.kind == "place" and "AdministrativeArea" in e.types and not {"Country", "City"} & set(e.types)
    }
    return regions.pop() if len(regions) == 1 else None


def _other_posts_body(ctx: Context, role: Role, by_person: dict[str, list[Role]]) -> str | None:
    """The body of a post named without one, from the holder's other posts: "the Kurdish
    commander X ... X, who heads the Syrian Democratic Forces" (the one organisation the
    article gives the holder a post in, no state, none held before); none for a post that
    names its own kind of body ("an Islamist leader", roles.toml ``own_body_words``)."""
    if set(role.label.lower().split()) & _wordlist("roles", "own_body_words"):
        return None
    bodies = {
        other.org for other in by_person.get(role.person, [])
        if other is not role and other.org is not None and not is_former(other.label)
    }
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    entity = ctx.entities.get(body)
    return body if entity is not None and entity.kind == "organization" else None


def _framing_country(ctx: Context, role: Role) -> str | None:
    """The country a sentence opens on ("*In Mali*, where the junta expelled French troops,
    Defence Minister X signed a deal with Russia"): the scene of what its clause says, where a
    state post named there without a country is held."""
    span = ctx.doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep" or first.head.dep_ != "ROOT":
        return None
    for pobj in first.children:
        entity = ctx.entity_at(pobj) if pobj.dep_ == "pobj" else None
        if entity is not None and "Country" in entity.types:
            return entity.key
    return None


def _place_named_unread(ctx: Context, role: Role) -> bool:
    """Whether the text names the post's place right after its holder's name by a proper
    noun no entity was made of ("President X *of Somaliland*"): the post is somewhere the
    article's own country or places do not tell."""
    doc = ctx.doc
    span = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
    if span is None:
        return False
    for t in span:
        entity = ctx.entity_at(t)
        if entity is None or entity.key != role.person:
            continue
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > t.i:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and ctx.entity_at(pobj) is None:
                        return True
    return False


def _polity_of_sentence_forces(ctx: Context, role: Role) -> str | None:
    """The region with a state of its own whose armed forces the sentence of a state post
    names, when it names no country: "Under the leadership of President X, *the Puntland
    Army* shelled the town" (a self-governing or breakaway region, no country of the KB,
    whose name begins the name of an army, police or forces the text names); not the
    country the region lies in, that the article names elsewhere."""
    span = ctx.doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
    if span is None:
        return None
    regions = {
        e.label: key for key, e in ctx.entities.items()
        if e.kind == "place" and "AdministrativeArea" in e.types and not {"Country", "City"} & set(e.types)
    }
    found: set[str] = set()
    for t in span[0].sent:
        entity = ctx.entity_at(t)
        if entity is None or entity.key == role.person:
            continue
        if "Country" in entity.types:
            return None  # ("President X accused *Rwanda's* army": the country the text names)
        words = entity.label.split()
        if entity.kind == "organization" and words[-1].lower() in ARMED_BODY_NOUNS:
            found |= {key for label, key in regions.items() if entity.label.startswith(f"{label} ")}
    return found.pop() if len(found) == 1 else None


def _appointers_country(ctx: Context, role: Role, by_person: dict[str, list[Role]]) -> str | None:
    """The country of whoever gave a state post by a naming verb: the country itself ("*Mali*
    named X prime minister"), a country its name is said to be of ("*Burkina Faso's* junta
    appointed ..."), or the country of a post of the person who did ("*Palestinian
    President* X appointed Y as prime minister")."""
    doc = ctx.doc
    span = doc.char_span(role.span.start, role.span.end, alignment_mode="expand")
    if span is None:
        return None
    names = [t for t in span if (e := ctx.entity_at(t)) is not None and e.key == role.person]
    if not names:
        return None
    mention = ctx.mention_at[names[0].i]
    name = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    giver = appointer(name) if name is not None else None
    if giver is None:
        return None
    for t in [giver, *(c for c in giver.children if c.dep_ in ("poss", "amod", "compound", "nmod"))]:
        entity = ctx.entity_at(t)
        if entity is not None and "Country" in entity.types:
            return entity.key
        if entity is not None and entity.kind == "person":
            countries = [c for r in by_person.get(entity.key, []) if r.org and (c := _state_of(ctx, r.org)) is not None]
            return countries[0] if countries else None
        if entity is None and (key := demonym_country(ctx, t)) is not None:
            return key
    return None


def _state_of(ctx: Context, key: str) -> str | None:
    """The state an organisation a post is in stands for: itself when it is a country or an
    area that holds posts ("Palestine" is an area to the KB), else the country the KB gives
    a body of a state ("Sudanese Armed Forces": Sudan)."""
    entity = ctx.entities[key]
    if {"Country", "AdministrativeArea"} & set(entity.types):
        return key
    kb = ctx.linker.get(entity.kb_key) if entity.kb_key else None
    country = ctx.linker.get(kb.country) if kb is not None and kb.country else None
    return ctx.ensure(country) if country is not None and "Country" in country.types else None


def is_rank_label(label: str) -> bool:
    """Whether a post's label is military ranks only ("Colonel", "Lieutenant General")."""
    keys = [word_key(w) for w in label.replace("-", " ").split()]
    return bool(keys) and all(k in name_lexicon().ranks for k in keys)


def is_state_post(label: str) -> bool:
    """Whether only a state has a post so named: "President", "Deputy Prime Minister", or a
    post in a body only a state has ("Army Chief", "Government Spokesman", "Police Chief"),
    or in its politics ("Opposition Leader": ``roles.toml`` ``country_politics_words``).

    >>> is_state_post("Deputy Prime Minister"), is_state_post("Government Spokesman"), is_state_post("Spokesman")
    (True, True, False)
    """
    words = label.lower().split()
    return bool(words) and (
        words[-1] in _wordlist("roles", "state_post_heads")
        or bool(set(words) & (_wordlist("roles", "state_body_words") | _wordlist("roles", "country_politics_words")))
    )



