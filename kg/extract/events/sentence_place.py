"""The place of an event its clause gives none, read from its sentence (a step of
:func:`.coreference.resolve_coreference`, after coreferent mentions share theirs): the place of
a later act of the same subject conjoined to it, or the one place the sentence names that no
event of it acts in and that names no one's post, source, owner, body or destination
("Thousands more have been killed in the violence, with the Darfur region among the hardest
hit")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import TITLE_HEADS
from ..event_lexicon import fold
from ..site_nouns import site_nouns
from ..wordlists import words
from .context import ArticleContext
from .draft import Draft
from .group_words import stance_object
from .places import compared
from .time_attach import record_since
from .venues import site_towns

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["only_place_of_sentence"]


def _in_post(ctx: ArticleContext, t: "Token") -> bool:
    """Whether ``t`` lies in an apposition that gives a person's post ("Ahmed Hassan, the
    UN envoy to Yemen, said ..."): the place of the post, not of what the sentence reports."""
    for a in t.ancestors:
        if a.dep_ == "appos":
            if any(x.is_punct for x in t.doc[min(a.i, t.i):max(a.i, t.i)]):
                return False  # "X and Y, two opposition leaders, in Addis Ababa": after the apposition's comma
            m = ctx.mention_at.get(a.head.i)
            return a.lemma_.lower() in TITLE_HEADS or (m is not None and ctx.kind(m.entity) == "person")
    return _on_post_noun(ctx, t)


def _on_post_noun(ctx: ArticleContext, t: "Token") -> bool:
    """Whether ``t``, a state, modifies the noun of a post that a person's name stands beside
    ("former *U.S.* presidential candidate, Hillary Clinton, urged ...", "a *Kenyan* presidential
    candidate, Raila Odinga"): whose post it is, not where the events of the sentence happened
    (but a town says where someone is: "a *Goma* businessman, Jean Kabila, says the attack ...")."""
    m = ctx.mention_at.get(t.i)
    if m is None or ctx.kind(m.entity) != "state":
        return False
    n = t
    while n.dep_ in ("compound", "nmod", "amod") and n.head.i != n.i and n.head.i > n.i:
        n = n.head
    if n is t or n.pos_ != "NOUN":
        return False
    return any(c.dep_ == "appos" and (m := ctx.mention_at.get(c.i)) is not None and ctx.kind(m.entity) == "person"
               for c in n.children)


def _destination(ctx: ArticleContext, t: "Token", drafts: list[Draft]) -> bool:
    """Whether the place named at ``t`` is where a verb of taking elsewhere (``transfer_verbs``)
    that is no event of the sentence took someone or something ("was arrested at the scene and *transferred to* the police station
    in X", "was detained and *flown to* X"): where they went afterwards, not where the events
    of the sentence happened."""
    x = t
    for _ in range(6):
        h = x.head
        if h.i == x.i:
            return False
        if x.dep_ == "prep" and x.lower_ in ("to", "into", "toward", "towards") and h.pos_ == "VERB":
            return (h.lemma_.lower() in words("events", "transfer_verbs") and h.i not in ctx.owner
                    and not any(h in d.verbs() for d in drafts))
        if h.pos_ in ("VERB", "AUX"):
            return False
        x = h
    return False


def _source(ctx: ArticleContext, t: "Token") -> bool:
    """Whether the place named at ``t`` is where something named by a noun comes from
    ("concerns *from the United States*", "aid from Qatar", "fighters from Chad"): whose it
    is, not where an event of the sentence happened; but reports from a place tell what
    happened there ("Reports from Dili say ...")."""
    while t.dep_ in ("compound", "amod", "det") and t.head.i != t.i:
        t = t.head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ != "from":
        return False
    noun = t.head.head
    said = fold(noun.lemma_) in ctx.lex.channel_nouns or noun.lemma_.lower() in words("events", "hearsay_verbs")
    return noun.pos_ in ("NOUN", "PROPN") and not said


def _own_actors(ctx: ArticleContext, d: Draft) -> set[str]:
    """The actors of ``d`` but the states that stand beside a body of theirs that no word of
    the text tied to them ("overthrow the government" in a story on the Maldives,
    :mod:`.home_bodies`)."""
    actors = d.actors()
    home = ctx.groups.home.keys
    return actors - {e.country for k in actors if k in home and (e := ctx.entities.get(k)) is not None and e.country}


def _names_body(ctx: ArticleContext, t: "Token") -> bool:
    """Whether the mention token ``t`` names whose a state body is ("Mali's army")."""
    groups = ctx.groups
    return bool(groups.state_mention(t)) or (t.dep_ in ("poss", "amod", "compound", "nmod") and groups.body_noun(t.head) is not None)


def _owner_of_thing(ctx: ArticleContext, t: "Token") -> bool:
    """Whether the mention at ``t`` is the possessor or the modifier of a noun that names
    someone or something rather than a place ("the stepbrother of *Norway's* crown princess",
    "*Togo's* team bus", "the son of *Kenya's* finance minister"): it tells whose they are,
    not where an event of the sentence happened. A place noun ("the Sudanese capital",
    "Ukraine's Kharkiv region", "Nigeria's north"), a site ("Ukraine's nuclear plant") or an
    event noun ("Sudan's war") keeps it a place."""
    m = ctx.mention_at.get(t.i)
    while m is not None and t.head.i != t.i and ctx.mention_at.get(t.head.i) is m:
        t = t.head  # the mention's head: "Sudan" in "South Sudan's"
    if t.dep_ not in ("poss", "amod") or t.head.pos_ not in ("NOUN", "PROPN"):
        # (a name set before a noun names, more often, where: "the Nduga hostage crisis")
        return False
    noun = t.head
    if noun.i in ctx.owner or fold(noun.lemma_) in ctx.lex.place_anaphors or noun.lemma_.lower() in site_nouns():
        return False
    if {noun.lemma_.lower(), noun.lower_} & words("events", "whereabout_nouns"):
        return False  # ("headquarters", lemmatised "headquarter")
    if any(ctx.actor_noun(x) for x in t.doc[t.i + 1:noun.i + 1]) and not (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        # "Niger's military seized power", "Malaysian security forces": a state's own agents
        # act at home (but "the son of Kenya's finance minister" is only whose son)
        return False
    owned = ctx.mention_at.get(noun.i)
    # a body named ("China's People's Armed Police") acts for its state, as its agents do
    return owned is None or ctx.kind(owned.entity) not in ("place", "state", "organization")


def _conj_root(verb: "Token") -> "Token":
    """The first of the verbs ``verb`` is conjoined with ("arrested ..., laid charges and seized"
    -> "arrested")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _share_with_conjoined(ctx: ArticleContext, drafts: list[Draft], todo: list[Draft]) -> None:
    """Acts of one subject, conjoined, happen in one scene: an act with no place takes the place
    of a later one ("police in Ottawa arrested 200 protesters, laid charges ... and dismantled
    encampments across the city", "ambushed a lorry and incinerated it ... in Gorgi"); not the
    end of a way ("killed 12 militants and then withdrew to Gao"), nor a verb with a subject of
    its own ("40 people died and hundreds fled toward Tawila")."""
    placed: dict[int, str] = {}
    for d in drafts:
        v = d.trigger.verb
        if (d.place is None or v is None or v.dep_ != "conj" or ctx.lex.is_communication(d.cls)
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):
            continue
        if any((m := ctx.mention_at.get(t.i)) is not None and m.entity == d.place and t.dep_ == "pobj"
               and t.head.lower_ in ("to", "toward", "towards", "into") for t in v.subtree):
            continue  # "then withdrew to Gao": a way's end
        placed.setdefault(_conj_root(v).i, d.place)
    for d in todo:
        v = d.trigger.verb
        if v is not None and (v.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)):
            place = placed.get(_conj_root(v).i)
            if place is not None and place not in d.actors():
                d.place = place


def _other_occasion(a: Draft, b: Draft) -> bool:
    """Whether two events are dated to times that do not overlap (another month, year or day)."""
    x, y = a.time, b.time
    return x is not None and y is not None and not (x.value.startswith(y.value) or y.value.startswith(x.value))


def only_place_of_sentence(ctx: ArticleContext) -> None:
    """An event the clause gives no place happens in the one place its sentence names
    ("Thousands more have been killed in the violence, with the Darfur region among the
    hardest hit"), when the sentence names exactly one that acts in none of its events."""
    from ..dateline import in_dateline

    towns = site_towns(ctx)  # each site -> the town the text names it in
    by_sentence: dict[int, list[Draft]] = {}
    for d in ctx.drafts:
        by_sentence.setdefault(ctx.sent_of[d.head.i], []).append(d)
    for k, drafts in by_sentence.items():
        todo = [d for d in drafts if d.place is None and not ctx.lex.is_communication(d.cls) and d.modality != "hypothetical"]
        _share_with_conjoined(ctx, drafts, todo)
        todo = [d for d in todo if d.place is None]
        if not todo:
            continue
        sent = ctx.sents[k]
        # a place another event of the sentence happens in is that event's ("a cease-fire has
        # collapsed, with forces taking control of the corridor")
        # (a state beside its body read from the article's country, "overthrow the
        # government": the body acts, and a mention of the state may still say where)
        acting = {a for d in drafts for a in _own_actors(ctx, d)}
        # (but not where an event of the same family as one to place is: "a coup that took place
        # in Mauritania, when the president was ousted", one happening told twice)
        # ("... involved in the November 2015 Paris attacks and the attacks happened shortly
        # after": another attack of that family, not one told twice, keeps its place)
        told_twice = {id(d) for d in drafts for t in todo if ctx.family(d.cls) == ctx.family(t.cls)
                      and not _other_occasion(d, t)}
        placed = {d.place for d in drafts if d.place is not None and id(d) not in told_twice}
        places = {
            m.entity for i in range(sent.start, sent.end)
            if (m := ctx.mention_at.get(i)) is not None and m.entity in ctx.entities
            and ctx.kind(m.entity) in ("place", "state") and m.entity not in placed and not in_dateline(ctx.doc[i])
            # an actor is no place, but "a coup that took place *in* Mauritania" is one still
            and (m.entity not in acting or ctx.doc[i].dep_ == "pobj" and ctx.doc[i].head.lower_ in ("in", "inside"))
            and not _names_body(ctx, ctx.doc[i])  # "Mali's army", "Kenyan police": whose the body is, not where
            and not ctx.groups.descriptions.tie(ctx.doc[i].head)  # "the Iran-backed group": who backs it, not where
            and not _in_post(ctx, ctx.doc[i])  # "X, a former ambassador to Cuba, said": whose post, not where
            and not _source(ctx, ctx.doc[i])  # "raised concerns from the United States": whose, not where
            and not _owner_of_thing(ctx, ctx.doc[i])  # "Norway's crown princess", "Togo's team bus": whose, not where
            and not compared(ctx, ctx.doc[i])  # "the largest loss of any army in Africa": a comparison, not where
            and not _destination(ctx, ctx.doc[i], drafts)  # "was transferred to a police station in X": where they were taken after
            and not stance_object(ctx.doc[i])  # "anti-Japan protests": what they oppose, not where
        }
        # "civilians in Ukraine, particularly in the Kharkiv region": the region, not its country
        inner = {p for p in places if ctx.country_of(p) in places}
        places -= {ctx.country_of(p) for p in inner}
        # "marched down X Ave in Nairobi before police fired": a site and its town, one place
        places -= {towns[p] for p in places if p in towns}
        if len(places) != 1:
            continue
        (place,) = places
        firsts: dict[int, int] = {}  # each mention of the place in the sentence -> its first token
        for i in range(sent.start, sent.end):
            if (m := ctx.mention_at.get(i)) is not None and m.entity == place:
                firsts.setdefault(id(m), i)
        if all(ctx.mention_at[i].ner_label == "NORP" and ctx.doc[i].pos_ == "ADJ" for i in firsts.values()):
            # "an Algerian security guard was killed": whose the guard is, not where (an
            # adjective; not a town the NER took for a people: "Gunmen attack town of Kidal")
            continue
        # "it was the deadliest attack since the Beslan school siege": the place of the earlier
        # event the record's "since" phrase names is that event's only
        earlier = [s for i in firsts.values() if (s := record_since(ctx.doc[i])) is not None]
        if len(earlier) == len(firsts):
            todo = [d for d in todo if any(s.left_edge.i <= d.head.i <= s.right_edge.i for s in earlier)]
        for d in todo:
            if all(_in_phrase_of_other_event(d, ctx.doc[i], drafts) for i in firsts.values()):
                continue  # "contributed to the deaths, leading to calls for accountability within Peru": where the calls are
            d.place = place


def _in_phrase_of_other_event(d: Draft, t: "Token", drafts: list[Draft]) -> bool:
    """Whether ``t`` lies in the phrase of an event noun of the sentence other than ``d``
    ("calls for accountability *within Peru*") that ``d`` is no part of: it says where that
    event is, not where the others of the sentence are."""
    for o in drafts:
        n = o.noun
        if o is d or n is None or o.trigger.verb is not None or n == t or d.head.is_ancestor(n):
            continue
        if n.dep_ in ("attr", "conj") or n.dep_ == "pobj" and n.head.lower_ in ("in", "during", "amid", "at", "of"):
            # "lamented the death of one person in protests in the capital": where it happened
            # too; "the uprising was a series of protests in X": the same occasion
            continue
        lo, hi = n.left_edge.i, n.right_edge.i
        if lo <= t.i <= hi and not lo <= d.head.i <= hi:
            return True
    return False
