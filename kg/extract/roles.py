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
"former" or "ex-" is a post held before, labelled so ("Former Defence Minister"): never the
title held now, in the body its own words name or the state of a state post, and left out
of what the article's events read (:func:`current_roles`).

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

The steps, one module each: the phrases that tie a title to a name
(:mod:`kg.extract.role_phrases`), reading one phrase's post, label and organisation
(:mod:`kg.extract.role_post`), completing a post named without an organisation
(:mod:`kg.extract.role_complete`); this module runs them over the article and adds what
only the whole article shows (counterparts, titles described without a name, bare titles
the KB gives one person). The names of post holders are made whole before entities are
read (:mod:`kg.extract.role_names`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..kb.model import fold_title
from .doctext import doc_text, tokens_tagged, tokens_written
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, PAST_MARKERS, SMALL_WORDS
from .model import Entity, Mention, Role, Span
from .role_anaphora import described_people
from .role_complete import complete, is_rank_label
from .role_context import Context, demonym_country, mention_index, only_country, polity_descriptions
from .role_focus import located_country, sole_country
from .role_label import is_former, post_label
from .role_phrases import HYPHENS as _HYPHENS
from .role_phrases import full_name as _full_name
from .role_phrases import is_title_head as _is_title_head
from .role_phrases import led_phrase as _led_phrase
from .role_phrases import title_phrases as _title_phrases
from .role_post import read_post
from .role_title_words import title_word
from .wordlists import words as _wordlist
from .wordlists import lexicon as _lexicon

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Token

    from ..kb import KBEntity

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
    lead: list[str | None] = []  # the country the article is clearly set in, likewise

    def lead_country() -> str | None:
        if not lead:
            lead.append(located_country(ctx, mentions))
        return lead[0]
    ctx.lead = lead_country

    def where(role: Role) -> str | None:
        # two people holding a post of one title without a country are not both its holders
        # there ("President X met President Y in Kyiv"): neither is placed by the article
        if len(untitled_holders.get(role.label.lower(), ())) > 1:
            return None
        if not located:
            located.append(located_country(ctx, mentions) or sole_country(ctx, mentions))
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
            read = read_post(ctx, person, title, tokens, name)
            if read is not None:
                pending.append(read)
    for person, pronoun in _pronoun_subjects(ctx):
        # "Hanna Tetteh arrived in Tripoli. *She is* the UN special envoy for Libya."
        for title, tokens in _title_phrases(pronoun):
            read = read_post(ctx, person, title, tokens, pronoun)
            if read is not None:
                pending.append(read)
    pending += _counterparts(ctx, mentions, pending)
    pending += described_people(ctx, pending)  # "X said ... *The general, who commands Y,* asked"
    untitled_holders: dict[str, set[str]] = {}  # post label (lower case) -> people given it without an organisation
    for role, _ in pending:
        if role.org is None:
            untitled_holders.setdefault(role.label.lower(), set()).add(role.person)
    by_person: dict[str, list[Role]] = {}
    for role, _ in pending:
        if role.org and not is_former(role.label):  # (a post held before lends its body to no other)
            by_person.setdefault(role.person, []).append(role)
    described = _described_titles(ctx, [r for r, _ in pending])
    # a post under a superior last ("Machar's spokesman": the body of Machar's post, completed first)
    for read, person_kb in sorted(pending, key=lambda p: p[0].reports_to is not None):
        if read.org is None and len(untitled_holders[read.label.lower()]) == 1 and read.label.lower() in described:
            # "President X ... the Ukrainian president also said": the one holder of the title
            read = replace(read, org=described[read.label.lower()], confidence=0.6)
        role = complete(ctx, read, person_kb, by_person, located=where)
        if read.org is None and role.org is not None and not is_former(role.label):
            by_person.setdefault(role.person, []).append(role)
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


def held_posts(roles: list[Role]) -> list[Role]:
    """The posts an article says people hold, without a bare military rank: "Colonel X",
    "Brig. Gen. X", "Field Marshal X" tell a rank that is the person's, no post in a body
    (what he commands is one when the text says: "X, the RSF's commander"). The rank is
    still read, for what a title without a name stands for ("the general said")."""
    return [r for r in roles if r.org is not None or not is_rank_label(r.label)]


def current_roles(roles: list[Role]) -> list[Role]:
    """The posts held now, without the ones held before ("Former Minister"): what a title
    without a name ("the minister said") or "we" of a speaker may stand for."""
    return [r for r in roles if not is_former(r.label)]


def _pronoun_subjects(ctx: Context) -> "list[tuple[Entity, Span]]":  # Span: spacy's
    """(the person, the pronoun's span) for "he"/"she" as a subject, where the person is the
    one the text names before it in its sentence, else the one the sentence before names
    (``roles.toml`` ``person_pronouns``); none where two people are named there."""
    doc = ctx.doc
    out = []
    for t in (doc[i] for i in tokens_written(doc, _wordlist("roles", "person_pronouns"), lower=True)):
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        sent = t.sent
        windows = [range(sent.start, t.i)] + ([range(doc[sent.start - 1].sent.start, sent.start)] if sent.start > 0 else [])
        for window in windows:
            people = {e.key: e for i in window if (e := ctx.entity_at(doc[i])) is not None and e.kind == "person"}
            if people:
                if len(people) == 1:
                    out.append((next(iter(people.values())), doc[t.i:t.i + 1]))
                break
    return out


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
        holding = _wordlist("roles", "holding_words")  # (how X holds the post is not Y's: "acting")
        label = " ".join(w for w in post.label.split() if w.lower() not in holding) or post.label
        out.append((Role(person=person.key, label=label, org=country, span=evidence, confidence=0.7), None))
    return out


def _described_titles(ctx: Context, read: list[Role]) -> dict[str, str]:
    """Titles the article names with a country but no name ("*the Ukrainian president*
    said", "*Sudan's army chief* flew to Cairo"): post label (lower case) → the country,
    for labels given one country only. Words a post was read from are not counted."""
    doc = ctx.doc
    found: dict[str, set[str]] = {}
    for t in (doc[i] for i in tokens_tagged(doc, "NOUN", "PROPN")):  # (no Token made of the other words)
        if not _is_title_head(t) or ctx.entity_at(t) is not None:
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
            elif c.dep_ in ("amod", "compound", "nmod") and c.is_lower and c.lower_ not in PAST_MARKERS | _wordlist("roles", "past_title_words") and (
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
            holders.setdefault(fold_title(post.label), []).append((person.key, org, post.label))
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
        if t.dep_ in ("compound", "nmod", "poss", "pobj", "prep") and t.head != t:
            t = t.head
        else:
            return None
    return None


def title_holder(token: "Token", roles: list[Role]) -> str | None:
    """The person a title without a name stands for, by the posts the article gives people:
    "said *the UN High Commissioner for Human Rights*" is the one person given a post of that
    title ("High Commissioner for Human Rights"). The title must be definite ("the", or an
    organisation's name before it), its words those of the post's title (the label up to
    "for"/"of"; ``roles.toml`` ``title_synonyms`` count as one: "the WHO chief" for the
    "Head" of the WHO), and only one person may hold such a post; else None.

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
        w for c in left if c.dep_ in ("compound", "amod", "nmod") and (title_word(c) or c.text in _HYPHENS) and c.ent_type_ == ""
        for w in [c.lower_]
    } | {token.lower_}
    # the hyphenated title's other parts ("Under-Secretary-General"): the same word in the label
    start = token.i
    while start >= 2 and doc[start - 1].text in _HYPHENS and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2
    head_word = doc[start:token.i + 1].text.lower()
    words = (words - {t.lower_ for t in doc[start:token.i + 1]}) - {w for w in words if w in _HYPHENS}
    same = _lexicon("roles").get("title_synonyms", {})
    fold = lambda ws: {same.get(w, w) for w in ws}  # noqa: E731  ("the WHO *chief*" for its Head)
    # a common noun before the title says what the post is of ("the *junta* leader", "the
    # *opposition* leader"): the post's own words must say it too
    kinds = [c.lower_ for c in left if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.is_lower and not title_word(c)]
    people = set()
    for role in roles:
        label = role.label.lower().split()
        cut = next((i for i, w in enumerate(label) if w in SMALL_WORDS), len(label))
        said = f"{role.label} {role.span.text}".lower().replace("-", " ").split()
        if fold(label[:cut]) == fold(words | {head_word}) and all(k in said for k in kinds):
            # ("Assistant Secretary-General" is not "the Secretary-General")
            people.add(role.person)
    return people.pop() if len(people) == 1 else None


