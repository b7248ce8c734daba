"""Events: who did what to whom, where and when, read clause by clause from the parse.

The steps, for one parsed article, one module each (over the shared
:class:`~.context.ArticleContext`, which also tells which entities a noun phrase names):

1. **Triggers** (:mod:`.triggers`, :func:`find_triggers`): verbs and nouns of the trigger
   lexicon that lives with the event taxonomy in ``ontology/events.ttl`` (see
   :mod:`kg.extract.event_lexicon`): single lemmas ("shelled", "offensive"), multi-word
   nouns ("air raid sirens"), verb phrases ("taking control of"); a trigger written with an
   object sense ("seize {Vessel}", "seize {Territory}") matches only that object, and an
   attack's means refines it ("hit ... with guided bombs" is an air strike).
2. **Structure** (:mod:`.structure`): light verbs with an event noun ("launched a new
   offensive", "fought a bloody war"), and speech frames (:mod:`kg.extract.speech`:
   speaker, addressee, channel, quote).
3. **Arguments** (:mod:`.arguments`), same clause first: agent (subject, "by" agent,
   possessor, "led/carried out/attributed to X", a relative clause's antecedent), target
   and victims (object, "on/against/at X", "members of X", "fighters from X", "Houthi
   targets"), mediator, participants ("talks with X", "met X"), place ("in/near/off the
   coast of X", the struck thing's name, the event noun's participle), counts with their
   unit ("killing 30 people": 30 killed). Actors named by common nouns (:mod:`.groups`):
   "Kenyan police" act for Kenya, "the rebels" for the group the article described as
   rebels, "the attackers" for the agents of the attack told before, and "gunmen",
   "pro-government militias" are groups of the article (``kgo:Group``); "they" goes to the
   most salient group before it; every item of a list takes the role. Then those harmed in a
   clash with someone were harmed by that side (:mod:`.fight_harm`: "killed in a shootout
   with police"), harm told by an "-ing" clause hung on the main verb after a relative
   clause's action by its doer (:mod:`.results`), and a threat and the act it threatens
   share their sides (:mod:`.threats`: "threatened a coup against X").
4. **Modality** (:mod:`.modality`) from the cue words on the path up the clause: "will
   evacuate" planned, "could turn into war" hypothetical, "unable to deliver" negated;
   "the failed assault" happened (its outcome is recorded); a date before publication is
   never planned.
5. **Time** (:mod:`.timing`, :mod:`kg.extract.time`) resolved against the publication date:
   which event a time phrase dates (:mod:`.time_attach`), times shared between the events a
   sentence ties together (:mod:`.time_sharing`), and times counted from the story ("two days
   later", "the following Tuesday", "after four days") anchored on the day told before, not
   on publication (:mod:`.time_shifts`).
6. **Coreference** (:mod:`.coreference`): coreferent mentions are linked
   (:attr:`Event.same_as`) and share their arguments, only when every mention of one fits
   every mention of the other (class, agents, targets, time, place); an event's
   circumstance ("killed when forces shelled a market in X") and the place a sentence
   opens with fill what is still missing; so do the main clause of an "after" clause
   (:mod:`.after_clauses`: "a curfew was imposed in Bamako after soldiers fired ...") and the
   end of a way gone before ("drove into Monguno and came under attack", :mod:`.arrivals`).
   The state whose power changes hands is the place of a coup or a leaving of office, not a
   second agent (:mod:`.seat_of_power`). Then the scene of the story (:mod:`.scene`): the
   place and time of an operation go to the consequences told in the next sentences that
   state none ("... in Djibo on Sunday. Five officers were killed."); an event at a venue
   or on a street takes the town the article names it in as a further place
   (:mod:`.venues`: "stormed the X hotel in Y"), an event at a place the sentence names with
   a wider one takes that too (:mod:`.wider_places`: "in Linden, New Jersey", "the
   Waziristan region of Pakistan"), and an event with no place the place of the toll a
   relative clause on its noun tells (:mod:`.effect_places`: "strikes that resulted in
   deaths in X"), before the article's one country is
   inferred for what is still unplaced (:mod:`.setting`).
7. **Set apart** (:mod:`.apart`): the words that make an event another than one of its kind
   told before ("a *second* blast", "*another* attack", "attacked *again*"), kept on it.
8. **Output** (:mod:`.output`): :class:`~kg.extract.model.Event` records in text order.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...ingest.article import Article
from ..model import Entity, Event, Mention, Role
from .apart import mark_set_apart
from .arguments import read_arguments
from .charges import share_charges
from .context import ArticleContext
from .coreference import resolve_coreference
from .effect_places import place_by_effect
from .fight_harm import harm_in_fight
from .hedges import carry_hedges
from .leaders import name_event_leaders
from .modality import assign_modalities
from .parted_subjects import read_parted_subjects
from .past_plans import settle_past_plans
from .occasion import said_at_meeting, share_between_conjoined_nouns, share_occasion, share_with_cause, share_with_frame
from .output import emit_events
from .national import place_national_events
from .places import drop_places_of_other_clauses, spread_places, town_before_its_region
from .results import doer_of_misplaced_results
from .scene import carry_scene
from .seat_of_power import seat_states_of_power
from .setting import infer_setting
from .structure import attach_structure, draft_events, speech_frames
from .threats import share_threatened
from .time_sharing import share_with_participles
from .timing import assign_times
from .triggers import Trigger, find_triggers
from .venues import place_at_venues
from .wider_places import wider_places

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

__all__ = ["extract_events", "find_triggers", "Trigger"]


def extract_events(
    doc: "Doc", article: Article, entities: dict[str, Entity], mentions: list[Mention], roles: "Iterable[Role]" = ()
) -> list[Event]:
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
    roles : iterable of Role, optional
        The posts people hold (:func:`~kg.extract.roles.extract_roles`): a title without a
        name ("the head of the mission") acts for the person holding that post.

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
    ctx = ArticleContext(doc, article, entities, mentions, roles)
    draft_events(ctx)
    attach_structure(ctx)
    speech_frames(ctx)
    # speakers first: a pronoun in what they say ("“We will not withdraw,” Putin said") is
    # theirs; of speech acts, those that say others before the ones they say ("“We condemn
    # the killings,” said X": "said" before "condemn", whose "We" is X's)
    frames = [d for d in ctx.drafts if d.frame is not None]

    def order(x) -> tuple[bool, int, int]:
        inside = sum(1 for o in frames if o is not x and o.frame.covers(x.head))
        return (not ctx.lex.is_communication(x.cls), inside, x.head.i)

    for d in sorted(ctx.drafts, key=order):
        read_arguments(ctx, d)
    read_parted_subjects(ctx)  # "X, sought in connection with ..., was taken into custody": X
    harm_in_fight(ctx)  # "was killed in a shootout with police": by the police
    doer_of_misplaced_results(ctx)  # "recognised the man as X, who opened fire, wounding two": by X
    share_threatened(ctx)  # "threatened a coup against the prime minister": whom, and by whom
    share_charges(ctx)  # "X was arrested on charges of treason": X is charged
    name_event_leaders(ctx)  # "... led by Major X overthrew the government. The coup leaders declared": X
    assign_modalities(ctx)
    carry_hedges(ctx)  # "allegedly died ... these deaths": as reported
    assign_times(ctx)
    settle_past_plans(ctx)
    resolve_coreference(ctx)
    drop_places_of_other_clauses(ctx)
    town_before_its_region(ctx)
    seat_states_of_power(ctx)  # "Burkina Faso's military ousted the president": in Burkina Faso, not by it
    place_national_events(ctx)
    spread_places(ctx)
    share_with_frame(ctx)  # what only the last steps placed ("attacked the town of X ..., and burned ...")
    share_occasion(ctx)
    share_between_conjoined_nouns(ctx)  # "killings and abductions in the Kasai region": both there
    place_by_effect(ctx)  # "strikes that resulted in civilian deaths in X": in X
    share_with_cause(ctx)  # "a clash near the campus in X has left two students injured": there and then
    said_at_meeting(ctx)  # "Briefing an emergency meeting ... in New York on Thursday, X said": there and then
    carry_scene(ctx)  # "Gunmen attacked ... in Djibo on Sunday. Five officers were killed.": the scene's place and time
    place_national_events(ctx, after_scene=True)  # "Iran detained a French citizen": what the scene did not place
    place_at_venues(ctx)  # "stormed the X hotel in Y": the hotel, and the town it is in
    wider_places(ctx)  # "in Linden, New Jersey", "the Waziristan region of Pakistan": the wider place too
    share_with_participles(ctx)  # "ambushed a lorry ..., killing 70 soldiers": when and where the ambush was
    infer_setting(ctx)
    ctx.groups.name_bodies()  # "Kenyan police officers patrolled ...": the body, in no event too
    mark_set_apart(ctx)  # "a second blast": another than the one told before (kgo:setApart)
    return emit_events(ctx)
