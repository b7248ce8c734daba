"""Step 2, arguments from the dependency parse: agent (subject, "by" agent, possessor,
"Azerbaijani forces"), target (object, passive subject, "against"/"of" X, the noun a passive
participle describes: "UN staff killed in Gaza"), mediator ("brokered by the EU, U.S. and
Russia", "Russia-brokered"), participants ("talks with X", "a call with X"), place ("in
Stepanakert", "along the contact line in ..."), counts. Every item of a phrase read for a
role that names no one by itself is then read as an actor named by a common noun
(:mod:`.groups`: "gunmen", "the rebels", "pro-government militias").

This module reads a verb's own arguments and calls the steps kept beside it: the roles a
phrase is read for (:mod:`.role_reading`), the arguments of an event noun
(:mod:`.nouns`), speakers, addressees and mediators (:mod:`.speakers`), the place
(:mod:`.places`) and the count (:mod:`.counts`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..event_lexicon import fold
from ..wordlists import lexicon, words
from .context import ArticleContext
from .counts import count_unit, read_count
from .draft import Draft
from .group_words import lower_lemma
from .nouns import at_the_hands_of, noun_arguments, second_sides
from .places import read_place
from .results import misplaced_result_cause
from .role_reading import add_role, agreement_noun, counted, read_groups, read_object, read_role
from .speakers import mediators, speech_roles
from .triggers import shared_passive_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["read_arguments"]


def read_arguments(ctx: ArticleContext, d: Draft) -> None:
    lex = ctx.lex
    comm = lex.is_communication(d.cls)
    agent_role = "speaker" if comm else "agent"
    verb = d.trigger.verb or d.support
    if comm and d.frame is not None:
        speech_roles(ctx, d)
    elif verb is not None:
        subj = ctx.subject(verb)
        if subj is not None and lex.is_a(d.cls, "Casualties") and misplaced_result_cause(ctx, verb) is not None:
            subj = None  # "police are hunting a man whose bomb exploded, killing five": not the police
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        # "were arrested on Monday and later released", "was stopped and looted by RSF
        # fighters": done to the subject of the passive it is coordinated with, by its own
        # "by" agent or the passive's
        # (not "was killed by the gunman and hostage X was killed by ...": X's own clause)
        opener = ctx.opener(verb) if verb == d.trigger.verb and not comm and passive else None
        shared = shared_passive_subject(verb) if verb == d.trigger.verb and not comm and opener is None else None
        if opener is not None:
            read_object(ctx, d, opener)
        if shared is not None:
            passive = True
            subj = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), subj)
        # "reports that its forces had massacred civilians", parsed as a participle on
        # "reports": a clause with a subject of its own is no participle; "the soldiers
        # *killed* in the attack were buried", tagged a past tense: one
        participle = (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")
                      and not any(c.dep_ in ("nsubj", "aux") for c in verb.children))
        if participle and not comm and (verb.head.pos_ in ("NOUN", "PROPN") or verb.head.tag_ == "DT"):
            # "34 civilians killed in massacres by jihadists": the participle's own "by"
            # agent, never the subject of the clause it hangs in ("seven soldiers killed ...
            # and 34 civilians killed": the soldiers killed no one); also on a demonstrative
            # ("the families of *those* killed by the militia")
            subj = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "nsubj", "dobj") and not comm:
            # "wounded in shelling by Russian forces": a gerund read as a noun names its doer with "by"
            by = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
            subj = by if by is not None else subj
        if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subj = verb.head  # "airstrikes ... that killed dozens": the antecedent
            t, steps = subj, 0
            # "airstrikes on a hall in the Sagaing region, an opposition stronghold ..., that
            # killed dozens": the parser hangs the clause on the last noun; what killed is the event
            while t.i not in ctx.owner and not ctx.is_actor(t) and steps < 6:
                # "reports of airstrikes ..., that killed": what is reported
                t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and g.i in ctx.owner), t)
                if t.i in ctx.owner or t.dep_ not in ("appos", "acl", "pobj", "prep"):
                    break
                if t.dep_ == "pobj" and t.head.lower_ in ("between", "among"):
                    break  # "a conflict between the junta that took power and ...": a party, not the event
                t, steps = t.head, steps + 1
            owner = ctx.owner.get(t.i)
            if owner is not None and owner is not d and t == (owner.noun or owner.head) and not ctx.is_actor(subj):
                subj = t
        if subj is not None and not passive and subj.head.dep_ == "agent" and subj.head.head == verb:
            # "The protesters shot by soldiers ... were students", the participle parsed as a
            # clause with the protesters its subject: they were shot (ctx.subject gave the "by")
            for undergoer in (c for c in verb.children if c.dep_ == "nsubj"):
                read_object(ctx, d, undergoer)
        if subj is not None:
            cause = ctx.owner.get(subj.i)
            if cause is not None and cause is not d and subj == (cause.noun or cause.head):
                d.cause = cause  # its actors and place, once coreference has filled them
            elif (not comm and not passive and lex.has_frame(d.cls, "victim")
                  and (subj.head == verb or counted(subj) is not subj or verb.dep_ in ("relcl", "acl") and subj == verb.head
                       or verb.dep_ == "conj" and subj.head == verb.head  # "was shot and died": the subject they share
                       or verb.dep_ == "xcomp" and subj.head == verb.head)  # "is believed to have died": the subject raised
                  and (verb.lemma_.lower() in words("events", "undergoer_verbs") or _absolute(verb))):
                # "three civilians died", "with eight school children killed": who died is
                # the victim, not a doer
                read_object(ctx, d, subj)
            else:
                d.add(agent_role, ctx.actor_roles(read_role(ctx, d, agent_role, subj) or _weapon_owners(ctx, subj)))
                if agent_role in d.roles:
                    d.direct.add("actor")
        if not comm and verb == d.trigger.verb and agent_role not in d.roles and lex.has_frame(d.cls, "victim"):
            for doer in at_the_hands_of(verb):  # "died at the hands of security forces"
                add_role(ctx, d, agent_role, doer)
                d.direct.add("actor")
        if passive and not comm and verb == d.trigger.verb and agent_role not in d.roles:
            # "were killed or captured by security forces": the "by" of the last passive is
            # the first's too, when both are done to someone
            for doer in _shared_by_agent(ctx, d, verb):
                add_role(ctx, d, agent_role, doer)
                d.direct.add("actor")
        if verb.dep_ == "amod" and verb == d.trigger.verb:  # "of shelling Jermuk" parsed as a modifier
            read_object(ctx, d, verb.head)
        elif participle and verb == d.trigger.verb and not comm and verb.head.pos_ in ("NOUN", "PROPN"):
            # "UN staff killed in Gaza", "two Americans and an Afghani injured": the noun the
            # participle describes is what it was done to
            read_object(ctx, d, _of_kin(verb))
            first = verb.head
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                # "two Americans and an Afghani injured", the participle parsed on the last
                # item: it describes them all
                first = first.head
                read_object(ctx, d, first)
        if participle and verb == d.trigger.verb and not comm and lex.has_frame(d.cls, "victim"):
            for named in _said_to_be_among(verb.head):  # "X was among those arrested", "those killed included Y"
                read_object(ctx, d, named)
            _those_done(ctx, d, verb)
        if (verb == d.trigger.verb and not comm and verb.tag_ == "VBN" and verb.dep_ in ("nsubj", "nsubjpass", "pobj")
                and lex.has_frame(d.cls, "victim") and any(c.dep_ == "det" and c.lower_ in ("those", "the") for c in verb.children)):
            # "Those arrested included A, B and the journalist C", "Among the wounded was X",
            # the participle read as a noun with "those" or "the" its determiner: as on "those" itself
            for named in _said_to_be_among(verb):
                read_object(ctx, d, named)
            those = next(c for c in verb.children if c.dep_ == "det")
            if "target" not in d.roles and those.lower_ == "those":
                # "Those abducted were released on Friday": the group of those words
                d.add("target", ctx.actor_roles([ctx.groups.those_done(those, verb)]))
                d.direct.add("actor")
        if (verb == d.trigger.verb and not comm and lex.has_frame(d.cls, "victim") and verb.dep_ in ("advcl", "oprd", "xcomp", "ccomp")
                and verb.head.lemma_.lower() in words("arguments", "resultative_verbs")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)):
            # "the riots left 40 protesters wounded": whom the verb above leaves so is the victim
            for obj in (c for c in verb.head.children if c.dep_ == "dobj"):
                read_object(ctx, d, obj)
        symmetric = lex.has_frame(d.cls, "symmetric")
        if shared is not None:
            read_object(ctx, d, shared)
        for c in verb.children:
            if c.dep_ == "dobj" and c != d.noun and c not in d.trigger.tokens and symmetric and lex.is_a(d.cls, "Consultation"):
                add_role(ctx, d, "participant", c)  # "Blinken met Aliyev"
            elif c.dep_ == "dobj" and c != d.noun and c not in d.trigger.tokens:
                read_object(ctx, d, c)
            elif c.dep_ == "nsubjpass" and passive and c != d.noun:
                read_object(ctx, d, c)
            elif c.dep_ == "dative" or (c.dep_ == "prep" and c.lemma_.lower() in ("against", "on", "at") and lex.is_a(d.cls, "MilitaryAction")):
                pobj = c if c.dep_ == "dative" else next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    read_object(ctx, d, pobj)
            elif c.dep_ == "prep" and c.lemma_.lower() in ("for", "against") and lex.has_frame(d.cls, "candidateTarget"):
                # "the Republican Party voted against Pashinyan", "MPs voted for X": the candidate
                for pobj in c.children:
                    if pobj.dep_ == "pobj" and (keys := [k for k in ctx.actors(pobj) if ctx.kind(k) == "person"]):
                        d.add("target", ctx.actor_roles(keys))
                        d.direct.add("actor")
            elif c.dep_ == "prep" and ((c.lemma_.lower() in ("with", "between") and symmetric) or (
                    c.lemma_.lower() == "with" and lex.has_frame(d.cls, "withParticipant"))):  # "protesters clashed with police"
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        add_role(ctx, d, "participant", pobj)
                        for side in second_sides(ctx, d, verb, pobj) if c.lemma_.lower() == "between" else ():
                            add_role(ctx, d, "participant", side)
        if verb == d.trigger.verb and not passive and (lex.has_frame(d.cls, "victim") or lex.has_frame(d.cls, "ofTarget")):
            for obj in _shared_object(verb):  # "soldiers arrested and tortured dozens of protesters"
                read_object(ctx, d, obj)
        if lex.is_a(d.cls, "TerritorialControl"):
            _taken_from(ctx, d, verb)
        if passive or any(c.dep_ == "dobj" for c in verb.children):
            # "activists were arrested on Monday, including A and B": the inclusion hung on
            # the verb names members of what it acts on
            for pobj in ctx.members(verb) or _trailing_members(ctx, verb):
                read_object(ctx, d, pobj)
            # "detained her along with President Win Myint", "seized the ship together with
            # its crew": acted on as the object is
            for c in verb.children:
                if c.dep_ in ("prep", "advmod") and c.lower_ in words("arguments", "companion_adverbs"):
                    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else c
                    for g in [*c.children, *([nxt] if nxt.head == verb else [])]:  # "together" and "with" both on the verb
                        if g.dep_ == "prep" and g.lower_ == "with":
                            for pobj in g.children:
                                if pobj.dep_ == "pobj":
                                    read_object(ctx, d, pobj)
    if verb is not None and not comm and "target" not in d.roles and lex.has_frame(d.cls, "victim"):
        # "killed 84 fighters from Wagner", the "from" parsed on the verb: whose fighters;
        # "killed two aid workers from the IRC": people of a body named (not of a place)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        fighters = any(c.lemma_.lower() in lex.actor_nouns for c in objects)
        people = any(ctx.groups.noun_of(c) is not None for c in objects)
        if fighters or people:
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                    for pobj in prep.children:
                        m = ctx.mention_at.get(pobj.i)
                        if pobj.dep_ == "pobj" and (fighters or m is not None and ctx.kind(m.entity) in ("organization", "group")):
                            read_object(ctx, d, pobj)
    for t in d.trigger.tokens:  # "taking control of the Lachin Corridor"
        if (t.dep_ == "dobj" and t != d.head and lex.has_frame(d.cls, "victim") and "target" not in d.roles
                and not agreement_noun(ctx, t)):  # "violates the African Union ceasefire": whose truce, no one hit
            # "took the crew hostage", parsed as one noun "crew hostage": who was taken
            for c in t.children:
                if c.dep_ == "compound" and c not in d.trigger.tokens and c.pos_ in ("NOUN", "PROPN"):
                    read_object(ctx, d, c)
        if t.dep_ == "prep" and t != d.head:
            for pobj in t.children:
                if pobj.dep_ == "pobj" and pobj not in d.trigger.tokens:
                    if _destination(ctx, d, pobj):
                        continue
                    read_object(ctx, d, pobj)
    if "target" not in d.roles and any(lex.is_a(d.cls, str(c)) for c in lexicon("arguments")["counterpart_classes"]):
        # "cut ties with the Fijian military", "severed relations with Ukraine": the other side
        heads = [*([verb] if verb is not None else []), *d.trigger.tokens]
        for c in dict.fromkeys(c for h in heads for c in h.children):
            if c.dep_ == "prep" and c.lower_ == "with":
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        add_role(ctx, d, "target", pobj)
    if d.noun is not None:
        noun_arguments(ctx, d, d.noun, agent_role)
        _shared_of(ctx, d, d.noun, agent_role)
        _led_by(ctx, d, d.noun, agent_role)
    if d.trigger.verb is None and not comm and lex.has_frame(d.cls, "victim"):
        for named in _said_to_be_among(d.noun if d.noun is not None else d.head):
            read_object(ctx, d, named)  # "Among the dead was X", "The dead included X and his driver"
    if d.host is not None and lex.has_frame(d.cls, "symmetric"):
        # "conflict erupted between the army and the RSF": the sides hang on the verb it hosts
        for c in d.host.children:
            if c.dep_ == "prep" and c.lemma_.lower() == "between":
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        add_role(ctx, d, "participant", pobj)
                        d.direct.add("actor")
    mediators(ctx, d)
    read_place(ctx, d)
    unit = count_unit(ctx, d)
    if unit is not None:
        d.count = read_count(ctx, d)
        d.count_unit = unit if d.count is not None else None
    if comm and "addressee" not in d.roles and "target" not in d.roles and d.support is not None:
        # "warnings were given to the Samaritans, the police and newspapers": to whom
        for v in d.verbs():
            for prep in v.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ == "to" and prep.i > v.i:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            add_role(ctx, d, "addressee", pobj)
    read_groups(ctx, d)
    if verb is not None and not comm and "target" not in d.roles and lex.has_frame(d.cls, "victim"):
        _elided_victims(ctx, d, verb)
    if d.channel_event is not None and d.roles.get("speaker"):
        d.channel_event.add("participant", d.roles["speaker"])


def _of_kin(participle: "Token") -> "Token":
    """The noun the participle ``participle`` describes: the one it hangs on, or, when the
    parser hung it on a noun of kin right after that noun's "of" phrase, the people of the
    phrase ("relatives of *the soldiers* killed in the ambush": the soldiers were killed, not
    their relatives; ``kin_nouns``)."""
    noun = participle.head
    if noun.lemma_.lower() not in words("arguments", "kin_nouns"):
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < participle.i
                 for g in c.children if g.dep_ == "pobj" and g.right_edge.i == participle.i - 1), noun)


def _those_done(ctx: ArticleContext, d: Draft, verb: "Token") -> None:
    """Whom a participle on a bare "those" names as the ones it was done to, when the sentence
    names no one for it ("ensure that those detained are afforded all safeguards", "the
    families of those killed"): the group of those words (not "those who were killed", a
    clause with its own subject; not a "those" with a noun, "those villages")."""
    those = verb.head
    if "target" in d.roles or those.lower_ != "those" or those.tag_ != "DT" or those.dep_ == "det":
        return
    d.add("target", ctx.actor_roles([ctx.groups.those_done(those, verb)]))
    d.direct.add("actor")


def _trailing_members(ctx: ArticleContext, verb: "Token") -> list["Token"]:
    """Members named by an inclusion phrase set off by a comma at the end of the verb's
    object, which the parser hung on the last noun of the phrase describing it: "arrested
    150 people, considered by the regime as activists affiliated with the movement, *including
    A*, the movement's leader", "detained 30 students from the university, including B".
    Not when that noun names people of its own ("the release of prisoners, including C"),
    nor through an event word ("demanding the release of ...")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    inclusion = words("events", "inclusion_prepositions")
    for obj in objects:
        if obj.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in obj.children):
            continue
        for prep in obj.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in inclusion or prep.head == obj or prep.i == 0 or prep.nbor(-1).text != ",":
                continue
            host, ok = prep.head, True
            if host.tag_ in ("NNS", "NNPS") or host.i in ctx.mention_at or ctx.groups.noun_of(host) is not None:
                continue  # "... of prisoners, including C": the host's own members
            t = host
            while t != obj and ok:
                ok = t.i not in ctx.owner
                t = t.head
            if ok:
                return ctx.members(host)
    return []


def _shared_of(ctx: ArticleContext, d: Draft, n: "Token", agent_role: str) -> None:
    """The "of" a coordinated event noun shares with the noun before it: "the ousting *and
    imprisonment* of former president X", the "of" parsed on "ousting" only; read by the
    later noun's own frame (``ofTarget``, ``ofAgent``, ``ofParticipant``). Not when it has an "of" of its own,
    nor when the "of" comes before it ("the killing of X and the arrest of Y")."""
    if n.dep_ != "conj" or n.head.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return
    lex = ctx.lex
    first = n.head
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    for prep in first.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < n.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if lex.has_frame(d.cls, "ofTarget"):
                read_object(ctx, d, pobj)
            elif lex.has_frame(d.cls, "ofAgent"):
                add_role(ctx, d, agent_role, pobj)
            elif lex.has_frame(d.cls, "ofParticipant"):
                add_role(ctx, d, "participant", pobj)


def _led_by(ctx: ArticleContext, d: Draft, n: "Token", agent_role: str) -> None:
    """Who led or planned the event the noun ``n`` names, given by apposition to a noun of
    ``event_leader_nouns`` whose possessor, modifier or "of" is ``n``, or as the subject of a
    copula that names them so: "the coup's *leader*, Brice X", "the *leader* of the coup,
    Colonel Y", "Z, the *mastermind* of the bombing", "W was one of the *leading figures in*
    the coup", "V was among the coup *leaders*"."""
    if agent_role in d.roles:
        return
    if n.dep_ in ("poss", "compound"):
        leader = n.head
    elif n.dep_ == "pobj" and n.head.lower_ in ("of", "in"):
        leader = n.head.head
    else:
        return
    if leader.pos_ != "NOUN" or leader.lemma_.lower() not in words("arguments", "event_leader_nouns"):
        return
    if n.head.lower_ == "in" and not any(c.dep_ == "amod" and c.lower_ in words("arguments", "leading_adjectives")
                                         for c in leader.children):
        return  # "a figure in the coup": only a *leading* one led it
    named = [c for c in leader.children if c.dep_ == "appos"]
    if leader.dep_ == "appos":
        named.append(leader.head)
    # "X was one of the leading figures in the coup", "Y was among the leaders of the
    # uprising", "Z became the leader of the revolt": the copula's subject
    held = leader.head.head if leader.dep_ == "pobj" and leader.head.lower_ == "of" and leader.head.head.lower_ == "one" else leader
    if held.dep_ == "pobj" and held.head.lower_ == "among":
        held = held.head
    if held.dep_ in ("attr", "prep") and held.head.lemma_.lower() in ("be", "become", "remain"):
        named += [c for c in held.head.children if c.dep_ == "nsubj"]
    role = "participant" if ctx.lex.has_frame(d.cls, "symmetric") else agent_role  # "a key figure in the talks"
    for person in named:
        m = ctx.mention_at.get(person.i)
        if m is not None and m.entity in ctx.entities and ctx.kind(m.entity) in ("person", "organization"):
            d.add(role, ctx.actor_roles([m.entity]))
            d.direct.add("actor")


def _destination(ctx: ArticleContext, d: Draft, pobj: "Token") -> bool:
    """Whether ``pobj``, under a preposition of a movement's trigger ("troops *crossed into*
    Somalia", ``movement_classes``), names the place or country it goes to: where the
    event happens, which it then takes, not what it acts on."""
    if not any(ctx.lex.is_a(d.cls, str(c)) for c in lexicon("events")["movement_classes"]):
        return False
    m = ctx.mention_at.get(pobj.i)
    if m is None or m.entity not in ctx.entities or ctx.kind(m.entity) not in ("place", "state"):
        return False
    if d.place is None:
        d.place = m.entity
        d.direct.add("place")
    return True


def _taken_from(ctx: ArticleContext, d: Draft, verb: "Token") -> None:
    """Whom a territory was taken from: "recaptured the town of Bara from the RSF", "seized
    Goma from government forces" (the "from" on the verb or on its object); not where the
    takers came from ("from the north", "from Omdurman": a place)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for pobj in prep.children:
                m = ctx.mention_at.get(pobj.i)
                if pobj.dep_ != "pobj" or pobj.pos_ not in ("NOUN", "PROPN") or (m is not None and ctx.kind(m.entity) == "place"):
                    continue
                if ctx.is_actor(pobj) or ctx.groups.noun_of(pobj) is not None or ctx.groups.body_noun(pobj) is not None:
                    read_object(ctx, d, pobj)


def _shared_object(verb: "Token") -> list["Token"]:
    """The object of the verb joined to ``verb`` by "and"/"or", when ``verb`` has none of its
    own and the parser hung the shared object on the last verb only: "soldiers *arrested* and
    tortured dozens of protesters", "gunmen abducted and killed three aid workers" (not when
    ``verb`` has an object, a prepositional one or a clause of its own, nor when the next verb
    has a subject of its own)."""
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "dative") or c.dep_ == "prep" and c.i > verb.i
           for c in verb.children):
        return []
    t, joined = verb, False
    for _ in range(4):  # "abducted, raped and killed dozens of women": along the list to its last verb
        conj = next((c for c in t.children if c.dep_ == "conj" and c.i > t.i), None)
        if conj is None or conj.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return []
        joined = joined or any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in (*t.children, *conj.children))
        objects = [c for c in conj.children if c.dep_ == "dobj"]
        if objects or any(c.dep_ in ("ccomp", "xcomp", "dative") or c.dep_ == "prep" and c.i > conj.i for c in conj.children):
            return objects if joined else []
        t = conj
    return []


def _said_to_be_among(head: "Token") -> list["Token"]:
    """The names a clause says are of the people a participle describes (``head``, "those" or a
    noun): "X was *among* those arrested", "Among those killed was Y", "Those detained
    *included* A and B", "the people wounded included C" (the subject or attribute of the
    copula "among" hangs on, or the object of "include")."""
    if head.dep_ == "pobj" and head.head.lower_ == "among" and head.head.head.lemma_.lower() == "be":
        verb, prep = head.head.head, head.head
        return [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c != prep]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() == "include":
        return [c for c in head.head.children if c.dep_ in ("dobj", "attr")]
    return []


def _shared_by_agent(ctx: ArticleContext, d: Draft, verb: "Token") -> list["Token"]:
    """The "by" agent of the passive participle coordinated after ``verb`` that has no subject
    of its own, when ``verb`` has none: "fifteen attackers were *killed* or captured by
    security forces", "three aid workers were *abducted* and killed by gunmen". Only between
    events done to someone (kgo:argumentFrame "victim"): not "were wounded and taken to
    hospital by ambulance crews"."""
    lex = ctx.lex
    if any(c.dep_ == "agent" for c in verb.children) or not lex.has_frame(d.cls, "victim"):
        return []
    t = verb
    for _ in range(3):
        conj = next((c for c in t.children if c.dep_ == "conj" and c.i > t.i), None)
        if conj is None or conj.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return []
        other = ctx.owner.get(conj.i)
        if other is None or other is d or not lex.has_frame(other.cls, "victim"):
            return []
        doers = [g for c in conj.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if doers:
            return doers
        t = conj
    return []


def _weapon_owners(ctx: ArticleContext, subj: "Token") -> list[str]:
    """Whose weapon the subject is, when a weapon is what did it ("a Russian missile struck a
    building", "Israeli drones hit a car", "Houthi missiles damaged the ship"): the country
    its adjective names or the group its modifier or possessor names."""
    lex = ctx.lex
    weapon = fold(subj.lemma_)
    if weapon not in lex.instruments and not any(weapon in lex.senses[s].nouns for s in ("Projectile", "Explosive") if s in lex.senses):
        return []
    owners: list[str] = []
    for c in subj.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < subj.i:
            keys = ctx.actors(c) if (c.i in ctx.mention_at or c.pos_ == "PRON") else []
            if not keys and c.dep_ in ("amod", "compound"):
                dm = ctx.demonym(c)
                keys = [dm] if dm else []
            owners += [k for k in keys if ctx.kind(k) != "place" and k not in owners]
    return owners


def _absolute(verb: "Token") -> bool:
    """A participle in a "with" phrase with no object ("with eight children killed", "with
    seven soldiers killed in an ambush"), or with a subject and no auxiliary ("left seven
    officers injured"): its subject is what it was done to."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if (verb.lemma_.lower() in words("arguments", "reduced_passive_verbs") and (verb.tag_ == "VBN" or verb.dep_ in ("ccomp", "conj", "xcomp", "oprd"))
            and verb.dep_ != "relcl" and not any(c.dep_ in ("aux", "auxpass", "dative", "prt") for c in verb.children)):
        # "left 20 rioters and seven police officers injured", "Five killed in blast": a harm
        # verb with a subject and no object nor auxiliary is a passive cut short, done to its subject
        return True
    if verb.lemma_.lower() in words("arguments", "reduced_passive_verbs") and _copula_after(verb):
        # "The soldiers killed in the ambush were from the 5th battalion", the participle read
        # as the main verb and the sentence's "were" as its conjunct
        return True
    return ((verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without"))
            or any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children))


def _copula_after(verb: "Token") -> bool:
    """Whether the parser read ``verb``, a participle describing its subject, as the main verb
    and the sentence's own "was"/"were" after it as its conjunct, with no "and" between
    ("the police officers *killed* in the attack *were* buried")."""
    if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    be = next((c for c in verb.children if c.dep_ == "conj" and c.lemma_ == "be" and c.pos_ == "AUX"), None)
    return (be is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in be.children)
            and not any(c.dep_ in ("cc", "punct", "aux", "auxpass") and c.i < be.i for c in verb.children))


def _elided_victims(ctx: ArticleContext, d: Draft, verb: "Token") -> None:
    """Victims a bare number stands for: "98 soldiers were killed, 47 wounded", "killed 30
    villagers and wounded 12", "129 civilians were killed and 574 injured": the 47, the 12,
    the 574 are of the victims the sentence named before, in an event of the same kind."""
    bare = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "NUM"]
    if verb.dep_ == "acl" and verb.head.pos_ == "NUM":
        bare.append(verb.head)
    # "Several soldiers were injured and some others kidnapped": others of the same victims,
    # whatever was done to them
    others = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ == "others"]
    bare += others
    if not bare or any(c.dep_ in ("nmod", "compound", "prep") for c in bare[0].children):
        return
    sent = ctx.sent_of[d.head.i]
    # "opened fire on worshippers, killing five": five of those it was done to
    governing = ctx.owner.get(verb.head.i) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
    before = [o for o in ctx.drafts if o is not d and ctx.sent_of[o.head.i] == sent and o.head.i < d.head.i
              and o.roles.get("target") and (others or o is governing or ctx.family(o.cls) == ctx.family(d.cls))
              and not _one_victim(ctx, o)]
    if before:
        d.add("target", before[-1].roles["target"])


def _one_victim(ctx: ArticleContext, d: Draft) -> bool:
    """Whether what ``d`` was done to is one person or thing, a singular noun phrase with no
    list ("killed *a police officer* and wounded 13 others", "shot *a teenager* and injured
    four"): a number or "others" after it counts other victims, not that one (but "killed 30
    villagers and wounded 12": 12 of the villagers)."""
    heads = [t for role, t in d.slots if role == "target"]
    collective = ctx.groups.words.collective
    return bool(heads) and all(
        t.tag_ in ("NN", "NNP") and lower_lemma(t) not in collective and t.lower_ not in collective
        and not any(c.dep_ == "conj" or c.pos_ == "NUM" or c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in heads)  # (not "ambushed a convoy of soldiers, killing seven": seven of the soldiers)

