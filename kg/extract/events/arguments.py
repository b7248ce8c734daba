"""Step 2, arguments from the dependency parse: agent (subject, "by" agent, possessor,
"Azerbaijani forces"), target (object, passive subject, "against"/"of" X, the noun a passive
participle describes: "UN staff killed in Gaza"), mediator ("brokered by the EU, U.S. and
Russia", "Russia-brokered"), participants ("talks with X", "a call with X"), place ("in
Stepanakert", "along the contact line in ..."), counts. Every item of a phrase read for a
role that names no one by itself is then read as an actor named by a common noun
(:mod:`.groups`: "gunmen", "the rebels", "pro-government militias")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..roles import title_above, title_holder
from ..speech import subject_of
from ..event_lexicon import fold
from ..wordlists import lexicon, words
from .context import ArticleContext
from .draft import Draft
from .groups import coordinated

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["read_arguments"]



def read_arguments(ctx: ArticleContext, d: Draft) -> None:
    lex = ctx.lex
    comm = lex.is_communication(d.cls)
    agent_role = "speaker" if comm else "agent"
    verb = d.trigger.verb or d.support
    if comm and d.frame is not None:
        _speech_roles(ctx, d)
    elif verb is not None:
        subj = ctx.subject(verb)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not comm and verb.head.pos_ in ("NOUN", "PROPN"):
            # "34 civilians killed in massacres by jihadists": the participle's own "by"
            # agent, never the subject of the clause it hangs in ("seven soldiers killed ...
            # and 34 civilians killed": the soldiers killed no one)
            subj = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
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
        if subj is not None:
            cause = ctx.owner.get(subj.i)
            if cause is not None and cause is not d and subj == (cause.noun or cause.head):
                d.cause = cause  # its actors and place, once coreference has filled them
            elif (not comm and not passive and lex.has_frame(d.cls, "victim") and subj.head == verb
                  and (verb.lemma_.lower() in words("events", "undergoer_verbs") or _absolute(verb))):
                # "three civilians died", "with eight school children killed": who died is
                # the victim, not a doer
                _object(ctx, d, subj)
            else:
                d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, subj) or _weapon_owners(ctx, subj)))
                if agent_role in d.roles:
                    d.direct.add("actor")
        if verb.dep_ == "amod" and verb == d.trigger.verb:  # "of shelling Jermuk" parsed as a modifier
            _object(ctx, d, verb.head)
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb == d.trigger.verb and not comm and verb.head.pos_ in ("NOUN", "PROPN"):
            # "UN staff killed in Gaza", "two Americans and an Afghani injured": the noun the
            # participle describes is what it was done to
            _object(ctx, d, verb.head)
            first = verb.head
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
                # "two Americans and an Afghani injured", the participle parsed on the last
                # item: it describes them all
                first = first.head
                _object(ctx, d, first)
        symmetric = lex.has_frame(d.cls, "symmetric")
        for c in verb.children:
            if c.dep_ == "dobj" and c != d.noun and c not in d.trigger.tokens and symmetric and lex.is_a(d.cls, "Consultation"):
                d.add("participant", ctx.actor_roles(_read(ctx, d, "participant", c)))  # "Blinken met Aliyev"
            elif c.dep_ == "dobj" and c != d.noun and c not in d.trigger.tokens:
                _object(ctx, d, c)
            elif c.dep_ == "nsubjpass" and passive and c != d.noun:
                _object(ctx, d, c)
            elif c.dep_ == "dative" or (c.dep_ == "prep" and c.lemma_.lower() in ("against", "on", "at") and lex.is_a(d.cls, "MilitaryAction")):
                pobj = c if c.dep_ == "dative" else next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    _object(ctx, d, pobj)
            elif c.dep_ == "prep" and c.lemma_.lower() in ("with", "between") and lex.has_frame(d.cls, "symmetric"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        d.add("participant", ctx.actor_roles(_read(ctx, d, "participant", pobj)))
        if passive or any(c.dep_ == "dobj" for c in verb.children):
            # "activists were arrested on Monday, including A and B": the inclusion hung on
            # the verb names members of what it acts on
            for pobj in ctx.members(verb):
                _object(ctx, d, pobj)
            # "detained her along with President Win Myint", "seized the ship together with
            # its crew": acted on as the object is
            for c in verb.children:
                if c.dep_ in ("prep", "advmod") and c.lower_ in words("arguments", "companion_adverbs"):
                    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else c
                    for g in [*c.children, *([nxt] if nxt.head == verb else [])]:  # "together" and "with" both on the verb
                        if g.dep_ == "prep" and g.lower_ == "with":
                            for pobj in g.children:
                                if pobj.dep_ == "pobj":
                                    _object(ctx, d, pobj)
    if verb is not None and not comm and "target" not in d.roles and lex.has_frame(d.cls, "victim"):
        # "killed 84 fighters from Wagner", the "from" parsed on the verb: whose fighters
        if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.actor_nouns for c in verb.children):
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            _object(ctx, d, pobj)
    for t in d.trigger.tokens:  # "taking control of the Lachin Corridor"
        if t.dep_ == "dobj" and t != d.head and lex.has_frame(d.cls, "victim") and "target" not in d.roles:
            # "took the crew hostage", parsed as one noun "crew hostage": who was taken
            for c in t.children:
                if c.dep_ == "compound" and c not in d.trigger.tokens and c.pos_ in ("NOUN", "PROPN"):
                    _object(ctx, d, c)
        if t.dep_ == "prep" and t != d.head:
            for pobj in t.children:
                if pobj.dep_ == "pobj" and pobj not in d.trigger.tokens:
                    _object(ctx, d, pobj)
    if d.noun is not None:
        _noun_arguments(ctx, d, d.noun, agent_role)
    if d.host is not None and lex.has_frame(d.cls, "symmetric"):
        # "conflict erupted between the army and the RSF": the sides hang on the verb it hosts
        for c in d.host.children:
            if c.dep_ == "prep" and c.lemma_.lower() == "between":
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        d.add("participant", ctx.actor_roles(_read(ctx, d, "participant", pobj)))
                        d.direct.add("actor")
    _mediators(ctx, d)
    _place(ctx, d)
    unit = _count_unit(ctx, d)
    if unit is not None:
        d.count = _count(ctx, d)
        d.count_unit = unit if d.count is not None else None
    if comm and "addressee" not in d.roles and "target" not in d.roles and d.support is not None:
        # "warnings were given to the Samaritans, the police and newspapers": to whom
        for v in d.verbs():
            for prep in v.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ == "to" and prep.i > v.i:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            d.add("addressee", ctx.actor_roles(_read(ctx, d, "addressee", pobj)))
    _groups(ctx, d)
    if verb is not None and not comm and "target" not in d.roles and lex.has_frame(d.cls, "victim"):
        _elided_victims(ctx, d, verb)
    if d.channel_event is not None and d.roles.get("speaker"):
        d.channel_event.add("participant", d.roles["speaker"])


_DIRECTIONS = frozenset({"to", "toward", "towards", "into", "onto"})


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


def _phrasal(verb: "Token") -> set[str]:
    """The verb's lemma, with its particle when it has one ("hit back")."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def _absolute(verb: "Token") -> bool:
    """A participle in a "with" phrase with no object ("with eight children killed", "with
    seven soldiers killed in an ambush"): its subject is what it was done to."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return ((verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without"))
            or any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children))


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
    before = [o for o in ctx.drafts if o is not d and ctx.sent_of[o.head.i] == sent and o.head.i < d.head.i
              and o.roles.get("target") and (others or ctx.family(o.cls) == ctx.family(d.cls))]
    if before:
        d.add("target", before[-1].roles["target"])


def _read(ctx: ArticleContext, d: Draft, role: str, token: "Token") -> list[str]:
    """The actors ``token``'s phrase names, for ``role``; the phrase is kept for
    :func:`_groups`, which reads the items of it that name no one."""
    d.slots.append((role, token))
    return ctx.actors(token)


def _groups(ctx: ArticleContext, d: Draft) -> None:
    """Actors named by common nouns (:mod:`.groups`): each item of a phrase read for a role
    that names no one by itself ("gunmen", "the rebels", "three civilians" in "two Kenyan
    soldiers, a Somali policeman and three civilians") takes that role."""
    seen: set[tuple[str, int]] = set()
    for role, token in d.slots:
        verb = token.head
        if token.dep_ == "nsubj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue  # "the number of UN staff killed in Gaza": a misparsed participle has no doer
        for item in coordinated(token):
            if (role, item.i) in seen or item in d.trigger.tokens or item.i in ctx.owner and ctx.owner[item.i] is not d:
                continue
            seen.add((role, item.i))
            body = ctx.groups.body_group(item)  # "the Kenyan police": the body, beside Kenya
            if body:
                d.add(role, ctx.actor_roles(body))
                d.direct.add("actor")
            if ctx.actors(item, own=True):
                continue
            keys = ctx.groups.resolve(item, speaker=role == "speaker")
            if keys:
                d.add(role, ctx.actor_roles(keys))
                d.direct.add("actor")


def _object(ctx: ArticleContext, d: Draft, token: "Token") -> None:
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) and token.lemma_.lower() in ctx.lex.actor_nouns:
        return  # "withdraw its troops": the agent's own forces, not a target
    victims = ctx.lex.has_frame(d.cls, "victim")
    if token.pos_ == "PRON" and ctx.lex.is_a(d.cls, "TerritorialControl"):
        # "advanced toward Hama, capturing it": what is taken is a place
        place = ctx.place_pronoun(token)
        if place is not None and d.place is None:
            d.place = place
            d.direct.add("place")
        return
    d.slots.append(("addressee" if ctx.lex.is_communication(d.cls) else "target", token))
    keys = ctx.target_actors(token) if victims else ctx.actors(token)
    if (token.pos_ == "PRON" and token.lower_ in ("it", "them")) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        # "RSF fighters stormed it": not the doers themselves (that would be "itself"), nor
        # what is theirs ("the army shelled its own positions" is no target of note)
        keys = [k for k in keys if k not in d.roles.get("agent", ())]
    places = [k for k in keys if ctx.kind(k) == "place"]
    if not keys and token.pos_ == "PRON" and ctx.lex.is_a(d.cls, "Attack"):
        # "people fled Zamzam camp after RSF fighters stormed it": no actor, so the place
        places = [p for p in [ctx.place_pronoun(token)] if p is not None and ctx.kind(p) == "place"]
    m = ctx.mention_at.get(token.i)
    if (m is not None and m.entity in keys and ctx.kind(m.entity) == "state" and not ctx.lex.is_communication(d.cls)
            and any(c.dep_ == "amod" and c.lower_ in words("arguments", "area_adjectives") for c in token.children)):
        places.append(m.entity)  # "strikes on southern Lebanon": an area of the country, where it hit
    actors = [k for k in keys if k not in places]
    if not places and d.place is None and not ctx.lex.is_communication(d.cls):
        # "raided the Kalma displacement camp": the place the struck thing is named after
        places = [m.entity for c in token.children if c.dep_ == "compound" and c.i < token.i
                  and (m := ctx.mention_at.get(c.i)) is not None and ctx.kind(m.entity) == "place"]
        # "attacked the country's main prisons": the country named last
        places += [p for c in token.children if c.dep_ == "poss" and (p := ctx.possessor_place(c)) is not None]
    if not places and d.place is None and ctx.lex.is_a(d.cls, "TerritorialControl"):
        found = ctx.place_in(token)  # "captured most of the city": the city named before
        places = [found] if found is not None and found not in actors else []
    if places and d.place is None:
        d.place = places[0]
        d.direct.add("place")
    if actors:
        role = "addressee" if ctx.lex.is_communication(d.cls) else "target"
        d.add(role, ctx.actor_roles(actors))
        d.direct.add("actor")


def _noun_arguments(ctx: ArticleContext, d: Draft, n: "Token", agent_role: str) -> None:
    lex = ctx.lex
    for c in n.children:
        dep, low = c.dep_, c.lemma_.lower()
        if dep == "poss" or (dep in ("compound", "amod", "nmod") and c.i < n.i and c not in d.trigger.tokens):
            keys = ctx.actors(c) if (c.i in ctx.mention_at or c.pos_ == "PRON") else []
            if not keys and dep == "poss" and c.pos_ == "NOUN" and c.i not in ctx.owner:
                keys = _read(ctx, d, agent_role, c)  # "the group's attacks", "the rebels' offensive": read as a group (_groups)
            if not keys and dep in ("compound", "amod"):
                dm = ctx.demonym(c)
                keys = [dm] if dm else []
            places = [k for k in keys if ctx.kind(k) == "place"]
            if places and d.place is None:
                d.place = places[0]
                d.direct.add("place")
            actors = [k for k in keys if k not in places]
            if actors:
                d.add(agent_role, ctx.actor_roles(actors))
                d.direct.add("actor")
        elif dep == "prep" and (low == "by" or (low == "from" and lex.has_frame(d.cls, "fromAgent"))):
            # "with support from Australia and Bahrain": who gives is the agent
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, pobj)))
        elif (dep == "acl" or (dep == "relcl" and low in lex.agent_verbs)) and low not in lex.mediation_verbs:
            # "a strike attributed to Turkey", "an attack launched by X", "the attacks, which
            # were claimed by ISIL"
            for agent in c.children:
                if agent.dep_ == "prep" and lex.agent_preps.get(low) == agent.lower_:  # "a strike attributed to Turkey"
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, pobj)))
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, pobj)))
        elif dep == "prep" and low in ("with", "between") and lex.has_frame(d.cls, "symmetric"):
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    d.add("participant", ctx.actor_roles(_read(ctx, d, "participant", pobj)))
                    d.direct.add("actor")
                    if low == "between" and not any(g.dep_ == "conj" for g in pobj.children):
                        # "a conflict between the Malian junta that took power and former rebel
                        # groups": the second side, parsed as a conjunct of the event noun
                        for side in n.children:
                            if side.dep_ == "conj" and side.i > pobj.i and side.i not in ctx.owner and side.pos_ in ("NOUN", "PROPN"):
                                d.add("participant", ctx.actor_roles(_read(ctx, d, "participant", side)))
        elif dep == "prep" and (low in ("against", "on") or (low == "of" and lex.has_frame(d.cls, "ofTarget"))):
            for pobj in c.children:
                if pobj.dep_ == "pobj":
                    _object(ctx, d, pobj)
    if agent_role not in d.roles:  # "protests and armed resistance by local forces": by them both
        for conj in n.children:
            if conj.dep_ == "conj" and conj.pos_ == "NOUN":
                for prep in conj.children:
                    if prep.dep_ == "prep" and prep.lower_ == "by":
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, pobj)))
    counted = n
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ in words("events", "series_nouns"):
        counted = n.head.head  # "launched a series of attacks": what is done to the series is done to them
    doers = lex.agent_verbs | words("arguments", "doer_verbs")
    if agent_role not in d.roles and counted.dep_ in ("nsubjpass", "dobj", "nsubj") and counted.head.lemma_.lower() in doers and ctx.owner.get(counted.head.i) in (None, d):
        # "the attack was led by X", "X carried out the attack", "X claimed the bombing"
        subj = subject_of(counted.head, climb=False) if counted.dep_ != "nsubj" else None
        if subj is None and counted.dep_ == "dobj" and counted.head.dep_ == "acl" and counted.head.head.pos_ == "NOUN":
            # "the IRA's decision to carry out the attacks", "the army's plan to launch an
            # offensive": whose decision it is
            subj = next((c for c in counted.head.head.children if c.dep_ == "poss"), None)
        if subj is None and counted.dep_ == "dobj" and counted.head.dep_ == "xcomp":
            subj = ctx.subject(counted.head)  # "urged the Houthis to cease their attacks"
        if subj is not None and subj != counted:
            d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, subj)))
            d.direct.add("actor")
    if (counted.dep_ == "dobj" and lex.is_a(d.cls, "MilitaryAction") and "target" not in d.roles
            and counted.head.lemma_.lower() in words("arguments", "defence_verbs") and ctx.owner.get(counted.head.i) is None):
        # "MINUSCA peacekeepers repelled an attack on their base": who fought it off was hit
        subj = subject_of(counted.head, climb=False)
        if subj is not None:
            _object(ctx, d, subj)
    if (agent_role not in d.roles and not lex.is_communication(d.cls) and n.dep_ == "pobj" and n.head.lower_ == "with"
            and n.head.head.pos_ == "VERB" and ctx.owner.get(n.head.head.i) is None
            and _phrasal(n.head.head) & words("arguments", "response_verbs")):
        # "Israel responded with strikes on southern Lebanon", "the army retaliated with shelling"
        subj = subject_of(n.head.head)
        if subj is not None:
            d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, subj)))
            d.direct.add("actor")
    if n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.pos_ == "VERB" and ctx.owner.get(n.head.head.i) is None:
        # "placed Riek Machar under house arrest": who placed, whom; "the convoy came under
        # attack", "Machar was put under arrest": what is under it is its target
        verb = n.head.head
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        subj = subject_of(verb, climb=False) if obj is None or obj.dep_ == "dobj" else None
        if obj is not None and subj is not None and agent_role not in d.roles:
            d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, subj)))
        if obj is not None or subj is not None:
            _object(ctx, d, obj if obj is not None else subj)
    if agent_role not in d.roles and "participant" not in d.roles and (
            lex.has_frame(d.cls, "symmetric") or lex.is_a(d.cls, "Election")):
        for side in _participants_around(ctx, d, counted):
            d.add("participant", ctx.actor_roles(_read(ctx, d, "participant", side)))
            d.direct.add("actor")
    if agent_role not in d.roles and n.dep_ == "appos" and any(c.dep_ == "case" for c in n.head.children) and n.head.i in ctx.mention_at:
        # "Hamas's October 7 attack", parsed as an apposition to the possessor
        d.add(agent_role, ctx.actor_roles(ctx.actors(n.head)))
    if agent_role not in d.roles and n.dep_ == "pobj" and n.head.lemma_.lower() in ("of", "for"):
        accused = n.head.head  # "accused the RSF of ethnic cleansing"
        verb = accused.head if accused.dep_ == "dobj" else accused
        gov = ctx.owner.get(verb.i)
        if gov is not None and ctx.lex.is_a(gov.cls, "Accusation") and accused.dep_ == "dobj":
            d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, accused)))
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
                d.add(agent_role, ctx.actor_roles(_read(ctx, d, agent_role, subj)))
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
                d.add("participant", ctx.actor_roles(_read(ctx, d, "participant", subj)))


def _participants_around(ctx: ArticleContext, d: Draft, n: "Token") -> list["Token"]:
    """Who takes part in an election, talks or an agreement the clause around its noun
    names (``ontology/lexicon/arguments.toml``): the subject of a verb of taking part whose
    object the noun is ("X won the election", "both sides signed the accord"), and the one
    a participant noun of it describes ("X was declared the winner of the vote", "X, the
    winner of the election")."""
    out: list[Token] = []
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
    holder = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("of", "to", "in") else None
    if holder is not None and holder.lemma_.lower() in words("arguments", "participant_nouns") and holder.i not in ctx.owner:
        if holder.dep_ in ("attr", "oprd"):
            out += [c for c in holder.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif holder.dep_ == "appos":
            out.append(holder.head)
    return out


def _speech_roles(ctx: ArticleContext, d: Draft) -> None:
    f = d.frame
    assert f is not None
    speakers: list[str] = []
    speaker = f.speaker
    if d.trigger.verb is not None and d.trigger.verb.i > 0 and ctx.opens_clause(ctx.doc[d.trigger.verb.i - 1]):
        speaker = ctx.doc[d.trigger.verb.i - 1]  # "... in Niamey and General Tchiani declared himself head of state"
    def quoted(t: "Token") -> bool:
        return any(a <= t.idx < b for a, b in ctx.quotes)

    if speaker is not None and quoted(speaker) and not quoted(speaker.head):
        # "“Somalia,” said Henrique Capriles": what is quoted is never who speaks; the other
        # subject of the verb, outside the quote, is
        speaker = next((c for c in speaker.head.children if c.dep_ in ("nsubj", "nsubjpass") and c != speaker and not quoted(c)), None)
    if speaker is not None:
        speakers = _read(ctx, d, "speaker", speaker)
        noun = speaker.head
        if speaker.dep_ in ("compound", "amod", "nmod", "poss") and noun.pos_ == "NOUN" and speakers:
            speakers = ctx.post_holders(noun, speakers) + speakers  # "senior UN officials said": those the article names
        # "the head of the United Nations presence told ...", "the Secretary-General urged": a
        # title for which the article names one holder is that person speaking
        title = title_above(speaker)
        if title is not None:
            holder = title_holder(title, ctx.roles)
            holders = [holder] if holder is not None else ctx.post_holders(title, [])
            if holders:
                speakers = holders
    if not speakers and f.issuer is not None:
        speakers = _read(ctx, d, "speaker", f.issuer)
    if not speakers and d.noun is not None:
        for c in d.noun.children:
            if c.dep_ == "poss":
                speakers = ctx.actors(c)
    n = d.noun
    if (not speakers and n is not None and d.support is None and n.dep_ == "pobj" and n.head.lower_ in ("in", "through", "via")
            and n.head.head.pos_ == "VERB" and ctx.owner.get(n.head.head.i) in (None, d)):
        # "In a press statement issued on Friday, Council members expressed ...": the one
        # whose words the statement carries
        subj = subject_of(n.head.head, climb=False)
        if subj is not None and subj not in n.subtree:
            speakers = _read(ctx, d, "speaker", subj)
    if len(speakers) > 1 and any(ctx.kind(k) != "place" for k in speakers):
        # "June Kunugi, Regional Director for East Asia and the Pacific, urged": a region in
        # the speaker's title does not speak
        speakers = [k for k in speakers if ctx.kind(k) != "place"]
    if speakers:
        d.add("speaker", ctx.actor_roles(speakers))
        d.direct.add("actor")
    target_objects = ctx.lex.has_frame(d.cls, "targetObject")
    for a in f.addressees:
        keys = [k for k in _read(ctx, d, "target" if target_objects else "addressee", a) if k not in d.roles.get("speaker", ())]
        if keys:
            d.add("target" if target_objects else "addressee", ctx.actor_roles(keys))
    if "addressee" not in d.roles and not target_objects and (ctx.lex.has_frame(d.cls, "appeal") or ctx.lex.is_a(d.cls, "Warning")):
        for a in _appeal_addressees(d):
            keys = [k for k in _read(ctx, d, "addressee", a) if k not in d.roles.get("speaker", ())]
            if keys:
                d.add("addressee", ctx.actor_roles(keys))


def _appeal_addressees(d: Draft) -> list["Token"]:
    """Whom an appeal, a demand or a warning is made to when it has no object: "appealed
    *to* its allies", "demanded *that the RSF* halt its siege", "urged that *all parties*
    refrain" (the subject of the clause that says what they must do)."""
    out: list[Token] = []
    for v in d.verbs() or [d.head]:
        for c in v.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "on", "upon") and c.i > v.i:
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "dobj" and c.i > v.i and c.pos_ == "NOUN":
                # "demanded Israel's withdrawal": who is to withdraw is asked
                out += [g for g in c.children if g.dep_ == "poss" and g.pos_ != "PRON"]
            elif c.dep_ in ("ccomp", "advcl") and c.i > v.i and c.pos_ in ("VERB", "AUX"):
                marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
                if marks - {"that", "for"} or (c.dep_ == "advcl" and "for" not in marks):
                    continue  # "warned if ...": a condition, not the one addressed; "called for X to": X
                out += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON" or
                        s.dep_ == "nsubj" and s.lower_ in ("they", "them")]
    return out


def _mediators(ctx: ArticleContext, d: Draft) -> None:
    lex = ctx.lex
    for verb in d.verbs() + ([d.noun] if d.noun is not None else []):
        # "released the crew after mediation by Oman", "agreed to a truce through Qatari
        # mediation": who mediates the mediation the clause went through
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ == "of":
                continue
            for pobj in prep.children:
                other = ctx.owner.get(pobj.i)
                if pobj.dep_ != "pobj" or other is None or other is d or not lex.is_a(other.cls, "Mediation") or other.noun != pobj:
                    continue
                for c in pobj.children:
                    keys = [k for g in c.children if g.dep_ == "pobj" for k in ctx.actors(g)] if c.dep_ == "prep" and c.lower_ == "by" else []
                    if c.dep_ in ("poss", "amod", "compound") and c.i < pobj.i:
                        keys = ctx.actors(c) if c.i in ctx.mention_at else [k for k in [ctx.demonym(c)] if k]
                    d.add("mediator", ctx.actor_roles([k for k in keys if ctx.kind(k) != "place"]))
    n = d.noun
    if n is None:
        if "mediator" in d.roles:
            d.direct.add("actor")
        return
    for c in n.children:
        if c.lemma_.lower() not in lex.mediation_verbs:
            continue
        if c.dep_ == "amod":  # "a Russia-brokered cease-fire"
            for g in c.children:
                if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i:
                    d.add("mediator", ctx.actor_roles(ctx.actors(g)))
        elif c.dep_ == "acl":  # "negotiations brokered by the EU, U.S. and Russia"
            for agent in c.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            d.add("mediator", ctx.actor_roles(ctx.actors(pobj)))
    if n.dep_ == "dobj" and n.head.lemma_.lower() in lex.mediation_verbs:  # "Russia brokered a truce"
        subj = subject_of(n.head)
        if subj is not None:
            d.add("mediator", ctx.actor_roles(ctx.actors(subj)))
    if n.dep_ == "nsubjpass" and n.head.lemma_.lower() in lex.mediation_verbs:  # "talks were brokered by the EU"
        by = subject_of(n.head)
        if by is not None and by != n:
            d.add("mediator", ctx.actor_roles(ctx.actors(by)))
    if "mediator" in d.roles:
        d.direct.add("actor")


def _place(ctx: ArticleContext, d: Draft) -> None:
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


def _count_unit(ctx: ArticleContext, d: Draft) -> str | None:
    """What an event's number counts ("killed", "wounded", "displaced"), from the ontology;
    ``None`` for events that count nothing."""
    units = ctx.lex.count_units.get(d.cls)
    if not units:
        return None
    return next((units[w] for t in d.trigger.tokens if (w := t.lemma_.lower()) in units), units.get(""))


def _count(ctx: ArticleContext, d: Draft) -> int | None:
    candidates = [d.head] + [c for a in d.anchors() for c in a.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
    if d.trigger.verb is not None and d.trigger.verb.dep_ in ("relcl", "acl"):
        candidates.append(d.trigger.verb.head)  # "137 students who were abducted"
    for t in candidates[1:]:
        if t.like_num and t.pos_ == "NUM":  # "wounded 100"
            value = _number(ctx, t.text)
            if value is not None:
                return value
    for t in candidates:
        for c in t.children:
            if c.dep_ == "nummod" or (c.dep_ == "prep" and c.lemma_.lower() in ("to", "at")):
                num = c if c.dep_ == "nummod" else next((g for g in c.children if g.like_num), None)
                if num is not None:
                    value = _number(ctx, num.text)
                    if value is not None:
                        return value
    return None



def _number(ctx: ArticleContext, text: str) -> int | None:
    t = text.replace(",", "").lower()
    if t.isdigit():
        return int(t)
    return ctx.lex.number_words.get(t)
