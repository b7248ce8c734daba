"""Roles: the posts people hold, read from the dependency parse of the article.

A post is read where the text ties a title to a person's name:

* a **title compound** before the name: "Armenian Prime Minister Nikol Pashinyan",
  "U.S. Secretary of State Antony Blinken";
* an **apposition**, either way round: "Hikmet Hajiyev, foreign policy adviser to
  Azerbaijani President Ilham Aliyev"; "the EU’s top diplomat, Josep Borrell";
* a **predicate**: "Pashinyan, who is Armenia's prime minister" / "Pashinyan is ...".

Inside the title phrase, the **organisation** the post is in is a linked name ("U.S.",
"the EU’s"), a demonym ("Armenian" → Armenia), a possessive or "of" description resolved
in the article ("the unrecognized government’s" → the unrecognised state the article
called Stepanakert the capital of), or "the country’s" (the country last named). "adviser
to X" makes X the post's superior (``reports_to``) and, failing anything else, X's
organisation the post's. When the text names no organisation, the knowledge base may
supply the one of a post the person holds with the same title ("Prime Minister Nikol
Pashinyan" → Armenia): the KB supports a role, but only the text makes one. A title with
"former" or "ex-" is not a post held.

The organisation may also stand apart from the title: "*Ukraine's* President Volodymyr
Zelenskiy" (a possessive the parser hangs on the name), "Prime Minister Donald Tusk *of
Poland*". A post only a state has ("President", "Prime Minister") named without a country
is in the country the KB gives the person, else in the one country the article names
(when it names exactly one); otherwise the post is kept without an organisation rather
than guessed (mapped without ``org:postIn``, as a post of its holder). The word lists are
``ontology/lexicon/roles.toml``.

Post labels are the title's words without the organisation, in title case ("Foreign
Minister", "Secretary of State"), so that one post gets one label across articles.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .doctext import doc_text
from .lexicon import AUTHORITY_NOUNS, FORCE_NOUNS, PAST_MARKERS, POLITY_NOUNS, SMALL_WORDS, TITLE_HEADS, TITLE_MODIFIERS
from .model import Entity, Mention, Role, Span
from .wordlists import lexicon as _lexicon
from .wordlists import words as _wordlist

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..kb import KBEntity
    from .linking import Linker

__all__ = ["extract_roles", "post_label"]

#: Words that say nothing about which state a description means.
_BLAND = frozenset({"the", "a", "an", "local", "new", "only", "same", "whole", "entire", "other", "major", "small", "large", "so", "-", "called"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def post_label(words: list[str]) -> str:
    """Title-case a post's words: ``["foreign", "policy", "adviser"]`` → ``"Foreign Policy Adviser"``.

    >>> post_label(["Secretary", "of", "State"]), post_label(["top", "diplomat"])
    ('Secretary of State', 'Top Diplomat')
    """
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in SMALL_WORDS:
            out.append(lower)
        elif word.isupper() and len(word) > 1:
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


@dataclass
class _Context:
    """What post reading needs to know about the article."""

    doc: "Doc"
    linker: "Linker"
    entities: dict[str, Entity]
    mention_at: dict[int, Mention]  # token index -> mention covering it
    polities: list[tuple[int, frozenset[str], str]]  # (token index, modifiers, entity key)
    main_country: str | None = None  # the one country the article names, if it names one
    countries: dict[str, str] | None = None  # key -> label of the countries the article names

    def entity_at(self, token: "Token") -> Entity | None:
        m = self.mention_at.get(token.i)
        return self.entities.get(m.entity) if m else None

    def ensure(self, kb_entity: "KBEntity") -> str:
        """The key of ``kb_entity``'s canonical entity, added to the article's entities."""
        entity = self.linker.entity_for_kb(kb_entity)
        return self.entities.setdefault(entity.key, entity).key


def extract_roles(doc: "Doc", entities: dict[str, Entity], mentions: list[Mention]) -> list[Role]:
    """Posts held by the people mentioned in ``doc``, read from the text.

    An organisation a post is in but the article does not name as such ("Armenian Prime
    Minister" names Armenia only through its demonym) is added to ``entities``.
    """
    from .linking import linker_for

    ctx = _Context(doc, linker_for(doc), entities, _mention_index(doc, mentions), [])
    ctx.polities = _polity_descriptions(ctx, mentions)
    ctx.countries = {
        e.key: e.label for m in mentions if (e := entities.get(m.entity)) is not None and "Country" in e.types
    }
    ctx.main_country = _only_country(ctx, mentions)
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
        for title, tokens in _title_phrases(name):
            read = _read_post(ctx, person, title, tokens, name)
            if read is not None:
                pending.append(read)
    by_person: dict[str, list[Role]] = {}
    for role, _ in pending:
        if role.org:
            by_person.setdefault(role.person, []).append(role)
    for read, person_kb in pending:
        role = _complete(ctx, read, person_kb, by_person)
        key = (role.person, role.label.lower(), role.org)
        if key not in seen:
            seen.add(key)
            roles.append(role)
    return roles


def _mention_index(doc: "Doc", mentions: list[Mention]) -> dict[int, Mention]:
    index: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                index.setdefault(token.i, m)
    return index


def _title_phrases(name) -> list[tuple["Token", set[int]]]:  # name: spacy Span
    """(title head, token indices of the title phrase) tied to the person ``name``."""
    root = name.root
    inside = {t.i for t in name}
    out: list[tuple[Token, set[int]]] = []

    def phrase(head: "Token", exclude: set[int]) -> set[int]:
        return {t.i for t in head.subtree if t.i not in exclude}

    for child in root.children:
        if child.i in inside:
            continue
        if child.dep_ in ("compound", "nmod", "amod") and child.i < name.start and _is_title(child):
            # the title's own modifiers the parser hung on the name ("*Ukraine's* President X")
            # and an organisation after it ("Prime Minister X *of Poland*")
            extra = {t.i for c in root.children if c.i < child.i and c.i not in inside and c.dep_ in ("poss", "amod", "compound", "nmod") for t in c.subtree}
            extra |= {
                t.i for c in root.children
                if c.i > name.end - 1 and c.dep_ == "prep" and c.lower_ in _wordlist("roles", "organisation_preps")
                for t in c.subtree
            }
            out.append((child, phrase(child, inside) | extra))
        elif child.dep_ == "appos" and _is_title(child):
            tokens = phrase(child, inside)
            # "Director, Operations Division, UN Office for ...": the units named in the
            # appositions after the title are where the post is
            for other in root.children:
                if other.dep_ == "appos" and other.i > child.i and not _is_title(other):
                    if any(t.i != other.i and t.dep_ == "appos" and _is_title(t) for t in other.subtree):
                        break
                    tokens |= phrase(other, inside)
                elif other.dep_ == "appos" and other.i > child.i:
                    break
            out.append((child, tokens))
        elif child.dep_ == "relcl":  # "Pashinyan, who is Armenia's prime minister"
            for attr in child.children:
                if attr.dep_ == "attr" and _is_title(attr):
                    out.append((attr, phrase(attr, inside)))
    if root.dep_ == "appos" and _is_title(root.head):
        own = {t.i for t in root.subtree}
        out.append((root.head, phrase(root.head, own)))
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for attr in root.head.children:
            if attr.dep_ == "attr" and _is_title(attr):
                out.append((attr, phrase(attr, inside)))
    return [part for head, tokens in out for part in _split_conjoined(head, tokens)]


def _split_conjoined(head: "Token", tokens: set[int]) -> list[tuple["Token", set[int]]]:
    """Posts conjoined in one title phrase, each with its own words: "Special Representative
    for Afghanistan and Head of the Mission" holds two posts (the parser may hang the second
    title on any word of the first)."""
    doc = head.doc
    for i in sorted(tokens):
        t = doc[i]
        if t.i > head.i and t.dep_ == "conj" and _is_title(t) and t.text[:1].isupper() and t.head.i in tokens:
            second = {x.i for x in t.subtree} & tokens
            first = tokens - second - {c.i for c in t.head.children if c.dep_ == "cc" and c.i < t.i}
            return _split_conjoined(head, first) + _split_conjoined(t, second)
    return [(head, tokens)]


def _is_title(token: "Token") -> bool:
    return token.lower_ in TITLE_HEADS or token.lemma_.lower() in TITLE_HEADS


def _read_post(ctx: _Context, person: Entity, head: "Token", tokens: set[int], name) -> "tuple[Role, KBEntity | None] | None":
    """The post a title phrase names, with its organisation and superior when the text says."""
    doc = ctx.doc
    excluded: set[int] = set()
    reports_to: str | None = None
    org: str | None = None
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
        if other is not None and other.kind == "person" and other.key != person.key and i not in excluded:
            top = doc[i]
            while top.head.i in tokens and top.head.i != head.i and ctx.entity_at(top.head) is other:
                top = top.head
            excluded |= {t.i for t in top.subtree}
            excluded |= {c.i for c in top.head.children if c.dep_ in ("cc", "punct") and c.i < top.i}
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
    org = linked
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
            if last is not None and len(taken) > 1 and doc[last].lower_ in FORCE_NOUNS | AUTHORITY_NOUNS:
                # "Sudan's army chief": the country names the body, its noun stays in the post
                taken.discard(last)
            excluded |= taken
            org = org or entity.key
            continue
        if t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "PROPN"):
            country_key = _demonym_country(ctx, t)
            if country_key is not None:
                excluded.add(t.i)
                org = org or country_key
                continue
        if t.dep_ == "poss" and t.head.i == head.i or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == head.i):
            sub = {x.i for x in t.subtree}
            resolved = _resolve_description(ctx, t)
            if resolved is not None:
                excluded |= sub
                if t.dep_ == "pobj":
                    excluded.add(t.head.i)
                org = org or resolved
                confidence = 0.8

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
    label_words = [
        doc[i].text
        for i in sorted(tokens - excluded)
        if i <= head.right_edge.i  # what follows the title's own phrase only places it
        and not (doc[i].is_punct or doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in _POSSESSIVE or doc[i].dep_ == "case")
    ]
    # a dangling "of" left by an organisation taken out ("Minister of Defence of Armenia")
    while label_words and label_words[-1].lower() in SMALL_WORDS:
        label_words.pop()
    if not label_words or head.text not in label_words:
        return None
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


def _title_word(token: "Token") -> bool:
    return token.lower_ in TITLE_HEADS or token.lower_ in TITLE_MODIFIERS


def _swallows_title(doc: "Doc", taken: set[int], head: "Token") -> bool:
    """Whether a name took words of the title ("United Nations Special" of "United Nations
    Special Envoy"): the head itself or a title word hung on it."""
    return head.i in taken or any(_title_word(doc[i]) and doc[i].head.i == head.i for i in taken)


def _leading_name(ctx: _Context, taken: list[int], head: "Token") -> "tuple[set[int], KBEntity | None]":
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


def _complete(ctx: _Context, role: Role, person_kb: "KBEntity | None", by_person: dict[str, list[Role]]) -> Role:
    """Fill a role's missing organisation from its superior, then from the KB's posts, then
    (for a post only a state has) from the person's country in the KB or the one country
    the article names; else leave it without one."""
    from dataclasses import replace

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
        wanted = set(role.label.lower().split()) - SMALL_WORDS
        for post in person_kb.posts:
            if post.until or not post.org:
                continue
            words = set(post.label.lower().replace("-", " ").split()) - SMALL_WORDS
            if wanted and wanted <= words:
                org = ctx.linker.get(post.org)
                if org is not None:
                    return replace(role, org=ctx.ensure(org), confidence=0.7)
    label = role.label.lower()
    for org_name, titles in _lexicon("roles").get("organisation_posts", {}).items():
        if label in {str(t).lower() for t in titles}:  # "Humanitarian Coordinator X": the UN's
            org = ctx.linker.lookup(org_name)
            if org is not None:
                return replace(role, org=ctx.ensure(org), confidence=0.6)
    if _is_state_post(role.label):
        country = ctx.linker.get(person_kb.country) if person_kb is not None and person_kb.country else None
        if country is not None:
            return replace(role, org=ctx.ensure(country), confidence=0.7)
        if ctx.main_country is not None:
            return replace(role, org=ctx.main_country, confidence=0.6)
    return replace(role, confidence=0.5)


def _is_state_post(label: str) -> bool:
    """Whether only a state has a post so named ("President", "Deputy Prime Minister")."""
    words = label.lower().split()
    return bool(words) and words[-1] in _wordlist("roles", "state_post_heads")


def _demonym_country(ctx: _Context, token: "Token") -> str | None:
    """The country a demonym names: the KB's, else a country the article names whose name
    the demonym is formed on ("Sudanese" with "Sudan", "Somali" with "Somalia")."""
    country = ctx.linker.by_demonym(token.text)
    if country is not None:
        return ctx.ensure(country)
    if token.ent_type_ != "NORP":
        return None
    for key, label in (ctx.countries or {}).items():
        if _formed_on(token.text, label):
            return key
    return None


def _formed_on(demonym: str, country: str) -> bool:
    """Whether ``demonym`` is formed on the name ``country`` ("Ukrainian" on "Ukraine").

    >>> [_formed_on(d, c) for d, c in [("Sudanese", "Sudan"), ("Afghan", "Afghanistan"), ("Burkinabe", "Burkina Faso"), ("Malian", "Malawi")]]
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


def _only_country(ctx: _Context, mentions: list[Mention]) -> str | None:
    """The article's country, when that is clear: the only country it names (by name or
    demonym), named at least twice and at least once as where things happen ("in Sudan",
    "across Myanmar", or in the dateline)."""
    from .speech import in_dateline

    named: dict[str, int] = {}
    located: set[str] = set()
    for m in mentions:
        entity = ctx.entities.get(m.entity)
        if entity is None or "Country" not in entity.types:
            continue
        named[entity.key] = named.get(entity.key, 0) + 1
        span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None:
            continue
        before = ctx.doc[span.start - 1] if span.start > 0 else None
        if in_dateline(span[0]) or (before is not None and before.lower_ in _wordlist("roles", "locative_preps")):
            located.add(entity.key)
    for t in ctx.doc:
        if t.ent_type_ != "NORP":
            continue
        kb_country = ctx.linker.by_demonym(t.text)  # counted, not added to the article
        key = ctx.linker.entity_for_kb(kb_country).key if kb_country is not None else _demonym_country(ctx, t)
        if key is not None:
            named[key] = named.get(key, 0) + 1
    if len(named) != 1:
        return None
    ((key, count),) = named.items()
    # located only by a mention, so the country is one of the article's entities already
    return key if count >= 2 and key in located else None


# ---------------------------------------------------------------------- descriptions


def _modifiers(head: "Token") -> frozenset[str]:
    """The words that single out what a description means: "the *unrecognized* state"."""
    out = set()
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod") and not child.ent_type_:
            for t in child.subtree:
                word = t.lemma_.lower()
                if word not in _BLAND and not t.is_punct and not t.ent_type_:
                    out.add(word)
    return frozenset(out)


def _polity_descriptions(ctx: _Context, mentions: list[Mention]) -> list[tuple[int, frozenset[str], str]]:
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
        kb_entity = ctx.linker.lookup(m.span.text) or ctx.linker.get(entity.kb_key)
        for appos in (c for c in root.children if c.dep_ == "appos"):
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


def _resolve_description(ctx: _Context, noun: "Token") -> str | None:
    """The entity a description such as "the unrecognized government" refers to, if any."""
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
            entity = ctx.entity_at(ctx.doc[i])
            if entity is not None and "Country" in entity.types:
                return entity.key
    return None
