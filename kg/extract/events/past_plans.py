"""Step 4b, after times are read: a date before the article was published is never a plan,
and one after it no fact ("elections are scheduled for December"): the modality an event's date
settles (:func:`settle_past_plans`, run after :func:`.modality.assign_modalities`)."""
from __future__ import annotations

from .context import ArticleContext
from .draft import Draft
from .time_attach import superseded_plan_clause

__all__ = ["settle_past_plans"]


def settle_past_plans(ctx: ArticleContext) -> None:
    """A date before the article was published is never a plan: "Hamas's October 7, 2023
    attack" under "vowed to avenge" happened. What the text dated in the past is asserted,
    or reported when a statement carries it. And the other way round, an event dated after
    publication has not happened, whatever the lack of a cue word says: "elections are
    scheduled for December", "the vote set for 12 October" are planned (but not what a
    past tense tells as done, where the date is the reader's error, not the text's)."""
    pub = ctx.article.published
    if pub is None:
        return
    iso = pub.isoformat()
    for d in ctx.drafts:
        if d.time is not None and d.time.span is not None and d.modality in ("asserted", "reported") and (
                clause := superseded_plan_clause(d)) is not None:
            words_of = [t for t in clause.subtree]
            lo, hi = words_of[0].idx, words_of[-1].idx + len(words_of[-1])
            if all(lo <= e.start < hi for e in d.times) and lo <= d.time.span.start < hi:
                d.modality = "planned"  # "the election, originally scheduled for January 22, has been delayed": not held then
                continue
        if d.time is not None and d.modality in ("asserted", "reported") and d.time.value > iso[:len(d.time.value)] and not _told_as_past(d):
            d.modality = "planned"
            continue
        if d.time is None or d.modality not in ("planned", "hypothetical"):
            continue
        if d.modality == "hypothetical" and not _own_date(d):
            continue  # "could turn into war by May": only the event's own date tells it happened
        if d.modality == "planned" and id(d) in ctx.plans_told_before:
            continue  # "talks were scheduled for 18 June but were cancelled": a plan of before
        if d.time.value < iso[:len(d.time.value)]:
            d.modality = "reported" if d.attributed_to is not None else "asserted"


def _told_as_past(d: Draft) -> bool:
    """Whether the verb that tells ``d`` (its own, its light verb, or the verb of which the
    event noun is the subject) is in a past or perfect tense ("was held", "had voted")."""
    for v in (d.trigger.verb, d.support, d.host):
        if v is None:
            continue
        if v.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in v.children):
            return True
    return False


def _own_date(d: Draft) -> bool:
    """Whether an event noun carries its own date ("yesterday's attack should make it clear",
    "the October 7 attack would be avenged"): dated in the past, it happened, whatever the
    modal verb of its clause says of what follows from it."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.support is not None:
        return False
    phrase = [t for t in n.subtree if t.i <= n.i]
    lo, hi = phrase[0].idx, n.idx + len(n)
    return any(lo <= e.start and e.end <= hi for e in d.times)
