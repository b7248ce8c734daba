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

from ..dateline import in_dateline
from ..model import TimeValue
from ..wordlists import lexicon, words
from .context import ArticleContext

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["infer_setting", "date_the_present"]


def article_country(ctx: ArticleContext) -> str | None:
    """The one country the article stays inside: the only country its text names by name,
    demonym or capital ("Sudanese", "Kyiv"), the one the article has an entity for, and no
    place the knowledge base puts in another country; else None. A dateline ("GENEVA –")
    is where the story was filed, not where it happened. Why this is not the roles' article
    country (:func:`kg.extract.role_context.only_country` and its kin): see :mod:`kg.extract.role_context`."""
    from ...kb.geo import country_by_name
    from ...kb.mentions import country_mentions

    codes: set[str] = set()
    for start, _end, _kind, found in country_mentions(ctx.text):
        span = ctx.doc.char_span(start, _end, alignment_mode="expand")
        if span is not None and len(span) and in_dateline(span[0]):
            continue
        codes.update(found)
    if len(codes) != 1:
        return None
    (code,) = codes
    country = next((k for k, e in ctx.entities.items() if ctx.kind(k) == "state"
                    and (m := country_by_name(e.label)) is not None and m.country_code == code), None)
    if country is None:
        return None
    home = _kb_key(ctx, country)
    others = {m.entity for i, m in ctx.mention_at.items() if ctx.kind(m.entity) == "place" and not in_dateline(ctx.doc[i])}
    if any((c := _kb_country(ctx, p)) is not None and c != home for p in others):
        return None  # a place the knowledge base puts in another country
    return country


def _kb_key(ctx: ArticleContext, key: str) -> str | None:
    e = ctx.entities.get(key)
    return e.kb_key if e is not None and e.kb_key else None


def _kb_country(ctx: ArticleContext, key: str) -> str | None:
    """The knowledge base's country of a place (None when it does not know the place)."""
    kb_key = _kb_key(ctx, key)
    record = ctx.kb.get(kb_key) if kb_key is not None and ctx.kb is not None else None
    return record.country if record is not None and record.country else None


def infer_setting(ctx: ArticleContext) -> None:
    """Give ``inferred_place`` to the events with no place of their own, other than speech
    acts and what is only imagined, in an article set in one country; and the day of
    publication to what the article tells as going on as it writes (:func:`date_the_present`).

    An event of a class a state holds within itself as a whole (``national_classes`` that are
    no ``scene_classes``: an election, a decree, a state of emergency, a coup, an ouster;
    :mod:`.national`) takes that country as its place, not as an inference: such an event is
    held in the state whose institutions hold it, and in an article that names one country
    those institutions are its own, as a reader takes them ("the upper house elections", "the
    Senate voted", "the authorities introduced a state of emergency"; :mod:`.home_bodies` reads
    "the army" so), when some event of the article is told in that country (at it or at a place
    inside it): the one country a text names may be no setting at all ("raised concerns from
    the United States"). An arrest, also a state's, happens at some site
    inside it, which the country only approximates: inferred."""
    date_the_present(ctx)
    country = None
    words_ = lexicon("arguments")
    national = [str(c) for c in words_["national_classes"]]
    scene = [str(c) for c in words_["scene_classes"]]
    told_there: bool | None = None
    for d in ctx.drafts:
        if d.place is not None or ctx.lex.is_communication(d.cls) or d.modality == "hypothetical":
            continue
        if country is None:
            country = article_country(ctx) or ""
            home = _kb_key(ctx, country) if country else None
            # (a place the knowledge base does not know is in no other country: article_country
            # has seen to that)
            told_there = bool(country) and any(o.place is not None and (o.place == country or (
                home is not None and _kb_country(ctx, o.place) in (home, None))) for o in ctx.drafts)
        if country and told_there and ctx.lex.is_any(d.cls, national) and not ctx.lex.is_any(d.cls, scene):
            d.place = country
        elif country:
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
