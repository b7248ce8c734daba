"""Roles: the posts people hold, read from the dependency parse of the article.

A post is read where the text ties a title to a person's name:

* a **title compound** before the name: "Armenian Prime Minister Nikol Pashinyan",
  "U.S. Secretary of State Antony Blinken";
* an **apposition**, either way round: "Hikmet Hajiyev, foreign policy adviser to
  Azerbaijani President Ilham Aliyev"; "the EU’s top diplomat, Josep Borrell";
* a **predicate**: "Pashinyan, who is Armenia's prime minister" / "Pashinyan is ...";
* a **verb** that names a post: "X, who heads the RSF", "the RSF, led by X".

Finding these phrases is :mod:`kg.extract.role_phrases`.

Inside the title phrase, the **organisation** the post is in is a linked name ("U.S.",
"the EU’s"), a demonym ("Armenian" → Armenia), a possessive or "of" description resolved
in the article ("the unrecognized government’s" → the unrecognised state the article
called Stepanakert the capital of), "the country’s" (the country of the place named last),
"the army’s" (that body of the country in focus), "its"/"the group’s"/"the rebels’" (the
organisation the text named before), or the superior's title ("the Secretary-General’s
Personal Envoy": the UN's). A bare "Army" or a portfolio ministry the KB does not know
("Qatar’s Foreign Ministry spokesman") stays a word of the post. "adviser
to X" makes X the post's superior (``reports_to``) and, failing anything else, X's
organisation the post's. When the text names no organisation, the knowledge base may
supply the one of a post the person holds with the same title ("Prime Minister Nikol
Pashinyan" → Armenia): the KB supports a role, but only the text makes one. A title with
"former" or "ex-" is not a post held.

The organisation may also stand apart from the title: "*Ukraine's* President Volodymyr
Zelenskiy" (a possessive the parser hangs on the name), "Prime Minister Donald Tusk *of
Poland*". A post only a state has ("President", "Prime Minister") named without a country
is in the country the KB gives the person, else the country of another post the text gives
the holder, else the one a description without a name gives the title ("the Ukrainian
president"), else the one country the article names, else the one its dateline and
places set it in; a post in a body only a state has ("army chief", "government
spokesman") likewise. Otherwise the post is kept without an organisation rather than
guessed (mapped without ``org:postIn``, as a post of its holder). The word lists are
``ontology/lexicon/roles.toml``; what the article around a post says (its country,
descriptions, anaphors, the organisation speaking nearby) is :mod:`kg.extract.role_context`
and :mod:`kg.extract.role_focus`.

Post labels are the title's words without the organisation, in title case ("Foreign
Minister", "Secretary of State"), so that one post gets one label across articles.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .doctext import doc_text
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, PAST_MARKERS, SMALL_WORDS, TITLE_HEADS, TITLE_MODIFIERS
from .model import Entity, Mention, Role, Span
from .names import is_rank, name_lexicon, word_key
from .role_phrases import HYPHENS as _HYPHENS
from .role_phrases import full_name as _full_name
from .role_phrases import is_title_head as _is_title_head
from .role_phrases import led_phrase as _led_phrase
from .role_phrases import plural_title as _plural_title
from .role_phrases import title_phrases as _title_phrases
from .role_focus import (
    body_in_focus, country_in_focus, is_country_noun, located_country, named_with, subject_antecedent,
)
from .role_context import (
    Context, demonym_country, mention_index, only_country, organisation_anaphor, polity_descriptions, resolve_description,
    speaking_organisation,
)
from .wordlists import lexicon as _lexicon
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from spacy.tokens import Doc, Token

    from ..kb import KBEntity

__all__ = ["extract_roles", "post_label", "title_above", "title_holder"]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def post_label(words: list[str]) -> str:
    """Title-case a post's words: ``["foreign", "policy", "adviser"]`` → ``"Foreign Policy Adviser"``.

    >>> post_label(["Secretary", "of", "State"]), post_label(["top", "diplomat"]), post_label(["commander-in-chief"])
    ('Secretary of State', 'Top Diplomat', 'Commander-in-Chief')
    """
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in SMALL_WORDS:
            out.append(lower)
        elif word.isupper() and len(word) > 1:
            out.append(word)
        else:
            out.append("-".join(
                part.lower() if j and part.lower() in SMALL_WORDS else part[:1].upper() + part[1:].lower()
                for j, part in enumerate(word.split("-"))
            ))  # "Commander-in-Chief"
    return " ".join(out)


def extract_roles(
    doc: "Doc", entities: dict[str, Entity], mentions: list[Mention], *, title: str | None = None, published: "date | None" = None
) -> list[Role]:
    """Posts held by the people mentioned in ``doc``, read from the text (``title``, the
    headline, only helps tell which country the article is set in; ``published`` which
    posts the knowledge base gives people were held then).

    An organisation a post is in but the article does not name as such ("Armenian Prime
    Minister" names Armenia only through its demonym) is added to ``entities``.
    """
    from .linking import linker_for

    ctx = Context(doc, linker_for(doc), entities, mention_index(doc, mentions), [], title=title or "")
    ctx.polities = polity_descriptions(ctx, mentions)
    ctx.countries = {
        e.key: e.label for m in mentions if (e := entities.get(m.entity)) is not None and "Country" in e.types
    }
    ctx.main_country = only_country(ctx, mentions)
    located: list[str | None] = []  # the country the article's places lie in, read when first needed

    def where(role: Role) -> str | None:
        # two people holding a post of one title without a country are not both its holders
        # there ("President X met President Y in Kyiv"): neither is placed by the article
        if len(untitled_holders.get(role.label.lower(), ())) > 1:
            return None
        if not located:
            located.append(located_country(ctx, mentions))
        return located[0]
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()
    pending: list[tuple[Role, KBEntity | None]] = []
    for m in mentions:
        person = entities.get(m.entity)
        if person is None or person.kind != "person":
            continue
        name = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if name is None:
            continue
        name = _full_name(name)
        for title, tokens in [*_title_phrases(name), *_led_phrase(ctx, name.root)]:
            read = _read_post(ctx, person, title, tokens, name)
            if read is not None:
                pending.append(read)
    pending += _counterparts(ctx, mentions, pending)
    untitled_holders: dict[str, set[str]] = {}  # post label (lower case) -> people given it without an organisation
    for role, _ in pending:
        if role.org is None:
            untitled_holders.setdefault(role.label.lower(), set()).add(role.person)
    by_person: dict[str, list[Role]] = {}
    for role, _ in pending:
        if role.org:
            by_person.setdefault(role.person, []).append(role)
    described = _described_titles(ctx, [r for r, _ in pending])
    for read, person_kb in pending:
        if read.org is None and len(untitled_holders[read.label.lower()]) == 1 and read.label.lower() in described:
            # "President X ... the Ukrainian president also said": the one holder of the title
            read = replace(read, org=described[read.label.lower()], confidence=0.6)
        role = _complete(ctx, read, person_kb, by_person, located=where)
        key = (role.person, role.label.lower(), role.org)
        if key not in seen:
            seen.add(key)
            roles.append(role)
    for role in _bare_titles(ctx, mentions, roles, published):
        key = (role.person, role.label.lower(), role.org)
        if key not in seen:
            seen.add(key)
            roles.append(role)
    return roles


def _counterparts(
    ctx: Context, mentions: list[Mention], pending: list["tuple[Role, KBEntity | None]"]
) -> list["tuple[Role, KBEntity | None]"]:
    """"Ukrainian Foreign Minister X met *his Polish counterpart* Y": Y holds X's post in
    the country the demonym names (X: the last person before "his" given a post)."""
    doc = ctx.doc
    out: list[tuple[Role, KBEntity | None]] = []
    for m in mentions:
        person = ctx.entities.get(m.entity)
        name = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if person is None or person.kind != "person" or name is None or name.start < 2:
            continue
        noun = doc[name.start - 1]
        while noun.i > max(0, name.start - 5) and noun.lemma_.lower() != "counterpart" and ctx.entity_at(noun) is None \
                and (noun.text == "," or noun.dep_ == "compound"):
            noun = doc[noun.i - 1]  # (a comma, a title before the name: "his Qatari counterpart, *Sheikh* Y")
        if noun.lemma_.lower() != "counterpart" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            continue
        country = next((key for c in noun.children if c.dep_ in ("amod", "compound") and (key := demonym_country(ctx, c))), None)
        earlier = [r for r, _ in pending if r.person != person.key and r.span.start < noun.idx]
        if country is None or not earlier:
            continue
        post = max(earlier, key=lambda r: r.span.start)
        start = noun.left_edge.idx
        evidence = Span(start, name.end_char, doc_text(doc)[start:name.end_char])
        out.append((Role(person=person.key, label=post.label, org=country, span=evidence, confidence=0.7), None))
    return out


def _described_titles(ctx: Context, read: list[Role]) -> dict[str, str]:
    """Titles the article names with a country but no name ("*the Ukrainian president*
    said", "*Sudan's army chief* flew to Cairo"): post label (lower case) → the country,
    for labels given one country only. Words a post was read from are not counted."""
    doc = ctx.doc
    found: dict[str, set[str]] = {}
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or not _is_title_head(t) or ctx.entity_at(t) is not None:
            continue
        if any(r.span.start <= t.idx < r.span.end for r in read):
            continue
        if any(c.dep_ == "appos" or ((e := ctx.entity_at(c)) is not None and e.kind == "person") for c in t.children):
            continue
        left = [c for c in t.children if c.i < t.i]
        country: str | None = None
        words: list[Token] = []
        for c in left:
            entity = ctx.entity_at(c)
            if c.dep_ == "poss" and entity is not None and ("Country" in entity.types or entity.kind == "organization"):
                country = entity.key  # "Sudan's army chief" (the KB may know "Sudan's army" as a body)
                if c.lower_ in FORCE_NOUNS | AUTHORITY_NOUNS:
                    words.append(c)
            elif c.dep_ in ("amod", "compound", "nmod") and entity is None and (key := demonym_country(ctx, c)) is not None:
                country = key
            elif c.dep_ in ("amod", "compound", "nmod") and c.is_lower and c.lower_ not in PAST_MARKERS and (
                entity is None or c.lower_ in FORCE_NOUNS | AUTHORITY_NOUNS
            ):
                words.append(c)  # "the Malian *junta* leader", "Sudan's *army* chief"
            elif c.dep_ not in ("det",):
                country = None
                break
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in left) or any(c.dep_ == "poss" for c in left)
        if country is None or not definite:
            continue
        label = post_label([w.text for w in sorted(words, key=lambda w: w.i)] + [t.text]).lower()
        found.setdefault(label, set()).add(country)
    return {label: next(iter(keys)) for label, keys in found.items() if len(keys) == 1}


def _bare_titles(ctx: Context, mentions: list[Mention], roles: list[Role], published: "date | None") -> list[Role]:
    """Posts the text names by their title alone, held by a person it names elsewhere:
    "*the Secretary-General* urged restraint ... Mr. Guterres warned" when the knowledge
    base says Guterres is the Secretary-General (and was when the article appeared). The
    title must be written as a title (capitalised, after "the" or the post's organisation),
    not be some named person's title, nor be said "of" someone else ("the President of
    France"); only one person the article names may hold it."""
    doc = ctx.doc
    taken = [(r.span.start, r.span.end) for r in roles]
    holders: dict[str, list[tuple[str, "KBEntity", str]]] = {}  # folded label -> (person, post org, label)
    for key in dict.fromkeys(m.entity for m in mentions):
        person = ctx.entities.get(key)
        if person is None or person.kind != "person" or not person.kb_key:
            continue
        kb_person = ctx.linker.get(person.kb_key)
        for post in kb_person.posts if kb_person is not None else ():
            org = ctx.linker.get(post.org) if post.org else None
            if post.until or org is None or (published is not None and post.since and post.since > published.isoformat()):
                continue
            holders.setdefault(_fold_title(post.label), []).append((person.key, org, post.label))
    out: list[Role] = []
    for folded, held in holders.items():
        if len({p for p, _, _ in held}) != 1:
            continue
        person_key, org, label = held[0]
        words = [re.escape(w) for w in folded.split()]
        pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])", re.I)
        for match in pattern.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or not span.text[:1].isupper() or any(a < match.end() and match.start() < b for a, b in taken):
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            after = doc[span.end] if span.end < len(doc) else None
            names_org = before is not None and (e := ctx.entity_at(before)) is not None and e.kb_key == org.key
            if not (names_org or (before is not None and before.lower_ == "the")):
                continue
            if after is not None and (after.lower_ in ("of", "for") or after.pos_ == "PROPN" or ctx.entity_at(after) is not None):
                continue
            start = before.idx if before.lower_ == "the" else span.start_char
            evidence = Span(start, span.end_char, doc.text[start:span.end_char])
            out.append(Role(person=person_key, label=label, org=ctx.ensure(org), span=evidence, confidence=0.6))
            break
    return out


def title_above(token: "Token") -> "Token | None":
    """The title noun a speaker token is, or is the organisation of: "*the Secretary-General*",
    "the UN (of) *Secretary-General*", "the *head* of the United Nations presence"."""
    t = token
    for _ in range(6):
        if _is_title_head(t) and t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.dep_ in ("compound", "nmod", "poss", "pobj", "prep") and t.head is not t:
            t = t.head
        else:
            return None
    return None


def title_holder(token: "Token", roles: list[Role]) -> str | None:
    """The person a title without a name stands for, by the posts the article gives people:
    "said *the UN High Commissioner for Human Rights*" is the one person given a post of that
    title ("High Commissioner for Human Rights"). The title must be definite ("the", or an
    organisation's name before it), its words those of the post's title (the label up to
    "for"/"of"), and only one person may hold such a post; else None.

    ``token`` is the title's head noun ("Commissioner"; "General" of "Secretary-General").
    A title that is part of the words a post was read from is that post's holder's: "said
    *the representative* of the United Kingdom, Ambassador Barbara Woodward".
    """
    if not _is_title_head(token):
        return None
    spanning = {r.person for r in roles if r.span.start <= token.idx < r.span.end}
    if len(spanning) == 1:
        return spanning.pop()
    doc = token.doc
    left = [c for c in token.children if c.i < token.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in left) and not any(
        c.dep_ in ("compound", "nmod") and c.ent_type_ in ("ORG", "NORP", "GPE") for c in left
    ):
        return None
    words = {
        w for c in left if c.dep_ in ("compound", "amod", "nmod") and (_title_word(c) or c.text in _HYPHENS) and c.ent_type_ == ""
        for w in [c.lower_]
    } | {token.lower_}
    # the hyphenated title's other parts ("Under-Secretary-General"): the same word in the label
    start = token.i
    while start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    head_word = doc[start:token.i + 1].text.lower()
    words = (words - {t.lower_ for t in doc[start:token.i + 1]}) - {w for w in words if w in _HYPHENS}
    people = set()
    for role in roles:
        label = role.label.lower().split()
        cut = next((i for i, w in enumerate(label) if w in SMALL_WORDS), len(label))
        if set(label[:cut]) == words | {head_word}:  # "Assistant Secretary-General" is not "the Secretary-General"
            people.add(role.person)
    return people.pop() if len(people) == 1 else None


def _fold_title(label: str) -> str:
    """A post's title for matching: lower case, hyphens as spaces."""
    return " ".join(label.lower().replace("-", " ").split())


def _superior_organisation(ctx: Context, token: "Token") -> str | None:
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


def _names_country(ctx: Context, token: "Token") -> bool:
    """Whether ``token`` names a country: a country's name or a demonym."""
    entity = ctx.entity_at(token)
    if entity is not None:
        return "Country" in entity.types
    return (token.ent_type_ == "NORP" or token.pos_ in ("ADJ", "PROPN")) and ctx.linker.by_demonym(token.text) is not None


def _anaphor_noun(token: "Token") -> bool:
    """Whether ``token`` is "the group", "the bloc" ... (``roles.toml``
    ``organisation_anaphors``, with "the" and no modifier): a body named before, never a word
    of a post."""
    return (
        token.lemma_.lower() in _wordlist("roles", "organisation_anaphors")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in token.children)
    )


def _read_post(ctx: Context, person: Entity, head: "Token", tokens: set[int], name) -> "tuple[Role, KBEntity | None] | None":
    """The post a title phrase names, with its organisation and superior when the text says."""
    doc = ctx.doc
    excluded: set[int] = set()
    reports_to: str | None = None
    org: str | None = None
    place_org: str | None = None
    surname_org: str | None = None  # a body's name the entity reader took for a surname
    confidence = 0.9

    # "adviser to President Ilham Aliyev": the superior, not part of the title
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            sub = {t.i for t in child.subtree}
            excluded |= sub
            for obj in child.children:
                target = ctx.entity_at(obj)
                if target is not None and target.kind == "person":
                    reports_to = target.key
    for i in sorted(tokens):  # "X, Head of the Mission, and Y, Head of the Office": Y's words are not X's
        other = ctx.entity_at(doc[i])
        if other is not None and other.kind == "person" and i not in excluded and i < head.i and name.start > i:
            kb_org = ctx.linker.lookup(ctx.mention_at[i].span.text)
            if kb_org is not None and kb_org.kind == "organization":
                # "Houthi military spokesman X" where "Houthi" was read as the surname of
                # someone named later (or of X himself: "Houthi leader Abdul-Malik
                # al-Houthi"): a name the KB knows as a body, before the title, is it
                surname_org = surname_org or ctx.ensure(kb_org)
                excluded |= _tokens_of(doc, ctx.mention_at[i])
                continue
        if other is not None and other.kind == "person" and other.key != person.key and i not in excluded:
            top = doc[i]
            while top.head.i in tokens and top.head.i != head.i and ctx.entity_at(top.head) is other:
                top = top.head
            excluded |= {t.i for t in top.subtree}
            excluded |= {c.i for c in top.head.children if c.dep_ in ("cc", "punct") and c.i < top.i}
    # "newly appointed Prime Minister": how the post was come by is not its name
    excluded |= {
        t.i for c in head.subtree if c.i < head.i and c.dep_ == "amod" and c.tag_ == "VBN"
        and c.lemma_.lower() in _wordlist("roles", "predicate_verbs") for t in c.subtree
    }
    # "the RSF commander known as Hemedti", "the envoy who was appointed in May": a clause on
    # the title says something about the post, it is not its name
    excluded |= {t.i for c in head.children if c.dep_ in ("acl", "relcl") and c.i > head.i for t in c.subtree}
    # "President of the Security Council for December": when a post is held is not its name
    for i in sorted(tokens):
        t = doc[i]
        if t.dep_ == "pobj" and t.ent_type_ in ("DATE", "TIME") and t.head.i in tokens and t.head.i > head.i:
            excluded |= {x.i for x in t.head.subtree}
    # "the Houthi-run health ministry", "the IS-linked group": the participle after a body's
    # name says whose the body is, it is no word of the post
    for i in sorted(tokens - excluded):
        t = doc[i]
        if i >= 2 and t.tag_ in ("VBN", "VBD") and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_ \
                and not doc[i - 2].whitespace_ and ctx.entity_at(doc[i - 2]) is not None:
            excluded |= {i, i - 1}
    words = [doc[i] for i in sorted(tokens - excluded)]
    if any(t.lower_.rstrip("-") in PAST_MARKERS for t in words):
        return None

    # the organisation: a linked name, a demonym, or a description; a name the knowledge
    # base knows before one it does not ("Director, Operations Division, UN Office ...")
    linked = next(
        (e.key for t in words if t.i not in excluded and (e := ctx.entity_at(t)) is not None
         and e.kind not in ("person", "place") and e.kb_key and not _swallows_title(doc, _tokens_of(doc, ctx.mention_at[t.i]), head)),
        None,
    )
    org = _body_after(ctx, head, tokens - excluded, excluded) or linked or surname_org
    for t in words:
        if t.i in excluded:
            continue
        entity = ctx.entity_at(t)
        if entity is not None and entity.kind != "person":
            mention = ctx.mention_at[t.i]
            taken = _tokens_of(doc, mention)
            if _swallows_title(doc, taken, head):
                # a name that swallowed the title ("United Nations Special Coordinator"):
                # the organisation is the longest leading part the knowledge base knows
                taken, kb_org = _leading_name(ctx, sorted(taken), head)
                excluded |= taken
                if kb_org is not None:
                    org = org or ctx.ensure(kb_org)
                continue
            last = max(taken) if taken else None
            if last is not None and len(taken) == 1 and not entity.kb_key and doc[last].lower_ in FORCE_NOUNS | AUTHORITY_NOUNS:
                continue  # "Army chief General X": a bare "Army" is the post's kind of body, not a name
            if last is not None and not entity.kb_key and doc[last].lower_ in _wordlist("roles", "state_body_heads") and any(
                _names_country(ctx, w) for w in words if w.i not in taken
            ):  # "Qatar's Foreign Ministry spokesman": the country's ministry, no body of its own
                continue
            if last is not None and last < head.i and len(taken) > 1 and doc[last].text in FORCE_NOUNS | AUTHORITY_NOUNS:
                # "Sudan's army chief": the country names the body, its noun stays in the post
                # (a name's own word does not: "Arakan Army spokesman")
                taken.discard(last)
            excluded |= taken
            if entity.kind != "place":
                org = org or entity.key
            elif (local := _local_place(ctx, head, mention, entity)) is not None:
                org = org or local  # "Mogadishu Mayor": the city's, though "Mogadishu" may stand for Somalia
            elif _is_polity(entity):  # a region a post is "for" is no organisation
                place_org = place_org or entity.key
            continue
        if t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "PROPN"):
            country_key = demonym_country(ctx, t)
            if country_key is not None:
                excluded.add(t.i)
                org = org or country_key
                continue
        if t.dep_ == "poss" and t.head.i == head.i or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == head.i):
            sub = {x.i for x in t.subtree}
            resolved = (
                resolve_description(ctx, t) or subject_antecedent(ctx, t) or organisation_anaphor(ctx, t)
                or named_with(ctx, t) or country_in_focus(ctx, t) or _superior_organisation(ctx, t)
            )
            body = body_in_focus(ctx, t) if resolved is None else None
            if body is not None and "Country" in ctx.entities[body].types:
                sub.discard(t.i)  # "the police's spokesman" in Nigeria: Nigeria's "Police Spokesman"
            resolved = resolved or body
            if resolved is not None:
                excluded |= sub
                if t.dep_ == "pobj":
                    excluded.add(t.head.i)
                org = org or resolved
                confidence = 0.8
            elif is_country_noun(t) or _anaphor_noun(t):  # "the country's", "the bloc's": no word of the post
                excluded |= sub | ({t.head.i} if t.dep_ == "pobj" else set())

    org = org or place_org  # a body named in the title before a country it is for

    # title words that start with a body's name no mention covers ("United Nations Special
    # Coordinator for ..."): the body is the post's organisation, before what the post is "for"
    loose = [t.i for t in words if t.i not in excluded and t.i < head.i and ctx.entity_at(t) is None]
    if loose:
        taken, kb_org = _leading_name(ctx, loose, head)
        if kb_org is not None and kb_org.kind == "organization":
            excluded |= taken
            org = ctx.ensure(kb_org)
    # a name's own modifier goes with it: "UN" of "UN Office for ..." when the name left it out
    excluded |= {
        i for i in tokens - excluded
        if doc[i].dep_ == "compound" and doc[i].pos_ == "PROPN" and doc[i].head.i in excluded
    }
    kept = [
        i
        for i in sorted(tokens - excluded)
        if i <= head.right_edge.i  # what follows the title's own phrase only places it
        and not (doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in _POSSESSIVE or doc[i].dep_ == "case" or doc[i].tag_ == "PRP$")
    ]  # (nor "its", "their": a possessive pronoun is not the post's name)
    # a rank between the post and the name is the person's, not the post's: "army spokesman
    # *Brig. Gen.* X", "spokesman *Rear Admiral* X"
    # (a run of ranks, not a lone word that also ends posts: "Secretary General", "Secretary-General")
    post = [i for i in kept if i < head.i and _is_title_head(doc[i]) and not is_rank(doc[i])] if is_rank(head) else []
    if post:
        rank = [i for i in kept if i > post[-1]]
        if all(is_rank(doc[i]) and doc[i].text[:1].isupper() for i in rank) and any(doc[i].lower_ not in TITLE_HEADS for i in rank):
            head = doc[post[-1]]
            kept = [i for i in kept if i <= post[-1]]
    label_words = _label_words(doc, kept)
    # a dangling "of" left by an organisation taken out ("Minister of Defence of Armenia")
    while label_words and label_words[-1].lower() in SMALL_WORDS:
        label_words.pop()
    verb_post = _lexicon("roles").get("post_verbs", {}).get(head.lemma_.lower()) if head.pos_ in ("VERB", "AUX") else None
    if verb_post:  # "who heads X": a Head, whatever words were left
        label_words = [verb_post]
    elif not label_words or not any(head.text in w.split("-") or head.text == w for w in label_words):
        return None
    if _plural_title(head) and label_words and label_words[-1] == head.text:
        label_words[-1] = head.text[:-1]  # "Presidents X and Y": each holds the post of President
    label = post_label(label_words)
    span_tokens = sorted(tokens | {t.i for t in name})
    while len(span_tokens) > 1 and doc[span_tokens[-1]].is_punct:
        span_tokens.pop()
    while len(span_tokens) > 1 and doc[span_tokens[0]].is_punct:
        span_tokens.pop(0)
    start, end = doc[span_tokens[0]].idx, doc[span_tokens[-1]].idx + len(doc[span_tokens[-1]])
    evidence = Span(start, end, doc_text(doc)[start:end])
    person_kb = ctx.linker.get(person.kb_key)
    return Role(person=person.key, label=label, org=org, span=evidence, reports_to=reports_to, confidence=confidence), person_kb


def _label_words(doc: "Doc", kept: list[int]) -> list[str]:
    """The words of a post label from its tokens, a word the tokenizer split at its hyphens
    kept whole as written ("Under-Secretary-General", "Colonel-Major"); other punctuation
    dropped."""
    out: list[str] = []
    joined = False  # whether the next token continues the last word
    kept_set = set(kept)
    for i in kept:
        t = doc[i]
        if t.text in _HYPHENS and out and i - 1 in kept_set and i + 1 in kept_set \
                and not doc[i - 1].whitespace_ and not t.whitespace_:
            out[-1] += t.text
            joined = True
            continue
        if t.is_punct:
            joined = False
            continue
        if joined:
            out[-1] += t.text
        else:
            out.append(t.text)
        joined = False
    return out


def _body_after(ctx: Context, head: "Token", words: set[int], excluded: set[int]) -> str | None:
    """The organisation a title is "of" when the noun phrase after "of" is headed by a
    common noun its name modifies: "the leader *of the IS-affiliated Abu Sayyaf group*" is Abu Sayyaf's, not the
    Islamic State's (a modifier of the phrase); the whole phrase leaves the label. Only a
    name before a common noun ("the X group", "the X movement"); a phrase that is itself a
    name is read with the other names of the title."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _wordlist("roles", "organisation_preps") or prep.i not in words:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            named = ctx.entity_at(obj)
            if named is not None:
                # "the leader of the al-Qaeda-linked JNIM": the body named is JNIM; a name
                # in its modifiers only describes it
                own = _tokens_of(ctx.doc, ctx.mention_at[obj.i])
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
                if entity is not None and entity.kind not in ("person", "place") and not _swallows_title(ctx.doc, _tokens_of(ctx.doc, ctx.mention_at[t.i]), head):
                    excluded |= {x.i for x in prep.subtree}
                    return entity.key
    return None


def _local_place(ctx: Context, head: "Token", mention: Mention, entity: Entity) -> str | None:
    """The town a local post ("mayor", "governor"; ``roles.toml`` ``local_post_heads``) is
    in when the text names it but its mention stands for its state (a capital read as its
    country: "*Mogadishu* Mayor"); None otherwise (the place is read as any other)."""
    if head.lemma_.lower() not in _wordlist("roles", "local_post_heads") or "Country" not in entity.types:
        return None
    literal = ctx.linker.lookup(mention.span.text)
    if literal is not None and literal.kind == "place" and "Country" not in literal.types:
        return ctx.ensure(literal)
    return None


def _is_polity(entity: Entity) -> bool:
    """Whether a place can hold posts: a country or an administrative area, not a region."""
    return bool({"Country", "AdministrativeArea"} & set(entity.types))


def _title_word(token: "Token") -> bool:
    return token.lower_ in TITLE_HEADS or token.lower_ in TITLE_MODIFIERS


def _swallows_title(doc: "Doc", taken: set[int], head: "Token") -> bool:
    """Whether a name took words of the title ("United Nations Special" of "United Nations
    Special Envoy"): the head itself or a title word hung on it."""
    last = max(taken, default=-1)
    return head.i in taken or any(
        _title_word(doc[i]) and doc[i].head.i == head.i
        and not (i == last and i > min(taken) and doc[i].text[:1].isupper() and word_key(doc[i].text) in _unit_words())
        for i in taken
    )  # ("*Kaduna State* Governor": the last word of a state's name is not "state" of "state minister")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    return name_lexicon().unit_heads | {"state"}


def _leading_name(ctx: Context, taken: list[int], head: "Token") -> "tuple[set[int], KBEntity | None]":
    """The tokens and KB entity of the longest leading part of a mention, before the title
    words, that names an organisation or a country."""
    doc = ctx.doc
    words: list[int] = []
    for i in taken:
        if i >= head.i or _title_word(doc[i]):
            break
        words.append(i)
    for n in range(len(words), 0, -1):
        part = doc[words[0]:words[n - 1] + 1]
        found = ctx.linker.lookup(part.text)
        if found is not None and "Person" not in found.types:
            return set(words[:n]), found
    return set(), None


def _tokens_of(doc: "Doc", mention: Mention) -> set[int]:
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return {t.i for t in span} if span is not None else set()


def _complete(
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
    for other in by_person.get(role.person, []) if not _is_rank_label(role.label) else ():
        # "The representative of the United Kingdom, Ambassador Barbara Woodward": a post
        # named in the same words as another of the holder's is in the same body (a rank
        # is the person's, not a post in a body: "Mali's junta leader Colonel X")
        if other.span.start < role.span.end and role.span.start < other.span.end:
            return replace(role, org=other.org, confidence=0.7)
    label = role.label.lower()
    for org_name, titles in _lexicon("roles").get("organisation_posts", {}).items():
        # "Humanitarian Coordinator X", "the Under-Secretary-General for Political Affairs": the UN's
        if any(label == t or label.startswith(t + " for ") for t in (str(t).lower() for t in titles)):
            org = ctx.linker.lookup(org_name)
            if org is not None:
                return replace(role, org=ctx.ensure(org), confidence=0.6)
    if _is_state_post(role.label):
        country = ctx.linker.get(person_kb.country) if person_kb is not None and person_kb.country else None
        if country is not None:
            return replace(role, org=ctx.ensure(country), confidence=0.7)
        for other in by_person.get(role.person, []):
            # "President X ... X, Ukraine's leader": the country of another post of the holder
            org_entity = ctx.entities.get(other.org) if other.org else None
            if org_entity is not None and "Country" in org_entity.types:
                return replace(role, org=other.org, confidence=0.7)
        if ctx.main_country is not None:
            return replace(role, org=ctx.main_country, confidence=0.6)
        country_key = located(role)
        if country_key is not None:  # "KINSHASA, Congo — ... government spokesman X"
            return replace(role, org=country_key, confidence=0.5)
        return replace(role, confidence=0.5)
    speaking = speaking_organisation(ctx, role, by_person) if not _is_rank_label(role.label) else None
    if speaking is not None:  # (a rank is the person's, whoever speaks around it)
        return replace(role, org=speaking, confidence=0.6)
    return replace(role, confidence=0.5)


def _is_rank_label(label: str) -> bool:
    """Whether a post's label is military ranks only ("Colonel", "Lieutenant General")."""
    keys = [word_key(w) for w in label.replace("-", " ").split()]
    return bool(keys) and all(k in name_lexicon().ranks for k in keys)


def _is_state_post(label: str) -> bool:
    """Whether only a state has a post so named: "President", "Deputy Prime Minister", or a
    post in a body only a state has ("Army Chief", "Government Spokesman", "Police Chief").

    >>> _is_state_post("Deputy Prime Minister"), _is_state_post("Government Spokesman"), _is_state_post("Spokesman")
    (True, True, False)
    """
    words = label.lower().split()
    return bool(words) and (
        words[-1] in _wordlist("roles", "state_post_heads") or bool(set(words[:-1]) & _wordlist("roles", "state_body_words"))
    )


