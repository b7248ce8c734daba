"""Last step, the article's setting: an event whose sentence names no place, in an article
that stays inside one country, happened in that country as far as a reader can tell. This
is an inference, not what the sentence says, so it is kept apart from the event's place
(``inferred_place``; ``kgo:inferredPlace`` in the graph, never ``sem:hasPlace``).

By reading, on the dev articles that stay inside one country (Bangladesh, Sudan/North
Darfur, Somalia/Hiran, Ethiopia/Tigray), 33 of 34 such events happened in that country;
the one miss: "3.3 million who have fled to neighbouring countries". What is said (a
statement, an appeal) is not located by the setting: it is said wherever the speaker is.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import TimeValue
from ..wordlists import words
from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["infer_setting", "date_the_present"]


def article_country(ctx: ArticleContext) -> str | None:
    """The one country the article stays inside (the strict rule of
    :func:`kg.extract.article_country.article_country`), or ``None``."""
    from ..article_country import article_country as one_country

    return one_country(ctx.doc, ctx.entities, ctx.mentions, title=ctx.article.title or "", strict=True,
                       no_places=ctx.counted | ctx.studied)


def infer_setting(ctx: ArticleContext) -> None:
    """Give ``inferred_place`` to the events with no place of their own, other than speech
    acts and what is only imagined, in an article set in one country; and the day of
    publication to what the article tells as going on as it writes (:func:`date_the_present`)."""
    date_the_present(ctx)
    country = None
    for d in ctx.drafts:
        if d.place is not None or ctx.lex.is_communication(d.cls) or d.modality == "hypothetical":
            continue
        if country is None:
            country = article_country(ctx) or ""
        if country:
            d.inferred_place = country


def date_the_present(ctx: ArticleContext) -> None:
    """An event the article itself tells in the present progressive ("thousands of people
    are fleeing Goma", "the RSF is shelling the last army positions") or as going on ("fighting
    continues in El Fasher") and dates no other way is going on the day it was published.
    Not what someone is reported to say or quoted saying (it is dated by the saying), not a stretch of time
    ("have attacked villages for years"), not a habit told in the simple present."""
    pub = ctx.article.published
    if pub is None:
        return
    ongoing = words("events", "ongoing_verbs")
    for d in ctx.drafts:
        if d.time is not None or d.period or d.modality != "asserted" or ctx.lex.is_communication(d.cls):
            continue
        if any(a <= d.head.idx < b for a, b in ctx.quotes):
            continue  # a quotation is dated by its saying
        n = d.noun or d.head  # "Fighting" may be read as the gerund it is
        going_on = (n.dep_ == "nsubj" and n.head.lemma_.lower() in ongoing
                    and n.head.tag_ in ("VBZ", "VBP") and ctx.owner.get(n.head.i) in (None, d))
        if going_on or _progressive(d.trigger.verb or d.support):
            d.time = TimeValue(pub.isoformat(), "day")


def _progressive(verb: "Token | None") -> bool:
    """Whether ``verb`` is in the present progressive ("are fleeing", "is shelling")."""
    return (verb is not None and verb.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in verb.children))
