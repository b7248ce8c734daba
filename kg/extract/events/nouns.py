"""Step 2, the arguments of an event noun: its possessor, modifiers and prepositions ("the
group's attacks", "talks with X", "attacks on Y"), the verb it is the object or subject of,
and who takes part in an election, talks or an agreement the clause around it names."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..speech import subject_of
from ..wordlists import lexicon, words
from .context import ArticleContext
from .draft import Draft
from .group_words import stance_object
from .involvement import involved_subject
from .pronouns import PLURAL_PRONOUNS
from .role_reading import add_role, read_object, read_role

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["at_the_hands_of", "noun_arguments", "second_sides"]


def _phrasal(verb: "Token") -> set[str]:
    """The verb's lemma, with its particle when it has one ("hit back"), or the adverb
    right after it that the parser reads as a modifier ("cut short")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children
                      if c.dep_ == "prt" or (c.dep_ in ("advmod", "acomp") and c.i == verb.i + 1)}


def _organised(verb: "Token") -> bool:
    """Whether ``verb`` is one by which who calls, organises or declares an event is named
    ("the rally, which was organised by X", "a demonstration was called by the opposition",
    "the unions called a general strike": ``organising_verbs``), and not one that says what
    the event is ("called the protest illegal", "declared the strike over")."""
    return (verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words("arguments", "organising_verbs")
            and not any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "attr") for c in verb.children)
            and not any(c.dep_ == "prt" for c in verb.children))  # "called off", "called for"


def _patient_possessor(ctx: ArticleContext, d: Draft, n: "Token", c: "Token") -> bool:
    """The possessor of an event done to someone (kgo:argumentFrame "possTarget"), read as
    its target: a plural possessive pronoun ("their detention", "demanded their release",
    "condemned their abduction": those it stands for, named before), or a person, named or
    by a singular pronoun, on the noun in the singular ("X's arrest", "the minister's
    dismissal", "his release from prison": what was done to them; not "the president's
    arrests", acts of their own). Not when the noun has an "of" object ("their release of
    the hostages", "X's release of prisoners": then they are who release). Whether it was read."""
    if not ctx.lex.has_frame(d.cls, "possTarget") or c.pos_ not in ("PRON", "PROPN", "NOUN"):
        return False
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in n.children):
        return False
    if c.pos_ != "PRON" or c.lower_ not in PLURAL_PRONOUNS:
        if n.tag_ != "NN" or (c.i not in ctx.mention_at and c.pos_ != "PRON"):
            return False
        named = ctx.actors(c)
        if not named or any(ctx.kind(k) != "person" for k in named):
            return False  # "Russia's expulsion", "the army's arrests": whose act it may be
        d.add("target", ctx.actor_roles(named))
        d.direct.add("actor")
        return True
    keys = [k for k in ctx.patient_pronoun(c) if ctx.kind(k) in ("group", "organization", "person")]
    if keys:
        d.add("target", ctx.actor_roles(keys))
        d.direct.add("actor")
    return True


def noun_arguments(ctx: ArticleContext, d: Draft, n: "Token", agent_role: str) -> None:
    lex = ctx.lex
    # the modifiers of a multi-word trigger's first words too ("an *army* drone strike",
    # "*Russian* air strikes" parsed on "air")
    inner = [g for t in d.trigger.tokens if t is not n and t.i < n.i and t.head in d.trigger.tokens
             for g in t.children if g.i < t.i and g not in d.trigger.tokens and g.dep_ in ("compound", "amod", "nmod", "poss")]
    # who a modifier or possessor names: the doer, or on a noun of harm suffered those who
    # suffered it ("American military deaths", "Ukraine's casualties", "army fatalities";
    # frame "victimModifier", not on an act's noun: "the Israeli killing of ...", "agentModifier")
    side = "target" if lex.has_frame(d.cls, "victimModifier") and not lex.has_frame(d.cls, "agentModifier") else agent_role
    for c in [*n.children, *inner]:
        dep, low = c.dep_, c.lemma_.lower()
        if dep == "poss" and _patient_possessor(ctx, d, n, c):
            continue
        if dep in ("compound", "amod", "nmod") and stance_object(c):
            continue  # "anti-Japan protests": what they are against, not where or by whom
        if dep == "poss" or (dep in ("compound", "amod", "nmod") and c.i < n.i and c not in d.trigger.tokens):
            keys = ctx.actors(c) if (c.i in ctx.mention_at or c.pos_ == "PRON") else []
            if not keys and dep == "poss" and c.pos_ == "NOUN" and c.i not in ctx.owner:
                keys = read_role(ctx, d, side, c)  # "the group's attacks", "the rebels' offensive": read as a group (read_groups)
            if not keys and dep in ("compound", "amod"):
                dm = ctx.demonym(c)
                keys = [dm] if dm else []
            if (not keys and dep == "compound" and c.pos_ == "NOUN" and c.i not in ctx.owner
                    and (ctx.groups.noun_of(c) in words("groups", "armed") or ctx.groups.body_noun(c) is not None)):
                read_role(ctx, d, side, c)  # "an army drone strike", "a police raid": read as a group (read_groups)
            # a state named on the noun of a crowd's or a country's own event is where it is, not
            # who does it ("the Peru fuel protests", "Kenya's election"; frame "placeModifier")
            where = lex.has_frame(d.cls, "placeModifier")
            places = [k for k in keys if ctx.kind(k) == "place" or (where and ctx.kind(k) == "state")]
            if places and d.place is None:
                d.place = places[0]
                d.direct.add("place")
            actors = [k for k in keys if k not in places]
            if actors:
                d.add(side, ctx.actor_roles(actors))
                d.direct.add("actor")
        elif dep == "prep" and (low == "by" or (low == "from" and lex.has_frame(d.cls, "fromAgent"))
                                or (low == "of" and lex.has_frame(d.cls, "ofAgent"))):
            # "the withdrawal of M23 from Goma": who withdraws
            # "with support from Australia and Bahrain": who gives is the agent
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    add_role(ctx, d, agent_role, pobj)
        elif (dep == "acl" or (dep == "relcl" and (low in lex.agent_verbs or _organised(c)))) and low not in lex.mediation_verbs:
            # "a strike attributed to Turkey", "an attack launched by X", "the attacks, which
            # were claimed by ISIL", "the rally, which was organised by X", "the strike, which
            # was called by the unions"
            for agent in c.children:
                if agent.dep_ == "prep" and lex.agent_preps.get(low) == agent.lower_:  # "a strike attributed to Turkey"
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            add_role(ctx, d, agent_role, pobj)
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            add_role(ctx, d, agent_role, pobj)
        elif dep == "prep" and low == "between" and lex.is_a(d.cls, "MilitaryAction") and not lex.has_frame(d.cls, "symmetric"):
            # "a raid between police and the NLA", "the escalation between Thailand and
            # Cambodia": both sides take part, when named (not "the two neighbours")
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    for side in [pobj, *second_sides(ctx, d, n, pobj)]:
                        d.add("participant", ctx.actor_roles(ctx.actors(side)))
        elif dep == "prep" and ((low in ("with", "between") and lex.has_frame(d.cls, "symmetric"))
                                or (low == "of" and lex.has_frame(d.cls, "ofParticipant"))):
            # "talks with X", "a meeting of the Security Council", "the reelection of President X"
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    add_role(ctx, d, "participant", pobj)
                    d.direct.add("actor")
                    if low == "between":
                        for side in second_sides(ctx, d, n, pobj):
                            add_role(ctx, d, "participant", side)
        elif dep == "prep" and (low in ("against", "on") or (low == "of" and lex.has_frame(d.cls, "ofTarget"))):
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    read_object(ctx, d, pobj)
    if lex.has_frame(d.cls, "symmetric") and "participant" not in d.roles:
        # "clashes broke out during a raid between police and X", "a shootout which erupted
        # during a raid between ...": the sides the parser hung on the operation it broke out in
        for side in _sides_of_setting(ctx, d, n):
            add_role(ctx, d, "participant", side)
            d.direct.add("actor")
    if lex.has_frame(d.cls, "symmetric"):
        # "the war, which began in April 2023 between the army and the RSF", "an armed
        # conflict that started on 23 May between government forces and militants": the sides
        # the relative clause on the event noun names
        for v in n.children:
            if v.dep_ != "relcl" or not any(s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in v.children):
                continue
            for prep in v.children:
                if prep.dep_ == "prep" and prep.lower_ == "between":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            add_role(ctx, d, "participant", pobj)
                            d.direct.add("actor")
    if "target" not in d.roles and any(lex.is_a(d.cls, str(c)) for c in lexicon("arguments")["ending_classes"]):
        for ousted in _ended_rule(n):  # "the 2005 coup that ended X's 21 years in power": X
            read_object(ctx, d, ousted)
    if (lex.has_frame(d.cls, "symmetric") and n.dep_ == "pobj" and n.head.lower_ in ("at", "in")
            and n.head.head.lemma_.lower() in words("arguments", "state_verbs")):
        # "the RSF, which has been at war with the army since April 2023": both sides
        verb = n.head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        others = [g for p in (*verb.children, *n.children) if p.dep_ == "prep" and p.lower_ == "with"
                  for g in p.children if g.dep_ == "pobj"]
        for side in ([subj] if subj is not None else []) + others:
            add_role(ctx, d, "participant", side)
            d.direct.add("actor")
    if agent_role not in d.roles:  # "protests and armed resistance by local forces": by them both
        for conj in n.children:
            if conj.dep_ == "conj" and conj.pos_ == "NOUN":
                for prep in conj.children:
                    if prep.dep_ == "prep" and prep.lower_ == "by":
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                add_role(ctx, d, agent_role, pobj)
    if agent_role not in d.roles and n.dep_ == "dobj" and n.head.lemma_.lower() in words("arguments", "drawing_verbs"):
        for side in _drawn_from(ctx, n):
            add_role(ctx, d, agent_role, side)
            d.direct.add("actor")
    counted = n
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ in words("events", "series_nouns"):
        counted = n.head.head  # "launched a series of attacks": what is done to the series is done to them
    if counted.dep_ == "conj" and counted.head.pos_ == "NOUN" and counted.head.dep_ in ("dobj", "nsubjpass"):
        # "carrying out a large-scale air and ground operation", "launched raids and arrests":
        # what is done to the first noun is done to the nouns coordinated with it
        counted = counted.head
    doers = lex.agent_verbs | words("arguments", "doer_verbs")
    if _organised(counted.head):
        doers = doers | {counted.head.lemma_.lower()}  # "a demonstration was called by the opposition parties"
    if lex.is_communication(d.cls):
        doers = doers | words("arguments", "issuing_verbs")  # "X published statements", "Y delivered a speech"
    doer_owner = ctx.owner.get(counted.head.i)
    if (agent_role not in d.roles and counted.dep_ in ("nsubjpass", "dobj", "nsubj") and _phrasal(counted.head) & doers
            and (doer_owner in (None, d) or (counted is not n and counted in doer_owner.trigger.tokens))):
        # (the verb is the trigger of the first noun's event: "launched airstrikes and raids")
        # "the attack was led by X", "X carried out the attack", "X claimed the bombing"
        subj = subject_of(counted.head, climb=False) if counted.dep_ != "nsubj" else None
        if subj is None and counted.dep_ == "dobj" and counted.head.dep_ == "acl" and counted.head.head.pos_ == "NOUN":
            # "the IRA's decision to carry out the attacks", "the army's plan to launch an
            # offensive": whose decision it is
            subj = next((c for c in counted.head.head.children if c.dep_ == "poss"), None)
        if subj is None and counted.dep_ == "dobj" and counted.head.dep_ == "xcomp":
            subj = ctx.subject(counted.head)  # "urged the Houthis to cease their attacks"
        if subj is None and counted.dep_ == "dobj" and counted.head.dep_ == "advcl" and counted.head.tag_ == "VBG":
            subj = ctx.subject(counted.head)  # "was shot while delivering a speech": who was shot
        if subj is None and counted.dep_ == "dobj" and counted.head.dep_ == "conj" and counted.head.head.pos_ in ("VERB", "AUX"):
            subj = ctx.subject(counted.head)  # "the government deployed soldiers and tightened curfews": the shared subject
        if subj is not None and subj != counted:
            add_role(ctx, d, agent_role, subj)
            d.direct.add("actor")
    if counted.dep_ == "dobj" and "target" not in d.roles and ctx.owner.get(counted.head.i) is None and (
            (lex.is_a(d.cls, "MilitaryAction") and counted.head.lemma_.lower() in words("arguments", "defence_verbs"))
            or (lex.has_frame(d.cls, "victim") and not lex.has_frame(d.cls, "symmetric")
                and counted.head.lemma_.lower() in words("arguments", "undergoing_verbs"))):
        # "MINUSCA peacekeepers repelled an attack on their base": who fought it off was hit;
        # "the governor survived an assassination attempt", "the opposition leader faces
        # arrest": who undergoes it is who it is done to
        subj = subject_of(counted.head, climb=False)
        if subj is not None:
            read_object(ctx, d, subj)
    if "target" not in d.roles and not lex.is_communication(d.cls):
        for struck in [*_struck_by(ctx, d, n), *_said_target(n)]:
            read_object(ctx, d, struck)
    if agent_role not in d.roles and lex.has_frame(d.cls, "victim") and not lex.is_communication(d.cls):
        # "suffered torture at the hands of the militia", "the killing of X at the hands of police"
        verb = n.head if n.dep_ in ("dobj", "nsubj", "nsubjpass") and ctx.owner.get(n.head.i) in (None, d) else None
        for doer in [*at_the_hands_of(n), *(at_the_hands_of(verb) if verb is not None else ())]:
            add_role(ctx, d, agent_role, doer)
            d.direct.add("actor")
    if (agent_role not in d.roles and not lex.is_communication(d.cls) and n.dep_ == "pobj" and n.head.lower_ == "with"
            and n.head.head.pos_ == "VERB" and ctx.owner.get(n.head.head.i) is None
            and _phrasal(n.head.head) & words("arguments", "response_verbs")):
        # "Israel responded with strikes on southern Lebanon", "the army retaliated with shelling"
        subj = subject_of(n.head.head)
        if subj is not None:
            add_role(ctx, d, agent_role, subj)
            d.direct.add("actor")
    fought = _fought_in(ctx, d, n) if not lex.is_communication(d.cls) else None
    if fought is not None:
        # "Jihadists killed at least 30 soldiers in an attack on a base", "the SDF captured
        # Deir ez-Zor in an offensive", "the jihadists overran the camp after seven hours of
        # fighting": who did it made the attack or offensive, or fought in the fighting
        role = "participant" if lex.has_frame(d.cls, "symmetric") else agent_role
        add_role(ctx, d, role, fought)
        d.direct.add("actor")
    if agent_role not in d.roles and n.dep_ == "pobj" and n.head.lower_ in ("in", "through") and lex.is_a(d.cls, "Coup"):
        # "soldiers led by Captain X removed the president in a coup", "the army seized power
        # in a coup": who ousted or took power made the coup (not who "was ousted in a coup")
        verb = n.head.head
        if (verb.pos_ == "VERB" and verb.lemma_.lower() in words("arguments", "ousting_verbs")
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)):
            subj = subject_of(verb, climb=False)
            if subj is not None:
                add_role(ctx, d, agent_role, subj)
                d.direct.add("actor")
            for ousted in (c for c in verb.children if c.dep_ == "dobj" and "target" not in d.roles):
                read_object(ctx, d, ousted)  # "removed the interim president, X": whom
    if agent_role not in d.roles and n.dep_ == "pobj" and n.head.lower_ == "on" and any(
            lex.is_a(d.cls, str(c)) for c in lexicon("arguments")["journey_classes"]):
        # "President X was out of the country on a private trip to Nigeria", "the minister,
        # on a visit to Kyiv, said": who the clause is about makes the trip
        verb = n.head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            add_role(ctx, d, agent_role, subj)
            d.direct.add("actor")
    if n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.pos_ == "VERB" and ctx.owner.get(n.head.head.i) is None:
        # "placed Riek Machar under house arrest": who placed, whom; "the convoy came under
        # attack", "Machar was put under arrest": what is under it is its target
        verb = n.head.head
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        subj = subject_of(verb, climb=False) if obj is None or obj.dep_ == "dobj" else None
        if obj is not None and subj is not None and agent_role not in d.roles:
            add_role(ctx, d, agent_role, subj)
        if obj is not None or subj is not None:
            read_object(ctx, d, obj if obj is not None else subj)
        if agent_role not in d.roles:
            # "came under attack from Turkish-backed factions", "came under fire from the RSF"
            for prep in [*n.children, *verb.children]:
                if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > n.i:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and (ctx.is_actor(pobj) or ctx.groups.noun_of(pobj) is not None):
                            add_role(ctx, d, agent_role, pobj)
    if (n.dep_ == "pobj" and n.head.dep_ == "agent" and "target" not in d.roles and lex.has_frame(d.cls, "ofTarget")
            and n.head.head.lemma_.lower() in words("arguments", "struck_verbs")):
        # "the Continental building was shattered by an explosion", "the market was hit by an
        # airstrike": what the passive verb's subject names was the event's target
        struck = next((c for c in n.head.head.children if c.dep_ == "nsubjpass"), None)
        if struck is not None:
            read_object(ctx, d, struck)
    if agent_role not in d.roles and (lex.has_frame(d.cls, "symmetric") or lex.is_a(d.cls, "Election")):
        # also beside the sides the noun's own "with" names ("X arrives for a meeting with Y")
        for side in _participants_around(ctx, d, counted):
            add_role(ctx, d, "participant", side)
            d.direct.add("actor")
    if lex.has_frame(d.cls, "victim") and n.dep_ == "pobj" and n.head.lower_ == "to" and n.head.head.pos_ == "VERB":
        _done_to_death(ctx, d, n.head.head, agent_role)
    if lex.has_frame(d.cls, "symmetric") and lex.is_a(d.cls, "Consultation"):
        for side in _brought_together(ctx, d, n):
            add_role(ctx, d, "participant", side)
            d.direct.add("actor")
    if agent_role not in d.roles and n.dep_ == "appos" and any(c.dep_ == "case" for c in n.head.children) and n.head.i in ctx.mention_at:
        # "Hamas's October 7 attack", parsed as an apposition to the possessor
        d.add(agent_role, ctx.actor_roles(ctx.actors(n.head)))
    if agent_role not in d.roles and n.dep_ == "pobj" and n.head.lemma_.lower() in ("of", "for"):
        accused = n.head.head  # "accused the RSF of ethnic cleansing"
        if accused.pos_ == "VERB":  # "blamed Russia for the missile strike", the "for" parsed on the verb
            accused = next((c for c in accused.children if c.dep_ == "dobj" and c.i < n.i), accused)
        verb = accused.head if accused.dep_ == "dobj" else accused
        gov = ctx.owner.get(verb.i)
        if accused is verb:  # "Boko Haram has been blamed for the bombing", "the RSF was accused of ..."
            accused = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < n.i), verb)
        if gov is not None and ctx.lex.is_a(gov.cls, "Accusation") and accused.dep_ in ("dobj", "nsubjpass"):
            add_role(ctx, d, agent_role, accused)
    if agent_role not in d.roles and not lex.is_communication(d.cls):
        role = "participant" if lex.has_frame(d.cls, "symmetric") else agent_role
        for side in _involved_in(ctx, n):
            add_role(ctx, d, role, side)
            d.direct.add("actor")
    if agent_role not in d.roles and not lex.is_communication(d.cls):
        # "X was involved in the bombing", "who took part in the raid": who took part did it
        doer = involved_subject(ctx, n)
        if doer is not None:
            role = "participant" if lex.has_frame(d.cls, "symmetric") else agent_role
            keys = ctx.actor_roles(read_role(ctx, d, role, doer))
            if keys:
                d.add(role, keys)
                d.direct.add("actor")
    if agent_role not in d.roles and not lex.is_communication(d.cls):
        accused = _held_for(ctx, n)
        if accused is not None:
            add_role(ctx, d, agent_role, accused)
            d.direct.add("actor")
    if agent_role not in d.roles and n.dep_ == "pobj" and n.head.lower_ == "for":
        # "X claimed responsibility for the attack", or "for" parsed on the verb ("took credit for")
        nouns = words("events", "responsibility_nouns")
        owned = n.head.head
        verb = owned if owned.pos_ in ("VERB", "AUX") else owned.head
        owned = owned if owned != verb else next((c for c in verb.children if c.dep_ == "dobj"), verb)
        if (owned.dep_ == "dobj" and owned.head == verb and owned.lemma_.lower() in nouns
                and verb.lemma_.lower() in words("events", "responsibility_verbs")):
            subj = subject_of(verb, climb=False)
            if subj is not None:
                add_role(ctx, d, agent_role, subj)
                d.direct.add("actor")
        elif owned.lemma_.lower() in nouns and owned.dep_ in ("ROOT", "appos"):
            # "Al-Shabaab accepted responsibility for the bombing" parsed as one noun phrase
            # ("Shabaab" nmod, or the head of "responsibility" in apposition, and "accepted" an
            # amod of "responsibility"): the name before the verb
            claimed = next((c for c in owned.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")
                            and c.lemma_.lower() in words("events", "responsibility_verbs")), None)
            named = [owned.head] if owned.dep_ == "appos" else [c for c in owned.children if c.dep_ in ("nmod", "nsubj")]
            subj = next((c for c in named if claimed is not None and c.i < claimed.i and c.i in ctx.mention_at), None)
            if subj is not None:
                add_role(ctx, d, agent_role, subj)
                d.direct.add("actor")
    if agent_role not in d.roles and n.dep_ == "nsubjpass" and (gov := ctx.owner.get(n.head.i)) is not None and gov is not d \
            and ctx.lex.is_a(gov.cls, "Accusation"):
        # "the bombing was blamed on Boko Haram": on whom it is blamed
        for c in n.head.children:
            if c.dep_ == "prep" and c.lower_ == "on":
                for g in c.children:
                    if g.dep_ == "pobj":
                        add_role(ctx, d, agent_role, g)
    culprit = _culprit(ctx, n) if agent_role not in d.roles and not lex.is_communication(d.cls) else None
    if culprit is not None:
        # "al-Shabaab was behind the attack", "the M23 was responsible for the killings"
        keys = ctx.actor_roles(read_role(ctx, d, agent_role, culprit))
        if keys:
            d.add(agent_role, keys)
            d.direct.add("actor")
    if d.support is None and d.governor is not None and agent_role not in d.roles and (any(
        ctx.lex.is_a(d.governor.cls, str(c)) for c in lexicon("events")["own_act_classes"]
    ) or d.governor.head.lemma_.lower() in words("events", "own_act_verbs")):
        # "Azerbaijan announced a new offensive", "IS claimed the attacks": the announcer is the agent (not "the AU
        # condemned the attack", "officials confirmed civilian casualties", "the agency
        # acknowledged the airstrikes": who condemns, confirms or reports speaks of others' acts)
        d.add(agent_role, d.governor.roles.get("speaker", []))
    if agent_role not in d.roles and n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("VERB",) and d.channel_event is None:
        # "In a call with Aliyev, Blinken urged": the clause's subject takes part in the call
        clause = n.head.head
        if any(lex.is_a(d.cls, s) for s in ("Consultation",)) and n.head.lemma_.lower() in ("in", "during"):
            subj = subject_of(clause)
            if subj is not None:
                add_role(ctx, d, "participant", subj)


def _struck_by(ctx: ArticleContext, d: Draft, n: "Token") -> list["Token"]:
    """What the event noun ``n`` of a harm (kgo:argumentFrame "victim" or "ofTarget"), the
    subject of a verb of harm that is no event of its own (``struck_verbs``), struck: "the
    explosion *targeted* a bakery", "a blast *rocked* the embassy", "a car bomb *tore
    through* a market" (its object, or its "through"). Not through a verb that is an event
    itself ("the blast killed five": a death of its own), nor for an event of no harm ("the
    protests rocked the government")."""
    verb = n.head
    if n.dep_ != "nsubj" or verb.pos_ != "VERB" or ctx.owner.get(verb.i) not in (None, d):
        return []
    if not (ctx.lex.has_frame(d.cls, "victim") or ctx.lex.has_frame(d.cls, "ofTarget")):
        return []  # "the protests rocked the government": shook it, did not strike it
    if verb.lemma_.lower() not in words("arguments", "struck_verbs"):
        return []
    return [*(c for c in verb.children if c.dep_ == "dobj"),
            *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "through" for g in c.children if g.dep_ == "pobj")]


def at_the_hands_of(verb: "Token") -> list["Token"]:
    """Who did a harm named by the idiom "at the hands of X" on its verb (``hands_nouns``):
    "dozens died *at the hands of* security forces", "were tortured at the hands of the militia"."""
    return [g for at in verb.children if at.dep_ == "prep" and at.lower_ == "at"
            for hand in at.children if hand.dep_ == "pobj" and hand.lemma_.lower() in words("arguments", "hands_nouns")
            for of in hand.children if of.dep_ == "prep" and of.lower_ == "of"
            for g in of.children if g.dep_ == "pobj"]


def _said_target(n: "Token") -> list["Token"]:
    """The name a copula says is the target or victim (``target_nouns``) of the event noun
    ``n``: "the embassy *was the target of* a bomb attack", "X became a victim of the purge"
    (the subject), "the target of the attack was Y" (what it is said to be)."""
    if n.dep_ != "pobj" or n.head.lower_ != "of":
        return []
    noun = n.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("arguments", "target_nouns"):
        return []
    verb = noun.head
    if verb.lemma_.lower() not in ("be", "become", "remain"):
        return []
    if noun.dep_ == "attr":
        return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if noun.dep_ == "nsubj":
        return [c for c in verb.children if c.dep_ == "attr"]
    return []


def _done_to_death(ctx: ArticleContext, d: Draft, verb: "Token", agent_role: str) -> None:
    """The victim and the doer of an event done to people that a verb's "to" names as where
    it brought its object ("X was beaten *to death* by police", "a fishmonger who was
    crushed to death", "soldiers stabbed him to death", "people were subjected to violent
    attacks"): the verb's object or passive subject suffered it, its subject or "by" agent did it.
    Not when the verb is an event of another kind than one done to people ("sentenced to
    death": a trial)."""
    gov = ctx.owner.get(verb.i)
    if gov is not None and gov is not d and not ctx.lex.has_frame(gov.cls, "victim"):
        return
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    victim = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if victim is None:
        return
    if "target" not in d.roles:
        read_object(ctx, d, victim)
    doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) if passive \
        else subject_of(verb, climb=False)
    if doer is not None and agent_role not in d.roles:
        add_role(ctx, d, agent_role, doer)
        d.direct.add("actor")


def _brought_together(ctx: ArticleContext, d: Draft, n: "Token") -> list["Token"]:
    """Who takes part in talks or a meeting named by the noun ``n`` through a verb that is no
    event itself: the subject and object of a verb that has them "for" it ("X hosted Y and Z
    *for talks*"; only the object of a verb of ``convening_verbs``: "Qatar invited both
    sides for negotiations"), and the "with"
    the parser hung on the verb whose object it is ("X attended a summit *with* Y")."""
    if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.pos_ == "VERB":
        verb = n.head.head
        if ctx.owner.get(verb.i) not in (None, d):
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < n.i]
        # who hosts takes part; who invites or convenes others may only bring them together
        convener = _phrasal(verb) & words("arguments", "convening_verbs")
        subj = subject_of(verb, climb=False) if not convener else None
        return [*([subj] if subj is not None and objects else []), *objects]
    if n.dep_ == "dobj" and n.head.pos_ == "VERB" and ctx.owner.get(n.head.i) in (None, d):
        return [g for p in n.head.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > n.i
                for g in p.children if g.dep_ == "pobj"]
    return []


def _involved_in(ctx: ArticleContext, n: "Token") -> list["Token"]:
    """The names a noun described as taking part in the event noun ``n`` is said to be
    (``involvement_participles``): "the groups *involved in* the insurgency include A, B and
    C", "the parties taking part in the talks are X and Y", "the militias involved in the
    fighting, the M23 and the FDLR" (the list read by its conjuncts). Not a noun with no
    names given."""
    if n.dep_ != "pobj" or n.head.lower_ != "in" or n.head.head.dep_ != "acl":
        return []
    part = n.head.head
    phrase = " ".join(t.lower_ for t in part.doc[part.i:n.head.i])
    if phrase not in words("arguments", "involvement_participles"):
        return []
    group = part.head
    named = [c for c in group.children if c.dep_ == "appos"]
    if group.dep_ == "nsubj" and group.head.lemma_.lower() in ("include", "be"):
        named += [c for c in group.head.children if c.dep_ in ("dobj", "attr")]
    for t in named[:6]:  # "..., the ULFA, the NDFB and the KLO": a list read as a chain of appositions
        named += [c for c in t.children if c.dep_ == "appos" and c not in named]
    return [t for t in named if t.pos_ == "PROPN" or t.i in ctx.mention_at]


def _held_for(ctx: ArticleContext, n: "Token") -> "Token | None":
    """Whom a court or the police act on for the event noun ``n`` (an event of
    ``held_for_classes``: charges, trials, arrests), who is said so to have done it: "X was
    *charged with* the murder of Y", "the court convicted Z *of* the bombing", "W was
    sentenced *for* the killing", "V was arrested *on suspicion of* attempted murder",
    "detained U on suspicion of *involvement in* the attack" (``suspicion_nouns``,
    ``involvement_nouns``), "Y was convicted *in* the bombings" (a trial only: ``_tried_in``).
    The object of that verb, or the subject of its passive. Not an "of" on a common-noun
    object ("arrested survivors of the massacre")."""
    t = n
    if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_.lower() in words("arguments", "involvement_nouns"):
        t = t.head.head  # "involvement in the bombing"
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return None
    prep, held = t.head, t.head.head
    if prep.lower_ == "of" and held.lemma_.lower() in words("arguments", "suspicion_nouns"):
        # "on suspicion of murder", "on charges of treason": as "for" the crime on the verb
        if held.dep_ != "pobj" or held.head.lower_ not in ("on", "over", "for"):
            return None
        prep, held = held.head, held.head.head
    elif prep.lower_ not in ("of", "for", "with", "in"):
        return None
    if held.pos_ == "PROPN" and held.dep_ == "dobj":
        held = held.head  # "convicted Omar X of the bombing", the "of" parsed on the name
    elif held.pos_ != "VERB":
        return None
    gov = ctx.owner.get(held.i)
    if gov is None or not any(ctx.lex.is_a(gov.cls, str(c)) for c in lexicon("arguments")["held_for_classes"]):
        return None
    if prep.lower_ == "with" and not any(c.lower_ == "with" for c in gov.trigger.tokens):
        return None  # "charged with", not "arrested with weapons"
    if prep.lower_ == "in" and not _tried_in(ctx, gov, n):
        return None
    return next((c for c in held.children if c.dep_ in ("dobj", "nsubjpass") and c.i < n.i), None)


def _tried_in(ctx: ArticleContext, gov: Draft, n: "Token") -> bool:
    """Whether a court's act ``gov`` is "in" the case of event noun ``n`` ("X was convicted
    *in* the bombings", "charged in the killing of Y", "sentenced in the death of Z"): a
    Trial, of an act that is no court's act itself ("convicted in the second trial"); not an
    arrest ("arrested in the raid": the raid was the arrest)."""
    own = ctx.owner.get(n.i)
    return ctx.lex.is_a(gov.cls, "Trial") and (own is None or not ctx.lex.is_a(own.cls, "Trial"))


def _culprit(ctx: ArticleContext, n: "Token") -> "Token | None":
    """The subject of a copula that says who was behind the event noun ``n`` (words
    ``culprit_prepositions`` and ``culprit_adjectives`` in ``ontology/lexicon/events.toml``):
    "al-Shabaab was behind the attack", "the group has been behind a series of assassinations
    and bombings", "the M23 was responsible for the killings"; the noun "behind" hangs on when an
    apposition names it ("the group behind the attack, Boko Haram"). Not a negated copula, nor one
    in a clause that a denial or a negated verb governs ("denied it was behind the attack")."""
    t = n
    while t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != t.i:
        t = t.head  # "behind assassinations and bombings"
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in words("events", "series_nouns"):
        t = t.head.head  # "behind a series of assassinations"
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return None
    prep = t.head
    if prep.lower_ in words("events", "culprit_prepositions") and prep.head.pos_ == "NOUN" and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in prep.head.children):
        return prep.head  # "the group behind the attack, Boko Haram, said": the one the apposition names
    if prep.lower_ in words("events", "culprit_prepositions"):
        cop = prep.head
    elif prep.lower_ == "for" and prep.head.dep_ == "acomp" and prep.head.lower_ in words("events", "culprit_adjectives"):
        cop = prep.head.head
    else:
        return None
    if cop.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in cop.children):
        return None
    if cop.dep_ in ("ccomp", "xcomp") and (
            any(c.dep_ == "neg" for c in cop.head.children) or (g := ctx.owner.get(cop.head.i)) is not None
            and ctx.lex.is_a(g.cls, "Denial")):
        return None
    return next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _drawn_from(ctx: ArticleContext, n: "Token") -> list["Token"]:
    """Who an event drawn by the clause's subject comes "from" ("drew criticism from the
    AU", "drew condemnation, including from Amnesty", the "from" on the noun, on the verb
    after it, or under "including"); not a place ("drew fighters from Darfur")."""
    preps = [p for p in (*n.children, *(c for c in n.head.children if c.i > n.i)) if p.dep_ == "prep"]
    preps += [g for p in preps if p.lower_ == "including" for g in p.children if g.dep_ == "prep"]
    return [g for p in preps if p.lower_ == "from" for g in p.children
            if g.dep_ == "pobj" and not any(ctx.kind(k) == "place" for k in ctx.actors(g, own=True))]


def second_sides(ctx: ArticleContext, d: Draft, n: "Token", pobj: "Token") -> list["Token"]:
    """The second side of "between" X "and" Y that the parser hung elsewhere when X has no
    conjunct: on the event word ``n`` ("a conflict between the Malian junta that took power
    and former rebel groups", Y a conjunct of the noun), or as the subject of a clause it
    conjoined to it ("fighting between the FARDC and the M-23 armed group resumed")."""
    if any(g.dep_ == "conj" for g in pobj.children):
        return []
    out = []
    for side in n.children:
        if side.dep_ == "conj" and side.i > pobj.i and ctx.owner.get(side.i) in (None, d) and side.pos_ == "VERB":
            side = next((s for s in side.children if s.dep_ == "nsubj" and pobj.i < s.i < side.i), side)
        if side.dep_ in ("conj", "nsubj") and side.i > pobj.i and side.i not in ctx.owner and side.pos_ in ("NOUN", "PROPN"):
            out.append(side)
    return out


def _fought_in(ctx: ArticleContext, d: Draft, n: "Token") -> "Token | None":
    """The subject of the clause whose "in"/"during" (an attack, an offensive, fighting) or
    "after"/"following" phrase (fighting, an offensive) names the event noun ``n``, when
    that clause tells a military act done in it (``acts_in_an_attack``,
    ``acts_in_fighting``): "killed 30 soldiers *in an attack*", "captured the town *after
    clashes with* the CSP", "overran the camp *after seven hours of fighting*" (the "of" of
    a noun that only measures it). Not an undergoer's clause ("ten soldiers were killed in
    an attack", "the army lost ten soldiers in an ambush", "died in the fighting"), nor one
    whose phrase names the doer itself ("killed in attacks by X"); an attack "after" which
    something was done was not made by its doer ("police arrested five after the attack")."""
    lex = ctx.lex
    symmetric = lex.has_frame(d.cls, "symmetric")
    if not (symmetric or lex.is_a(d.cls, "Attack") or lex.is_a(d.cls, "MilitaryOperation")):
        return None
    t = n
    span = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
    if (span is not None and span.pos_ == "NOUN" and span.dep_ == "pobj" and span.head.lower_ in ("after", "following", "during")
            and span.i not in ctx.owner and (span.ent_type_ in ("DATE", "TIME") or any(c.dep_ == "nummod" for c in span.children))):
        t = span  # "after seven hours of fighting", "after days of clashes" (not "in light of the attacks")
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.head.pos_ != "VERB":
        return None
    prep, verb = t.head, t.head.head
    if prep.lower_ in ("after", "following"):
        if not (symmetric or lex.is_a(d.cls, "MilitaryOperation")):
            return None
    elif prep.lower_ not in ("in", "during"):
        return None
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in (*prep.children, *n.children)):
        return None
    gov = ctx.owner.get(verb.i)
    acts = [str(c) for c in (*lexicon("events")["acts_in_an_attack"], *lexicon("events")["acts_in_fighting"])]
    if gov is None or gov is d or not any(lex.is_a(gov.cls, c) for c in acts) or lex.is_communication(gov.cls):
        return None
    if verb.lemma_.lower() in words("events", "undergoer_verbs") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    subj = subject_of(verb, climb=False)
    if subj is None or subj.i in ctx.owner or subj in n.subtree:
        return None
    victims = set(gov.roles.get("target", ()))
    if victims & set(ctx.actors(subj) or ctx.groups.resolve(subj, mint=False)):
        return None  # "with seven soldiers killed in an ambush": who was killed
    return subj


def _participants_around(ctx: ArticleContext, d: Draft, n: "Token") -> list["Token"]:
    """Who takes part in an election, talks or an agreement the clause around its noun
    names (``ontology/lexicon/arguments.toml``): the subject of a verb of taking part whose
    object the noun is ("X won the election", "both sides signed the accord"), and the one
    a participant noun of it describes ("X was declared the winner of the vote", "X, the
    winner of the election")."""
    out: list[Token] = _relative_participants(n)
    taking_part = words("arguments", "participation_verbs")
    result = None
    if (n.dep_ == "pobj" and n.head.lower_ in ("of", "in") and n.head.head.pos_ in ("NOUN", "SYM")
            and n.head.head.lemma_.lower() in words("arguments", "result_nouns")):
        result = n.head.head  # "won 85 percent of the vote", "X's victory in the election"
        out += [c for c in result.children if c.dep_ == "poss"]
        n = result
    verb = None
    if (n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "dobj" and n.head.head.pos_ == "NOUN"
            and ctx.owner.get(n.head.head.i) in (None, d) and n.head.head.head.lemma_.lower() in taking_part):
        # "signed a cessation of hostilities agreement", "signed the text of the accord": the
        # noun the verb takes names the event's own document
        n = n.head.head
    if n.dep_ == "dobj" and n.head.pos_ == "VERB" and n.head.lemma_.lower() in taking_part:
        verb = n.head
    elif n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ == "VERB":
        v, p = n.head.head, n.head.lower_  # "took part in the vote", "defeated X in the election"
        phrases = {v.lemma_.lower(), f"{v.lemma_.lower()} {p}"} | {f"{v.lemma_.lower()} {c.lower_} {p}" for c in v.children if c.dep_ == "dobj"}
        verb = v if phrases & taking_part else None
    # "claimed victory in the election": a claim, and who claims it ran
    if verb is not None and (ctx.owner.get(verb.i) in (None, d) or result is not None):
        subj = subject_of(verb, climb=False) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj not in n.subtree:
            out.append(subj)
        if verb.lemma_.lower() in words("arguments", "opponent_verbs"):
            out += [c for c in verb.children if c.dep_ == "dobj" and c not in n.subtree]
        if verb.lemma_.lower() in words("arguments", "yielding_verbs"):
            # "lost the election to Lula", "lost to Biden in the election": the "to" on the verb or its object
            out += [g for p in (*verb.children, *n.children) if p.dep_ == "prep" and p.lower_ == "to" and p.i > verb.i
                    for g in p.children if g.dep_ == "pobj"]
    holder = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("of", "to", "in") else None
    if holder is not None and holder.lemma_.lower() in words("arguments", "participant_nouns") and holder.i not in ctx.owner:
        if holder.dep_ in ("attr", "oprd"):
            out += [c for c in holder.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif holder.dep_ == "appos":
            out.append(holder.head)
        elif holder.dep_ == "pobj" and holder.head.lower_ == "as" and holder.head.head.pos_ == "VERB":
            # "the Constitutional Council confirmed X as the winner of the election", "Y was
            # declared as the winner": whom the verb names so
            out += [c for c in holder.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
    return out


def _relative_participants(n: "Token") -> list["Token"]:
    """Who a relative clause on the event noun ``n`` says took part: the subject of a verb of
    taking part whose object is the relative pronoun ("the presidential election, *which X
    won*", "the accord, which both sides signed"), and the subject of such a verb told as
    what the event saw (``outcome_witness_verbs``: "the elections, *which saw* the ruling
    party *win* a majority")."""
    taking_part = words("arguments", "participation_verbs")
    out: list[Token] = []
    for rel in n.children:
        if rel.dep_ != "relcl":
            continue
        pronouns = [c for c in rel.children if c.tag_ in ("WDT", "WP")]
        if any(w.dep_ == "dobj" for w in pronouns) and rel.lemma_.lower() in taking_part:
            out += [c for c in rel.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
        elif any(w.dep_ == "nsubj" for w in pronouns) and rel.lemma_.lower() in words("arguments", "outcome_witness_verbs"):
            for comp in rel.children:
                if comp.dep_ in ("ccomp", "xcomp") and comp.lemma_.lower() in taking_part:
                    out += [c for c in comp.children if c.dep_ == "nsubj"]
            if n.dep_ == "nsubj" and n.head.i > rel.i and n.head.lemma_.lower() in taking_part:
                # "the elections, which saw the ruling party win a majority, were ...", parsed
                # with the party as the object of "saw" and the elections as the subject of "win"
                out += [c for c in rel.children if c.dep_ == "dobj"]
    return out


def _ended_rule(n: "Token") -> list["Token"]:
    """Whose rule the relative clause on a change of power names as ended (``ending_verbs``):
    the possessor or "of" of a noun of holding power (``tenure_nouns``: "the coup *that ended
    X's rule*", "the uprising that ended the regime of Y", "that ended Z's 21 years in
    power"), or the object itself ("the coup that toppled President W")."""
    out: list[Token] = []
    for rel in n.children:
        if rel.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rel.children):
            continue
        if not _phrasal(rel) & words("arguments", "ending_verbs"):
            continue
        for obj in rel.children:
            if obj.dep_ != "dobj":
                continue
            if obj.lemma_.lower() not in words("arguments", "tenure_nouns"):
                out.append(obj)
                continue
            out += [c for c in obj.children if c.dep_ == "poss"]
            out += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return out


def _sides_of_setting(ctx: ArticleContext, d: Draft, n: "Token") -> list["Token"]:
    """The "between" sides the parser hung on the military event noun that the clause of the
    symmetric event noun ``n`` puts it "during" or "in" (the verb ``n`` is the subject of, or
    a relative clause on ``n``), or on the place it names: "clashes *broke out during a raid
    between* police and militants", "fighting erupted *in Goma between* the army and M23"."""
    verbs = [n.head] if n.dep_ == "nsubj" and n.head.pos_ in ("VERB", "AUX") else []
    verbs += [v for v in n.children if v.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in v.children)]
    out: list[Token] = []
    for v in verbs:
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "in", "amid", "near", "at", "around", "outside"):
                continue
            for setting in prep.children:
                g = ctx.owner.get(setting.i)
                m = ctx.mention_at.get(setting.i)
                if setting.dep_ != "pobj":
                    continue
                if g is None and not (m is not None and ctx.kind(m.entity) in ("place", "state")):
                    continue  # "fighting erupted in Goma between X and Y": the place is no side either
                if g is not None and (g is d or g.noun != setting or not ctx.lex.is_a(g.cls, "MilitaryAction")):
                    continue
                for between in setting.children:
                    if between.dep_ == "prep" and between.lower_ == "between":
                        for side in between.children:
                            if side.dep_ == "pobj":
                                out += [side, *second_sides(ctx, d, setting, side)]
    return out
