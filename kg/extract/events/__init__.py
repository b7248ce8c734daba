"""Events: who did what to whom, where and when, read clause by clause from the parse.

The steps, for one parsed article:

1. **Triggers** (:func:`find_triggers`): verbs and nouns of the trigger lexicon that
   lives with the event taxonomy in ``ontology/events.ttl`` (see
   :mod:`kg.extract.event_lexicon`): single lemmas ("shelled", "offensive"), multi-word
   nouns ("air raid sirens", "Russia-brokered cease-fire agreement"), verb phrases
   ("taking control of", "built up ... troops") and light verbs with an event noun
   ("launched a new offensive", "fought a bloody war", "held phone calls").
2. **Arguments** from the dependency parse: agent (subject, "by" agent, possessor,
   "Azerbaijani forces"), target (object, passive subject, "against"/"of" X), mediator
   ("brokered by the EU, U.S. and Russia", "Russia-brokered"), participants ("talks with
   X", "a call with X"), place ("in Stepanakert", "along the contact line in ..."), time
   (:mod:`kg.extract.time`). Pronouns go to the speaker of the statement they are in, or
   to the nearest earlier actor of their kind; a capital used as an actor ("Baku
   declared") stands for its country, and a state body ("Azerbaijani forces") brings its
   country along, both through the knowledge base.
3. **Reported speech** (:mod:`kg.extract.speech`): speaker, addressee, channel, quote; the
   events a statement contains are attributed to it.
4. **Modality** from the words on the path from the trigger up its clause (cue words in
   the ontology): "will evacuate" planned, "could turn ... into all-out war" hypothetical,
   "unable to deliver" negated; content of a statement is reported.
5. **Event coreference** within the article ("a new offensive" = "local anti-terrorist
   activities" = "the dramatic escalation"): coreferent mentions are linked
   (:attr:`Event.same_as`) and share their arguments.

The package holds one module per step: :mod:`.triggers`, :mod:`.structure`,
:mod:`.arguments`, :mod:`.modality`, :mod:`.timing`, :mod:`.coreference`, :mod:`.output`,
over the shared :mod:`.context`; :func:`extract_events` runs them in order.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...ingest.article import Article
from ..model import Entity, Event, Mention
from .arguments import read_arguments
from .context import ArticleContext
from .coreference import resolve_coreference
from .modality import assign_modalities, settle_past_plans
from .output import emit_events
from .structure import attach_structure, draft_events, speech_frames
from .timing import assign_times
from .triggers import Trigger, find_triggers

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_events", "find_triggers", "Trigger"]


def extract_events(doc: "Doc", article: Article, entities: dict[str, Entity], mentions: list[Mention]) -> list[Event]:
    """Events told in ``doc``, with their participants, place, time and modality.

    Parameters
    ----------
    doc : Doc
        The parsed article (kg's pipeline: parser, NER and the KB ruler).
    article : Article
        The article; its publication date anchors "on Tuesday", "last week"...
    entities, mentions : dict, list
        What :func:`~kg.extract.entities.extract_entities` found. Actors and places of
        events are these entities; an actor only the knowledge base names (the country of
        "Azerbaijani forces", the state a capital stands for) is added to ``entities``.

    Returns
    -------
    list of Event
        In text order, ids ``e1``, ``e2``...

    Examples
    --------
    >>> from kg.config import Settings
    >>> from kg.extract import extract_doc
    >>> from kg.ingest.article import Article
    >>> from kg.nlp import build_pipeline
    >>> from datetime import date
    >>> nlp = build_pipeline(Settings())
    >>> text = "Russian forces shelled Kharkiv on Monday, Ukraine said."
    >>> ex = extract_doc(nlp(text), Article.create(text, published=date(2024, 5, 15)))
    >>> [(e.type, e.time.value, e.modality) for e in ex.events if e.type == "Shelling"]
    [('Shelling', '2024-05-13', 'reported')]
    """
    ctx = ArticleContext(doc, article, entities, mentions)
    draft_events(ctx)
    attach_structure(ctx)
    speech_frames(ctx)
    # speakers first: a pronoun in what they say ("“We will not withdraw,” Putin said") is theirs
    for d in sorted(ctx.drafts, key=lambda x: (not ctx.lex.is_communication(x.cls), x.head.i)):
        read_arguments(ctx, d)
    assign_modalities(ctx)
    assign_times(ctx)
    settle_past_plans(ctx)
    resolve_coreference(ctx)
    return emit_events(ctx)
