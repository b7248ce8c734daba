"""Posts told by a description in a later sentence: "X said Russian troops had advanced.
*The general, who commands Ukraine's armed forces,* asked for more air defence"; "Y held
talks with Z. *The Turkish president* promised drones".

A definite title ("the general", "the Turkish president") that is the subject of its
sentence, names no one itself and follows a sentence that names people, stands for one of
them: the one the sentence before is about (its main clause's subject) or the knowledge
base gives the title, when exactly one such person the article has given no post is left
and no one named before holds the title already (in the body the description names, if it
names one). The description's words are then read as that person's post, and so is
what the description says of itself ("who commands X", an apposition).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doctext import tokens_tagged
from .lexicon import PAST_MARKERS
from .role_context import demonym_country
from .role_label import is_former
from .role_phrases import is_title_head, title_phrases
from .role_post import read_post

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..kb import KBEntity
    from .model import Entity, Role
    from .role_context import Context


def described_people(ctx: "Context", pending: "list[tuple[Role, KBEntity | None]]") -> "list[tuple[Role, KBEntity | None]]":
    """The posts that descriptions, as subjects of their sentence, give people named in the sentence before."""
    doc = ctx.doc
    taken = [(r.span.start, r.span.end) for r, _ in pending]
    out: list[tuple[Role, KBEntity | None]] = []
    for t in (doc[i] for i in tokens_tagged(doc, "NOUN", "PROPN")):
        if not _description(ctx, t) or any(a <= t.idx < b for a, b in taken):
            continue
        sent = t.sent
        if sent.start == 0 or any(
            (e := ctx.entity_at(doc[i])) is not None and e.kind == "person" for i in range(sent.start, t.i)
        ):
            continue
        before = doc[sent.start - 1].sent
        people: dict[str, Entity] = {}
        for i in range(before.start, before.end):
            e = ctx.entity_at(doc[i])
            if e is not None and e.kind == "person":
                people.setdefault(e.key, e)
        subjects = {
            e.key for i in range(before.start, before.end)
            if doc[i].dep_ in ("nsubj", "nsubjpass") and _main_clause(doc[i].head)
            for s in (doc[i], *doc[i].conjuncts)  # ("X and Y met": both)
            if (e := ctx.entity_at(s)) is not None and e.kind == "person"
        }
        # the one the sentence before is about ("X said ... The general said"), or one the
        # knowledge base gives the title ("talks with Y. The Turkish president promised")
        people = {k: p for k, p in people.items() if k in subjects or _kb_holds(ctx, p, _title_label(ctx, t, span_of(t)))}
        if not people:
            continue
        span = span_of(t)
        phrases = [(t, {c.i for c in span})] + [p for p in title_phrases(span) if p[0].i != t.i]
        person = _antecedent(ctx, t, span, people, pending)
        if person is None:
            continue
        for head, tokens in phrases:
            read = read_post(ctx, person, head, tokens, span)
            if read is not None:
                out.append(read)
    return out


def _main_clause(verb: "Token") -> bool:
    """Whether ``verb`` is its sentence's root or a verb joined to it ("X said ... and warned")."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def span_of(t: "Token"):  # -> spacy Span
    """The description ``t`` heads, up to ``t`` ("The Turkish president")."""
    return t.doc[t.left_edge.i:t.i + 1]


def _kb_holds(ctx: "Context", person: "Entity", label: str) -> bool:
    """Whether the knowledge base gives ``person`` a post of the title ``label``."""
    kb = ctx.linker.get(person.kb_key) if person.kb_key else None
    return kb is not None and any(post.label.lower().endswith(label.split()[-1]) for post in kb.posts)


def _description(ctx: "Context", t: "Token") -> bool:
    """Whether ``t`` heads "the [modifiers] TITLE" as a subject, naming no one itself."""
    if t.dep_ not in ("nsubj", "nsubjpass") or not is_title_head(t) or ctx.entity_at(t) is not None:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return False
    return not any(
        c.dep_ in ("appos", "compound", "poss") and (e := ctx.entity_at(c)) is not None and e.kind == "person"
        for c in t.subtree if c.i != t.i
    )


def _antecedent(
    ctx: "Context", t: "Token", span, people: "dict[str, Entity]", pending: "list[tuple[Role, KBEntity | None]]"
) -> "Entity | None":
    """The one person of ``people`` the description ``span`` (head ``t``) can stand for."""
    label = _title_label(ctx, t, span)
    country = _description_country(ctx, t)
    holders = [
        r for r, _ in pending
        if not is_former(r.label) and _same_title(r.label.lower(), label) and (country is None or r.org in (None, country))
    ]
    if any(r.span.start < t.idx for r in holders):
        # "President X ... The president said": the one named so before; "High Commissioner
        # for Human Rights X ... The High Commissioner said": the title's short form too
        return None
    # (one given a post already, or one held before, is told apart from the description:
    # "Former prime minister X left. The prime minister said" is not X; but a post held
    # before may describe one who holds another now: "Rebel commander X was killed. *The
    # former military police chief* had led a revolt")
    former = any(c.lower_.rstrip("-") in PAST_MARKERS for c in span if c.i < t.i)
    open_people = [
        p for key, p in people.items()
        if not any(r.person == key and (not former or _same_title(r.label.lower(), label) or is_former(r.label)) for r, _ in pending)
    ]
    return open_people[0] if len(open_people) == 1 else None


def _same_title(post: str, title: str) -> bool:
    """Whether the post's label ``post`` is the title ``title``, or its words before a
    qualifier are or end with it ("high commissioner for human rights" for "commissioner"
    or "high commissioner")."""
    core = post.split(" for ")[0].split(" of ")[0]
    return title in (post, core) or core.endswith(" " + title)


def _description_country(ctx: "Context", t: "Token") -> str | None:
    """The country the description's own words name ("the *Turkish* president", "*Chad's*
    leader"), if they name one."""
    for c in t.children:
        if c.i > t.i:
            continue
        if c.dep_ in ("amod", "compound", "nmod") and (key := demonym_country(ctx, c)) is not None:
            return key
        if c.dep_ == "poss" and (e := ctx.entity_at(c)) is not None and "Country" in e.types:
            return e.key
    return None


def _title_label(ctx: "Context", t: "Token", span) -> str:
    """The description's title, as a post label (lower case): its head and the words the parser
    joined to it ("army chief")."""
    words = [c.text for c in span if c.i <= t.i and c.dep_ == "compound" and c.is_lower] + [t.text]
    return " ".join(words).lower()
