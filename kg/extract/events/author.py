"""Who says "I" or "we" when no statement of the sentence covers it: the speaker told just
before, or the author of an article that is itself a statement (a press release), from its
sidecar (title, publisher) and the knowledge base."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...kb.normalize import normalize_surface

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...kb import KnowledgeBase
    from .context import ArticleContext

__all__ = ["first_person", "article_author"]


def first_person(ctx: "ArticleContext", token: "Token") -> list[str]:
    """"I" or "we" that no statement of the sentence covers: the speaker of the latest
    statement told in the three sentences before, in the same paragraph ("Ms. DiCarlo said
    that we welcome the talks. *We* strongly encourage such efforts") or in a quote going on
    in the next paragraph without a new "said"; else, outside quotes, the author of the
    article (:func:`article_author`)."""
    k = ctx.sent_of[token.i]
    floor = ctx.sents[max(k - 3, 0)].start
    quoted = any(a <= token.idx < b for a, b in ctx.quotes)
    said = [d for d in ctx.drafts if d.frame is not None and floor <= d.head.i < token.i and d.roles.get("speaker")
            and ctx.lex.is_communication(d.cls) and (quoted or "\n" not in ctx.text[d.head.idx:token.idx])]
    # one who can say "I" or "we" (not "media reported")
    said = [d for d in said if any(ctx.kind(k) in ("person", "organization", "state") for k in d.roles["speaker"])]
    if said:
        return list(said[-1].roles["speaker"])
    if quoted:
        return []  # someone quoted whom the text does not name
    return article_author(ctx)


def article_author(ctx: "ArticleContext") -> list[str]:
    """Who speaks in an article that is itself a statement: the persons of the article its
    title names ("Statement by the Resident Coordinator, X"), else the persons,
    organisations and states its publisher names, else the publisher's organisation in the
    knowledge base ("Office of the UN High Commissioner for Human Rights"). A title names
    its speaker among what the statement is about ("X condemns attacks in Y"): only a
    person there. ``[]`` when the sidecar names none."""

    def named_in(header: str | None, kinds: tuple[str, ...]) -> list[str]:
        if not header:
            return []
        text = f" {normalize_surface(header)} "
        found: dict[str, list[str]] = {}
        for key, e in ctx.entities.items():
            kind = ctx.kind(key)
            if kind in kinds and any(len(n) > 3 and f" {normalize_surface(n)} " in text for n in {e.label, *e.aliases}):
                found.setdefault(kind, []).append(key)
        return next((found[k] for k in kinds if found.get(k)), [])

    article = ctx.article
    found = named_in(article.title, ("person",)) or named_in(article.publisher, ("person", "organization", "state"))
    if found:
        return found
    if ctx.kb is not None and article.publisher:
        for name in _publisher_names(ctx.kb, article.publisher.split("(")[0].strip()):
            record = next((r for r in ctx.kb.lookup(name) if r.kind != "place"), None)
            key = ctx.entity_for_kb(record.key) if record is not None else None
            if key is not None:
                return ctx.as_actor(key)
    return []


def _publisher_names(kb: "KnowledgeBase", name: str) -> list[str]:
    """Names to look a publisher up by in the knowledge base: as written; with a short name
    in it spelled out ("Office of the UN High Commissioner ..." as "Office of the United
    Nations High Commissioner ..."); without a leading qualifier ("U.S. Department of
    State" as "Department of State")."""
    parts = name.split()
    out = [name, " ".join(next((r.label for r in kb.lookup(w) if r.kind != "place" and w.isupper()), w) for w in parts)]
    out += [" ".join(parts[k:]) for k in range(1, len(parts) - 1)]
    return [n for n in dict.fromkeys(out) if n]
