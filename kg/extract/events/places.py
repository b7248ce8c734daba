"""Step 2, where an event happened: the place its prepositions, its actors, its time
phrases or what it was done to name ("in Stepanakert", "along the contact line in ...",
"last Friday in Kharkiv"), and the sentence's place, applied last."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import lexicon, words
from .context import ArticleContext
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["read_place"]


_DIRECTIONS = frozenset({"to", "toward", "towards", "into", "onto"})


def read_place(ctx: ArticleContext, d: Draft) -> None:
    if d.place is not None:
        return
    preps = ctx.lex.place_prepositions
    actors = d.actors()
    anchors = d.anchors()
    participles: list[Token] = []
    if d.trigger.verb is None and d.noun is not None:
        # "convoys heading toward the region", "an attack launched ... off the coast of X":
        # the place hangs on the participle that describes the event noun
        participles = [c for c in d.noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i not in ctx.owner
                       and c.lemma_.lower() not in words("events", "origin_verbs")]
        anchors += participles
        holder = d.noun.head.head if d.noun.dep_ == "pobj" and d.noun.head.lower_ == "of" else None
        if holder is not None and holder.pos_ == "NOUN" and holder.i not in ctx.owner:
            anchors.append(holder)  # "reports of airstrikes ... on a hall in Sagaing", parsed on "reports"
    if d.noun is not None and d.noun.dep_ == "dobj" and d.noun.head.pos_ == "VERB" and d.noun.head.i not in ctx.owner:
        # "urged Israel to stop its offensive in Rafah": the parser hangs the event noun's
        # place on the verb that governs it, when that verb is no event of its own
        if d.noun.head not in anchors:
            anchors.append(d.noun.head)
    if (d.noun is not None and d.noun.dep_ == "pobj" and d.noun.head.lower_ in ("for", "in") and d.noun.head.dep_ == "prep"
            and d.noun.head.head.pos_ == "VERB" and d.noun.head.head.i not in ctx.owner and d.noun.head.head not in anchors):
        # "At UN Headquarters in New York, ambassadors convened for an emergency meeting",
        # "delegates gathered in Doha for talks": the verb that brings people to the event
        anchors.append(d.noun.head.head)
    effect = ctx.owner.get(d.noun.head.i) if d.noun is not None and d.noun.dep_ == "nsubj" else None
    toll = None
    if effect is not None and effect is not d and any(ctx.lex.is_a(effect.cls, str(c)) for c in lexicon("arguments")["effect_classes"]):
        # "Severe drought has displaced 500,000 people in southern Somalia", "an air strike
        # killed 23 people in Sagaing": the cause happened where its toll is counted (as
        # the toll's phrase names it: not "killed three children there", which coreference
        # reads with the other mentions of the strike)
        toll = d.noun.head
        anchors.append(toll)
    if d.head.dep_ == "ROOT" and d.head.tag_ in ("NN", "NNS", "VBG"):
        # "Fighting between the army and the M23 resumed on Friday in X", parsed as a noun
        # with the verb conjoined to it: that verb carries the clause
        anchors += [c for c in d.head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i not in ctx.owner]
    if d.head.dep_ == "nsubj" and d.head.tag_ == "VBG" and d.head.head.pos_ == "VERB" and d.head.head.i not in ctx.owner:
        anchors.append(d.head.head)  # "Fighting between the army and the rebels resumed ... in X": the gerund's verb
    if (d.noun is not None and d.noun.dep_ == "nsubj" and ctx.owner.get(d.noun.head.i) in (None, d)
            and d.noun.head.lemma_.lower() in words("events", "arrival_verbs")):
        # "the fighting reached the villages of Kiwanja", "clashes engulfed Omdurman": where it came
        for obj in d.noun.head.children:
            place = ctx.place_in(obj) if obj.dep_ == "dobj" else None
            if place is not None and place not in actors:
                d.place = place
                d.direct.add("place")
                return
    # "resumed last Friday around 3 a.m. in Kanyamahoro", "attacked on Monday in X": the parser
    # hangs the place on the time phrase of the event's clause
    anchors += [t for a in list(anchors) for t in _time_phrases(a)]
    moving = ctx.lex.is_a(d.cls, "TroopMovement")
    # then the phrase of what was hit or taken ("hit a block in Kharkiv", "an attack on a
    # village in Sagaing")
    objects: list[Token] = []
    if not ctx.lex.is_communication(d.cls):  # what is said is not where it is said
        objects = [c for a in anchors for c in a.children if c.dep_ in ("dobj", "nsubjpass") and c not in d.trigger.tokens]
        objects += [g for a in anchors for c in a.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "with") for g in c.children if g.dep_ == "pobj"]
    found: list[str] = []
    for a in anchors + objects:
        if found and ctx.kind(found[-1]) == "place":
            break  # a town or region: nothing more specific to look for
        for c in a.children:
            if c.dep_ not in ("prep", "conj", "dative") or c.lemma_.lower() not in preps:
                continue
            if c.lemma_.lower() == "over" and not ctx.lex.is_a(d.cls, "MilitaryAction"):
                continue
            if c.lemma_.lower() in ("on", "against") and ctx.lex.is_communication(d.cls):
                continue  # "condemned the attacks on a hall in Sagaing": what it is about
            if a in participles and c.lemma_.lower() in _DIRECTIONS and not moving:
                continue  # "a strike attributed to Turkey": not where it happened
            before = ctx.mention_at.get(c.i - 1) if c.lower_ == "in" and a in anchors else None
            if (before is not None and ctx.kind(before.entity) == "place" and before.entity not in actors
                    and before.entity not in found and ctx.owner.get(c.i - 1) in (None, d)):
                # "killed 26 tourists near Pahalgam in Kashmir": the town right before the
                # region the parser hangs on the verb is where it happened
                found.append(before.entity)
            for pobj in c.children:
                if pobj.dep_ not in ("pobj", "pcomp"):
                    continue
                if pobj.ent_type_ in ("DATE", "TIME") or ctx.owner.get(pobj.i) not in (None, d):
                    continue
                place = ctx.place_in(pobj)
                if place is not None and place not in actors and place not in found:
                    found.append(place)
    if not found and not ctx.lex.is_communication(d.cls):
        # "attacks against vessels transiting the Red Sea", "attacks on ships from many
        # countries sailing through the Red Sea": where what was hit was going
        for o in _object_phrase(ctx, d, objects):
            for acl in o.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBG":
                    # "... activists demonstrating outside parliament in Kampala": where they were
                    for obj in [g for p in acl.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.children] + list(acl.children):
                        place = ctx.place_in(obj) if obj.dep_ == "dobj" or (obj.dep_ == "pobj" and obj.ent_type_ not in ("DATE", "TIME")) else None
                        if place is not None and ctx.kind(place) == "place" and place not in actors:
                            found.append(place)
    if not found:
        # "two days after an airstrike killed three children there": the place named last
        there = next((c for a in anchors if a is not toll for c in a.children if c.dep_ == "advmod" and c.lower_ == "there"), None)
        place = ctx.place_adverb(there) if there is not None else None
        if place is not None and place not in actors:
            found.append(place)
    if found:
        # "In Myanmar, the junta carried out airstrikes on a monastery in Sagaing": the
        # town or region rather than the country, when the clause names both
        d.place = next((p for p in found if ctx.kind(p) == "place"), found[0])
        d.direct.add("place")
        return
    if not ctx.lex.is_communication(d.cls):
        # "In Kharkiv region, the situation is dire, as fighting intensifies": a place the
        # sentence opens with frames every event in it
        sent = ctx.sents[ctx.sent_of[d.head.i]]
        first = sent[0]
        if first.lower_ in ("in", "across", "throughout") and first.dep_ == "prep" and first.head.pos_ in ("VERB", "AUX"):
            pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                place = ctx.place_in(pobj)
                if place is not None and place not in actors:
                    d.sentence_place = place  # applied last, after what the clause and its events say


def _time_phrases(anchor: "Token") -> list["Token"]:
    """The heads of the time phrases on ``anchor`` ("last Friday", "around 3 a.m.", "on
    Monday"), on which the parser often hangs the place that follows them."""
    out: list[Token] = []
    for c in anchor.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("on", "at", "around"):
            out += [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]
    return out


def _object_phrase(ctx: ArticleContext, d: Draft, objects: list["Token"]) -> list["Token"]:
    """What an event was done to, with its conjuncts and the nouns its own prepositions
    bring ("vessels and commercial vessels from many countries"), within its clause."""
    out: list[Token] = []
    layer = list(objects)
    if d.noun is not None:
        layer += [g for c in d.noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "from", "of")
                  for g in c.children if g.dep_ == "pobj"]
    while layer:
        t = layer.pop()
        if t in out or ctx.owner.get(t.i) not in (None, d):
            continue
        out.append(t)
        layer += [c for c in t.children if c.dep_ == "conj"]
        layer += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children if g.dep_ == "pobj"]
    return out
