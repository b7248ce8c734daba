"""Step 2, where an event happened: the place its prepositions, its actors, its time
phrases or what it was done to name ("in Stepanakert", "along the contact line in ...",
"last Friday in Kharkiv"), the place a "where" clause hangs on ("in Diraz, where supporters
held a sit-in"), for a speech act the place of its channel ("said at a news briefing in
Geneva"), and the sentence's place, applied last. Once every step has
placed the events, :func:`spread_places` adds the further places the sentence states with
an event's place ("strikes on Kharkiv and Zaporizhzhia", "spread from Khartoum to
Omdurman")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import TITLE_HEADS
from ..wordlists import lexicon, words
from .context import ArticleContext
from .draft import Draft
from .occasion import pluperfect
from .role_reading import site_country

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["read_place", "place_token", "spread_places", "drop_places_of_other_clauses", "town_before_its_region",
           "compared"]


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
            if holder.dep_ == "dobj" and holder.head.pos_ == "VERB" and holder.head.i not in ctx.owner and holder.head not in anchors:
                anchors.append(holder.head)  # "carried out a series of strikes across southern Lebanon"
    if d.noun is not None and d.trigger.verb is None and not ctx.lex.is_communication(d.cls):
        # "the escalation of violence in Sri Lanka", "a surge of fighting around the city":
        # the place hangs on the common noun of the event noun's "of" phrase
        anchors += [g for c in d.noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and g.i not in ctx.owner and g not in anchors]
    if d.noun is not None and d.noun.dep_ == "dobj" and d.noun.head.pos_ == "VERB" and d.noun.head.i not in ctx.owner:
        # "urged Israel to stop its offensive in Rafah": the parser hangs the event noun's
        # place on the verb that governs it, when that verb is no event of its own
        if d.noun.head not in anchors:
            anchors.append(d.noun.head)
    if (d.noun is not None and d.noun.dep_ == "nsubjpass" and d.noun.head.lemma_.lower() in words("events", "hearsay_verbs")
            and d.noun.head not in anchors):
        # "Heavy fighting was reported in Kharkiv and Sumy": where it was reported is where it was
        anchors.append(d.noun.head)
    if (d.noun is not None and d.noun.dep_ == "pobj" and d.noun.head.lower_ in ("for", "in") and d.noun.head.dep_ == "prep"
            and d.noun.head.head.pos_ == "VERB" and d.noun.head.head.i not in ctx.owner and d.noun.head.head not in anchors):
        # "At UN Headquarters in New York, ambassadors convened for an emergency meeting",
        # "delegates gathered in Doha for talks": the verb that brings people to the event
        anchors.append(d.noun.head.head)
    if (d.noun is not None and d.noun.dep_ == "pobj" and d.noun.head.lower_ in ("to", "in", "into")
            and (v := d.noun.head.head).pos_ == "VERB" and v.i not in ctx.owner and v not in anchors
            and v.lemma_.lower() in words("events", "consequence_verbs")):
        # "leading to violent clashes ..., mainly in the X and Y provinces", "resulted in deaths
        # in three towns": the verb that brings the consequence about hangs its place
        anchors.append(v)
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
        # "the fighting reached the villages of Kiwanja", "clashes engulfed Omdurman", "protests
        # spread to Yangon and Mandalay": where it came
        reached = [c for c in d.noun.head.children if c.dep_ == "dobj"]
        reached += [g for c in d.noun.head.children if c.dep_ == "prep" and c.lower_ in _DIRECTIONS | {"across", "through", "throughout"}
                    for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
        for obj in reached:
            place = ctx.place_in(obj)
            if place is not None and place not in actors:
                d.place = place
                d.direct.add("place")
                return
    # "resumed last Friday around 3 a.m. in Kanyamahoro", "attacked on Monday in X": the parser
    # hangs the place on the time phrase of the event's clause
    anchors += [t for a in list(anchors) for t in _time_phrases(a)]
    moving = ctx.lex.is_a(d.cls, "TroopMovement") or (d.noun is not None and d.noun.lemma_.lower() in words("events", "moving_nouns"))  # a protest convoy too
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
            if ctx.lex.is_communication(d.cls) and _after_event_object(ctx, d, a, c):
                continue  # "denounced the massacre in Solhan": where the massacre was
            if a in participles and c.lemma_.lower() in _DIRECTIONS and not moving:
                continue  # "a strike attributed to Turkey": not where it happened
            before = ctx.mention_at.get(c.i - 1) if c.lower_ == "in" and a in anchors else None
            if (before is not None and ctx.kind(before.entity) == "place" and before.entity not in actors
                    and before.entity not in found and ctx.owner.get(c.i - 1) in (None, d) and not compared(ctx, ctx.doc[c.i - 1])):
                # "killed 26 tourists near Pahalgam in Kashmir": the town right before the
                # region the parser hangs on the verb is where it happened
                found.append(before.entity)
            for pobj in c.children:
                if pobj.dep_ not in ("pobj", "pcomp"):
                    continue
                if pobj.ent_type_ in ("DATE", "TIME") or ctx.owner.get(pobj.i) not in (None, d) or compared(ctx, pobj):
                    continue
                place = ctx.place_in(pobj)
                if place is None and not ctx.lex.is_communication(d.cls) and d.sentence_place is None:
                    # "blew himself up outside an Afghan shrine": the country of the site,
                    # applied last (as read_object does)
                    d.sentence_place = next(iter(site_country(ctx, pobj)), None)
                if place is not None and place not in actors and place not in found:
                    found.append(place)
    if not found and not ctx.lex.is_communication(d.cls):
        found += [p for p in _trailing_places(ctx, d) if p not in actors]
    if not ctx.lex.is_communication(d.cls) and not any(ctx.kind(p) == "place" for p in found):
        # "attacked a camp for displaced people near Bunia", "killed during an operation in
        # the Delmas area of Port-au-Prince", "abducted 30 worshippers from a church in a
        # village of Kajuru": a town or region named deep in the phrase of what was hit, of
        # the circumstance or of the site (rather than only the country of the clause)
        # "seized worshippers in churches in the towns of X and Y", "arrested at a sit-in
        # outside the parliament building in X": the town named deep in the site's own phrase
        during = [g for a in anchors for c in a.children if c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE | _STATIC
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and ctx.owner.get(g.i) in (None, d)]
        # "killed an estimated 300 al Qaeda, Taliban and other operatives in Pakistan": the
        # place the parser hangs on the last of the objects' conjuncts (not on a conjunct that
        # is a site itself: "stormed the X hotel and the Y cafe in Z" is venues.py's)
        conjoined = [g for o in objects for g in o.conjuncts
                     if g.i > o.i and g not in objects and g not in d.trigger.tokens and ctx.owner.get(g.i) in (None, d)
                     and not _names_a_site(ctx, g)]
        found += [p for p in _chain_places(ctx, d, objects + during + conjoined) if p not in actors and p not in found]
        # "clashes broke out between herders and farmers in the town of X", the town parsed on
        # the parties: a town or region only (not "rival gangs in the Haitian capital")
        between = [g for a in anchors for c in a.children if c.dep_ == "prep" and c.lower_ == "between"
                   for g in c.children if g.dep_ == "pobj" and ctx.owner.get(g.i) in (None, d)]
        found += [p for p in _chain_places(ctx, d, between) if ctx.kind(p) == "place" and p not in actors and p not in found]
    if not found and not ctx.lex.is_communication(d.cls):
        # "attacks against vessels transiting the Red Sea", "attacks on ships from many
        # countries sailing through the Red Sea": where what was hit was going
        for o in _object_phrase(ctx, d, objects):
            for acl in o.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in words("events", "stative_participles"):
                    # "opened fire on police stationed at the gate of the court in Ankara": where they were
                    found += [p for p in _chain_places(ctx, d, [acl]) if ctx.kind(p) == "place" and p not in actors and p not in found]
                if acl.dep_ == "acl" and acl.tag_ == "VBG":
                    # "... activists demonstrating outside parliament in Kampala": where they were
                    for obj in [g for p in acl.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for g in p.children] + list(acl.children):
                        place = ctx.place_in(obj) if obj.dep_ == "dobj" or (obj.dep_ == "pobj" and obj.ent_type_ not in ("DATE", "TIME")) else None
                        if place is not None and ctx.kind(place) == "place" and place not in actors:
                            found.append(place)
    if not found:
        # "in Al-Diraz, *where* supporters had been holding a sit-in", "the town of Kidal, where
        # fighting erupted": the place the "where" clause hangs on
        for a in anchors:
            if a.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in a.children):
                place = ctx.place_in(a.head)
                if place is not None and place not in actors and ctx.kind(place) in ("place", "state"):
                    found.append(place)
                    break
    if not found and ctx.lex.is_communication(d.cls) and d.frame is not None:
        # "said at a news briefing in Geneva", "in a statement issued in Addis Ababa",
        # "Speaking at a news conference in Kyiv, X said": where it was said is where its
        # channel was held
        # "*Speaking from* Denmark, where he has been granted asylum, X said": where the
        # speaker spoke from is where the statement was made
        near = frozenset({"from"}) if d.frame.channel_noun is None else frozenset()
        phrase, audience = _channel_phrase(d)
        found += [p for p in _chain_places(ctx, d, phrase, near=near) or _chain_places(ctx, d, audience) if p not in actors]
    if (not found and ctx.lex.is_communication(d.cls) and d.frame is not None and d.frame.speaker is not None
            and any(ctx.kind(k) in ("state", "organization") for k in d.roles.get("speaker", []))):
        # "Officials in New Delhi say ...": where a state's or a body's officials sit is where
        # they spoke (not "Residents in Goma said ...": witnesses, where what they tell happened)
        found += [p for p in _speaker_places(ctx, d.frame.speaker) if p not in found]
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


def _names_a_site(ctx: ArticleContext, noun: "Token") -> bool:
    """Whether the words of ``noun`` up to it name something that is not a body or people:
    "the Cappuccino cafe", "the Kabul airport" (not "other jihadist operatives", "ISWAP")."""
    return any((m := ctx.mention_at.get(t.i)) is not None and ctx.kind(m.entity) not in ("person", "group", "organization")
               for t in noun.subtree if t.i <= noun.i)


#: prepositions of a phrase that says where a thing is ("a camp *near* Bunia"), not where it
#: goes or comes from, nor what it is on
_STATIC = frozenset({"in", "at", "near", "inside", "outside", "around", "along", "across", "within", "off", "throughout"})

#: prepositions of the circumstance an event happened in ("killed *during* an operation in X")
#: or of the site it took people or things from ("abducted worshippers *from* a church in X")
_CIRCUMSTANCE = frozenset({"during", "amid", "from"})


def _chain_places(ctx: ArticleContext, d: Draft, roots: list["Token"], *, near: frozenset[str] = frozenset()) -> list[str]:
    """The places a locative phrase names down the chains of prepositions under ``roots``
    (what an event was done to, the circumstance it happened in): "a camp *for* displaced
    people *near* the town of Mindat", "a site for displaced people in Djugu territory", "an
    operation in the Delmas area of Port-au-Prince". The walk goes down "of", "for", "with"...
    phrases, at most four deep, not into another event's noun nor a clause, and stops at
    the first depth that names a place. ``near``: more prepositions that say where the event
    was when they hang on a root or on the object of its own phrase ("*Speaking by telephone
    from* Paris"; not "speaking on behalf of refugees from Sudan")."""
    out: list[str] = []
    layer = [r for r in roots if ctx.owner.get(r.i) in (None, d)]
    for depth in range(4):
        nxt: list[Token] = []
        for t in layer:
            for c in t.children:
                if c.dep_ != "prep":
                    continue
                for g in c.children:
                    if g.dep_ != "pobj" or g.ent_type_ in ("DATE", "TIME") or ctx.owner.get(g.i) not in (None, d):
                        continue
                    place = ctx.place_in(g) if c.lower_ in _STATIC or (c.lower_ in near and depth < 2) else None
                    if place is not None and place not in out:
                        out.append(place)
                    elif c.lower_ not in _DIRECTIONS | {"from"}:
                        nxt.append(g)
        if out:
            break
        layer = nxt
    return out


def _channel_phrase(d: Draft) -> tuple[list["Token"], list["Token"]]:
    """The words of a speech act's channel that may say where it was held: the channel noun
    and its participle ("a statement *issued* in X"), or the participle of speaking on the
    speech verb ("*Speaking* at a news conference in Kyiv"); and apart, the audience of that
    participle ("*Briefing reporters* in Geneva"), whose "from" is theirs ("speaking to
    refugees from Sudan"), not where they were spoken to."""
    noun = d.frame.channel_noun if d.frame is not None else None
    if noun is not None:
        return [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"], []
    speaking = words("speech", "channel_verbs")
    # (the tagger may read a participle opening the sentence as a noun: "*Briefing* reporters ...")
    participles = [c for v in d.verbs() for c in v.children if c.dep_ == "advcl" and (
        c.tag_ == "VBG" and c.lemma_.lower() in speaking or c.tag_ == "NN" and c.lower_.endswith("ing") and c.lower_[:-3] in speaking)]
    # and the audience the participle speaks to, whose place the parser hangs on it ("*Briefing
    # reporters* in Geneva", "*Speaking to reporters* in Kyiv"): where they were spoken to
    audience = [g for p in participles for c in p.children
                for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "to" else [])]
    return participles, audience


def _speaker_places(ctx: ArticleContext, speaker: "Token") -> list[str]:
    """The towns or regions an "in"/"at" phrase on a speaker names ("officials *in* New
    Delhi", "diplomats at the UN in New York"); not a country, which says whose they are
    ("officials in Kenya" speak for it) rather than where they spoke."""
    out: list[str] = []
    if speaker.dep_ == "pobj" and speaker.head.lower_ in ("in", "at") and speaker.head.head.pos_ in ("NOUN", "PROPN"):
        # "Officials in Kinshasa say": the speaker read as the capital that speaks for its state
        speaker = speaker.head.head
    while speaker.dep_ == "compound" and speaker.head.pos_ in ("NOUN", "PROPN"):
        speaker = speaker.head  # "UN officials in Geneva": the body read as the speaker
    for c in speaker.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at"):
            for g in c.children:
                place = ctx.place_in(g) if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") else None
                if place is not None and ctx.kind(place) == "place" and place not in out:
                    out.append(place)
    return out


def _after_event_object(ctx: ArticleContext, d: Draft, verb: "Token", prep: "Token") -> bool:
    """Whether ``prep`` on ``verb`` comes right after the verb's object that is an event noun
    of another event ("denounced the massacre in Solhan"): the parser's attachment of the
    noun's own phrase."""
    for c in verb.children:
        g = ctx.owner.get(c.i)
        if c.dep_ == "dobj" and g is not None and g is not d and g.noun == c and max(t.i for t in c.subtree) + 1 == prep.i:
            return True
    return False


def _trailing_places(ctx: ArticleContext, d: Draft) -> list[str]:
    """The places of the phrase right after an event noun that the parser hung on the verb
    of saying whose object the noun is ("condemn the Russian strike on Kyiv's children's
    hospital", "denounced the attack in Goma"): the noun's own phrase, not what was said."""
    n = d.noun
    if n is None or d.trigger.verb is not None or n.dep_ != "dobj":
        return []
    g = ctx.owner.get(n.head.i)
    if g is None or g is d or not ctx.lex.is_communication(g.cls):
        return []
    after = max(t.i for t in n.subtree) + 1
    out: list[str] = []
    for c in n.head.children:
        if c.i == after and c.dep_ == "prep" and c.lower_ in ctx.lex.place_prepositions | {"against"}:
            for pobj in c.children:
                place = ctx.place_in(pobj) if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME") else None
                if place is not None and ctx.kind(place) in ("place", "state"):
                    out.append(place)
    return out


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


#: prepositions of the two ends of a way ("spread from Khartoum to Omdurman")
_FROM = frozenset({"from"})
_TO = frozenset({"to", "into", "toward", "towards"})


def spread_places(ctx: ArticleContext) -> None:
    """Give each placed event the further places its sentence states with its place: the
    places coordinated with it ("clashes in Goma and Sake", "in Bogota, Medellin and Cali",
    "in Goma and in Sake", "in Sagaing and Magway regions") and the other end of a way
    ("fighting spread from Khartoum to Omdurman"). What is said is placed where it is
    said, by its own reading: its places are not spread. Coreferent mentions that share
    the place share the further places. A military action with no place whose targets
    are towns or regions, or whose verb's object is one, happened there ("launched drone
    strikes on Odesa and Mykolaiv", "gangs attacked Mirebalais")."""
    for d in ctx.drafts:
        if d.place is None and ctx.lex.is_a(d.cls, "MilitaryAction"):
            hit = [k for k in d.roles.get("target", ()) if ctx.kind(k) == "place"]
            hit += [m.entity for v in d.verbs() for c in v.children if c.dep_ == "dobj" and (m := ctx.mention_at.get(c.i)) is not None
                    and ctx.kind(m.entity) == "place" and m.entity not in hit and m.entity not in d.actors()]
            if hit:  # then, as for any place, the places coordinated with it
                d.place, d.also_places = hit[0], hit[1:]
        if d.place is None or d.also_places or ctx.lex.is_communication(d.cls):
            continue
        root = place_token(ctx, d)
        first = root
        while first is not None and first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first is None or (first.dep_ == "pobj" and first.head.lower_ == "of" and _whose(ctx, first.head.head)):
            continue  # "the leaders of Armenia, Azerbaijan and Russia": whose they are, no places
        actors = d.actors()
        for t in _coordinated(root):
            if _subject_of_next_verb(t) or any(c.dep_ == "compound" and c.lemma_.lower() in TITLE_HEADS for c in t.children):
                continue  # "detained Bazoum in Niamey and General Tchiani declared himself ...": a person
            place = ctx.mention_at[t.i].entity if t.i in ctx.mention_at else ctx.place_in(t) if t.pos_ in ("NOUN", "PROPN") else None
            if (place is not None and place != d.place and place not in d.also_places and place not in actors
                    and ctx.kind(place) in ("place", "state")):
                d.also_places.append(place)
    by_cluster: dict[int, list[Draft]] = {}
    for d in ctx.drafts:
        if d.cluster >= 0:
            by_cluster.setdefault(d.cluster, []).append(d)
    for members in by_cluster.values():
        spread = next((m for m in members if m.also_places), None)
        if spread is None:
            continue
        for m in members:
            if m.place == spread.place and not m.also_places:
                m.also_places = list(spread.also_places)
    for d in ctx.drafts:  # "attacks near Kirkuk and Albu Bali ... resulted in nine deaths": the cause's places
        if d.cause is not None and d.place == d.cause.place and not d.also_places:
            d.also_places = list(d.cause.also_places)


def town_before_its_region(ctx: ArticleContext) -> None:
    """An event placed in a region or country that its sentence names right after a town and
    a comma ("ambushed on a road near Menaka, Gao region", "near Bentiu, Unity State", "near
    Kabkabiya, in North Darfur"): the
    town with its region names one place, the town, which the parser often leaves out (it
    hangs "Gao region" as an apposition of another noun)."""
    for d in ctx.drafts:
        region = ctx.entities.get(d.place) if d.place is not None else None
        if region is None or ctx.lex.is_communication(d.cls) or not region.types or region.types[0] == "City":
            continue
        sent = ctx.sents[ctx.sent_of[d.head.i]]
        starts = [i for i in range(sent.start, sent.end) if (m := ctx.mention_at.get(i)) is not None and m.entity == d.place
                  and ctx.mention_at.get(i - 1) is not m]
        for start in starts:
            # "near Bentiu, Unity State", "near Kabkabiya, in North Darfur"
            comma = start - 2 if start >= 3 and ctx.doc[start - 1].lower_ == "in" else start - 1
            if comma < 1 or ctx.doc[comma].text != ",":
                continue
            town = ctx.mention_at.get(comma - 1)
            e = ctx.entities.get(town.entity) if town is not None else None
            if e is not None and e.key != d.place and e.types and e.types[0] == "City" and e.key not in d.actors():
                d.also_places = [k for k in d.also_places if k != e.key]
                d.place = e.key
                break


def _subject_of_next_verb(t: "Token") -> bool:
    """Whether the conjunct ``t`` is in truth the subject of the verb right after it, which
    the parser made a conjunct of the clause with no subject of its own ("in Niamey and
    General Tchiani declared himself head of state")."""
    end = max(x.i for x in t.subtree) + 1
    if end >= len(t.doc):
        return False
    nxt = t.doc[end]
    return nxt.pos_ == "VERB" and nxt.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)


def drop_places_of_other_clauses(ctx: ArticleContext) -> None:
    """Take back a place an event got from its sentence (not from its own clause) when the
    sentence names it only where it says something else: as the other side of a border
    ("struck positions near the border with Chad", parsed as struck ... with Chad), or in a clause on
    a participant that says where that participant is or was ("seized a ship owned by a
    company based in Israel", "detained a soldier who had returned from Iran"), or as the
    topic of a verb such as "discuss" ("met today to discuss the situation in Haiti")."""
    for d in ctx.drafts:
        if d.place is None or "place" in d.direct:
            continue
        sent = ctx.sents[ctx.sent_of[d.head.i]]
        named = [t for t in sent if (m := ctx.mention_at.get(t.i)) is not None and m.entity == d.place
                 and ctx.mention_at.get(t.head.i) is not m]
        if named and all(_said_of_something_else(ctx, d, t) for t in named):
            d.place, d.also_places = None, []


def _said_of_something_else(ctx: ArticleContext, d: Draft, t: "Token") -> bool:
    """Whether the place named at ``t`` (its mention's head) is the other side of a border,
    the topic of a verb of discussing, or sits in a clause on a participant that says where
    that participant is or was."""
    if t.dep_ == "pobj" and t.head.lower_ == "with":
        # "near the border with Chad" (the parser may hang "with" on the verb): the other side
        borders = words("events", "border_nouns")
        return t.head.head.lemma_.lower() in borders or (t.head.i > 0 and t.doc[t.head.i - 1].lemma_.lower() in borders)
    elsewhere = words("events", "elsewhere_verbs") | words("events", "origin_verbs")
    topics = words("events", "topic_verbs")
    for a in t.ancestors:
        if a.pos_ == "VERB" and a.lemma_.lower() in topics and a not in d.verbs():
            return True  # "met today to discuss the situation in Haiti": what was talked about
        if (a.dep_ in ("nsubj", "nsubjpass") and t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.head.head == a
                and (said := ctx.owner.get(a.head.i)) is not None and said is not d and said.frame is not None
                and said.frame.speaker is not None and ctx.lex.is_communication(said.cls)
                and a.left_edge.i <= said.frame.speaker.i <= a.right_edge.i
                and any(ctx.kind(k) in ("state", "organization") for k in said.roles.get("speaker", []))):
            # "Officials in New Delhi say troops will arrest ...": where a state's or a body's
            # officials sit (but "Reports from Dili say X was shot": where the news comes
            # from, and happened; "Residents in Goma said ...": witnesses where it happened)
            return True
        if a.i in ctx.owner or a in d.verbs():
            return False  # an event's clause (this one's or another's) reads its own places
        if a.dep_ in ("relcl", "acl") and a.pos_ == "VERB" and (
                a.lemma_.lower() in elsewhere or pluperfect(a)):
            return True
    return False


def _whose(ctx: ArticleContext, noun: "Token") -> bool:
    """Whether ``noun`` names people or a body ("leaders", "forces", "the government"),
    whose "of" phrase says whose they are rather than where."""
    return ctx.actor_noun(noun) or noun.lemma_.lower() in TITLE_HEADS or ctx.groups.noun_of(noun) is not None


def place_token(ctx: ArticleContext, d: Draft) -> "Token | None":
    """The head of the mention of the event's place in its own clause (the phrases on its
    trigger, its verbs and the verb its noun is the subject of) nearest to its trigger;
    None when the clause does not name it (a place read from a pronoun, from the
    sentence or from a coreferent mention)."""
    heads = d.anchors()
    n, v = d.noun, d.trigger.verb
    t = n
    for _ in range(4 if n is not None and v is None else 0):
        # the verb the event noun hangs on: "the fighting reached the villages of Kiwanja
        # and Rutshuru", "resulted in hundreds of casualties ... in both Iran and Israel"
        if t is None or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "prep"):
            break
        t = t.head
        if t.pos_ == "VERB":
            heads.append(t)
            break
    if v is not None and v.dep_ == "advcl" and v.tag_ == "VBG":
        heads.append(v.head)  # "launched attacks on Zamzam, Abu Shouk and El Fasher, killing hundreds"
    best: Token | None = None
    for i in sorted(i for i, m in ctx.mention_at.items() if m.entity == d.place):
        t = ctx.doc[i]
        m = ctx.mention_at[i]
        # inside the clause: the token is one of the heads or hangs under one
        if not any(h.i == i or h.is_ancestor(t) for h in heads):
            continue
        # the mention's head: its token whose head lies outside it ("Magway" in "Magway Region")
        while t.head.i != t.i and ctx.mention_at.get(t.head.i) is m:
            t = t.head
        if best is None or abs(t.i - d.head.i) < abs(best.i - d.head.i):
            best = t
    return best


def _coordinated(root: "Token") -> list["Token"]:
    """The tokens coordinated with a place's head: its conjuncts ("Goma and Sake"), those of
    a repeated preposition ("in Goma and in Sake") and the other end of a way ("from
    Khartoum to Omdurman")."""
    out = list(root.conjuncts)
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None:
        return out
    out += [g for p in prep.conjuncts if p.dep_ == "conj" or p.head == prep for g in p.children if g.dep_ == "pobj"]
    word = prep.lower_
    other = _TO if word in _FROM else _FROM if word in _TO else frozenset()
    if other:
        # the other end on the same head ("spread from X to Y") or on the first end ("from X to Y")
        ends = [c for h in (prep.head, root) for c in h.children if c.dep_ == "prep" and c.lower_ in other]
        out += [g for c in ends for g in c.children if g.dep_ == "pobj"]
    return out


def compared(ctx: ArticleContext, t: "Token") -> bool:
    """Whether the place named at ``t`` only bounds a comparison: it hangs (through nouns and
    prepositions, no clause of an event between) on an event noun told with a superlative ("the
    *largest* massacre in Africa", "the *most serious* clashes in the region") or on a noun
    of "any" ("the largest loss suffered by *any* colonial army in Africa"): the class the
    event is compared with, not where it happened. Not a site the superlative's own phrase
    names with another preposition ("the two worst explosions *at* Oxford Street")."""
    x = t
    prep = ""  # the preposition nearest above the place
    for _ in range(6):
        h = x.head
        if not prep and x.dep_ == "pobj":
            prep = h.lower_
        if x.dep_ == "prep" and x.lower_ == "since":
            return False  # "the largest protest since the uprising in Cairo": the earlier event's own place (see record_since)
        if h.i == x.i or (h.pos_ in ("VERB", "AUX") and h.dep_ not in ("acl", "relcl")) or x.dep_ == "relcl":
            return False
        if h.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ == "det" and c.lower_ == "any" for c in h.children):
                return True
            if prep in ("in", "of", "across", "throughout") and h.i in ctx.owner and any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(g.dep_ == "advmod" and g.lower_ == "most" for g in c.children))
                                        for c in h.children):
                return True
        x = h
    return False
