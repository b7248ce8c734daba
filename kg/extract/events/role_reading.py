"""Step 2, reading a phrase for a role: the actors a phrase names (:func:`read_role`), the
actors named by common nouns among the items of the phrases read (:func:`read_groups`,
:mod:`.groups`), and what an event was done to (:func:`read_object`: the target, the
victims, or the place it was done to)."""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..event_lexicon import fold
from ..lexicon import TITLE_MODIFIERS
from ..site_nouns import site_nouns
from ..wordlists import lexicon, words
from .context import ArticleContext
from .draft import Draft
from .group_words import coordinated, lower_lemma

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["agreement_noun", "antecedent", "counted", "read_groups", "read_later", "read_object", "read_role", "reciprocal", "site_country"]


def read_role(ctx: ArticleContext, d: Draft, role: str, token: "Token") -> list[str]:
    """The actors ``token``'s phrase names, for ``role``; the phrase is kept for
    :func:`read_groups`, which reads the items of it that name no one."""
    if role != "speaker":  # who speaks is named, not described in a relative clause
        token = antecedent(token)
    d.slots.append((role, token))
    if reciprocal(token):
        return []  # "accused each other": the sides, once read (read_groups)
    return ctx.actors(token)


def add_role(ctx: ArticleContext, d: Draft, role: str, token: "Token") -> None:
    """Adds to ``d`` in ``role`` the actors ``token``'s phrase names (:func:`read_role`, each
    as the actors it stands for)."""
    d.add(role, ctx.actor_roles(read_role(ctx, d, role, token)))


def site_country(ctx: ArticleContext, token: "Token", keys: list[str] | None = None) -> list[str]:
    """The state (among ``keys``, when given) that the demonym on the site noun ``token`` names ("a
    Malian *village*", "a Sudanese *hospital*": ``site_nouns`` and the place nouns of
    ``ontology/lexicon/names.toml``), or nothing."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in site_words():
        return []
    found = [k for c in token.children if c.dep_ == "amod"
             and (k := ctx.demonym(c)) is not None and (keys is None or k in keys) and ctx.kind(k) == "state"]
    return found[:1]


@functools.lru_cache(maxsize=1)
def site_words() -> frozenset[str]:
    """Nouns of sites and settlements (hospital, base, village, camp, ...)."""
    from ..site_nouns import site_nouns

    return site_nouns() | frozenset(str(w).lower() for w in lexicon("names")["places"]["nouns"])


def reciprocal(token: "Token") -> bool:
    """Whether ``token`` is "each other" or "one another"."""
    return ((token.lower_ == "other" and any(c.lower_ == "each" for c in token.children))
            or (token.lower_ == "one" and any(c.lower_ == "another" for c in token.children))
            or (token.lower_ == "another" and token.i > 0 and token.nbor(-1).lower_ == "one"))


def antecedent(token: "Token") -> "Token":
    """What a relative pronoun stands for, alone or counted ("the civilians *who* were
    abducted", "protesters, *some of whom* were released": the civilians, the protesters),
    else ``token``."""
    t = token
    if t.tag_ not in ("WDT", "WP"):
        t = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.tag_ in ("WDT", "WP")), t)  # "some of whom"
    if t is token and t.tag_ not in ("WDT", "WP"):
        return token
    clause = token.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        before = token.left_edge.i - 1
        if t is not token and before > 0 and token.doc[before].text == "," and token.doc[before - 1].tag_ in ("NNS", "NNPS"):
            # "the support of Indian forces, thousands of whom have been deployed", the clause
            # parsed as a main one: the plural noun before the comma (not "ministers who had
            # served in the former government, some of whom": whom the clause ends on)
            return token.doc[before - 1]
        return token
    return clause.head


def read_later[T](ctx: ArticleContext, d: Draft, read: "Callable[[], T]") -> T:
    """Run ``read``, a reader of a further phrase of ``d`` after its arguments were read (a
    repair step: "killed in a shootout *with police*", "*X*, sought ..., was arrested"), then
    :func:`read_groups` over the phrases it read only; return what ``read`` returned."""
    slots, d.slots = d.slots, []
    found = read()
    read_groups(ctx, d)
    d.slots = slots + d.slots
    return found


def read_groups(ctx: ArticleContext, d: Draft) -> None:
    """Actors named by common nouns (:mod:`.groups`): each item of a phrase read for a role
    that names no one by itself ("gunmen", "the rebels", "three civilians" in "two Kenyan
    soldiers, a Somali policeman and three civilians") takes that role."""
    seen: set[tuple[str, int]] = set()
    for role, token in d.slots:
        verb = token.head
        if (token.dep_ == "nsubj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                and not (role == "target" and verb.lemma_.lower() in words("arguments", "reduced_passive_verbs"))):
            # "the number of UN staff killed in Gaza": a misparsed participle has no doer (but
            # "left seven police officers injured": the injured, read as its victims)
            continue
        for item in coordinated(token):
            if (role, item.i) in seen or item in d.trigger.tokens or item.i in ctx.owner and ctx.owner[item.i] is not d:
                continue
            seen.add((role, item.i))
            item = _force_of(ctx, item)
            body = ctx.groups.body_group(item)  # "the Kenyan police": the body, beside Kenya
            shared = [] if body else (_shared_body(ctx, item) or _possessed_body(ctx, item)  # "Rwandan police and army": Rwanda's army too
                                      or _spokesmen_body(ctx, item)  # "Iraqi police officials said": Iraq's police
                                      or _located_body(ctx, item))  # "police in Pakistan say": Pakistan's police
            if shared:
                d.add(role, ctx.actor_roles(shared))
                d.direct.add("actor")
                continue
            if not body and ctx.actor_noun(item):
                # "soldiers from Niger's presidential guard", "troops of the Kenyan army": the
                # body they serve in, beside its country
                body = [k for p in item.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                        for g in p.children if g.dep_ == "pobj" for k in ctx.groups.body_group(g)]
            if body:
                d.add(role, ctx.actor_roles(body))
                d.direct.add("actor")
            if ctx.actors(item, own=True):
                continue
            keys = ctx.groups.resolve(item, speaker=role == "speaker")
            if not keys and role == "agent" and _one_armed(ctx, item):
                # "a gunman opened fire", "a suicide bomber attacked": the one attacker described
                keys = ctx.groups.resolve(item, one=True)
            if keys and role in ("agent", "participant"):
                keys += _leaders(ctx, item)
            if keys:
                d.add(role, ctx.actor_roles(keys))
                d.direct.add("actor")
    for role, token in d.slots:
        if reciprocal(token):
            # "the army and the RSF accused each other", "Thai and Cambodian troops blamed one
            # another": each side is the other's target
            d.add(role, [k for r in ("speaker", "agent", "participant") for k in d.roles.get(r, [])])
    agents = d.roles.get("agent")
    if agents and d.roles.get("target"):
        # "The guerrillas released them": an object pronoun is never its own clause's doer
        # (that would be "themselves"), whom the doer's description only now names
        for role, token in d.slots:
            if role == "target" and token.pos_ == "PRON" and token.lower_ in ("it", "them"):
                d.roles["target"] = [k for k in d.roles["target"] if k not in agents or k not in ctx.pronoun(token)]
            # "the insurgents ... detonated a car bomb at its gate": what is theirs is no target
            # of theirs either ("the army shelled its own positions")
            for own in (c for c in token.children if role == "target" and c.dep_ == "poss" and c.pos_ == "PRON"):
                d.roles["target"] = [k for k in d.roles["target"] if k not in agents or k not in ctx.pronoun(own)]
        if not d.roles["target"]:
            del d.roles["target"]


def _shared_body(ctx: ArticleContext, item: "Token") -> list[str]:
    """The body of the country a coordinated body names, for a bare body noun after it ("the
    Rwandan police *and army*", "the Sri Lankan navy and *the coast guard*", "Ugandan police
    and *soldiers*"): the nationality is said once for the list. Nothing for a noun with a
    modifier of its own ("Kenyan police and local militias", "the police and regional
    forces"), nor after a phrase that names no country's body."""
    groups = ctx.groups
    noun = groups.body_noun(item) if item.dep_ == "conj" and item.i not in ctx.mention_at else None
    if noun is None:
        return []
    for c in item.children:
        if c.i < item.i and (c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and c.lower_ not in noun.split()
                             or c.dep_ == "det" and c.lower_ != "the"):
            return []
    first = item
    while first.dep_ == "conj":
        first = first.head
    bodies = groups.body_group(first, mint=False) or ctx.actors(first, own=True)
    states = list(dict.fromkeys(country for k in bodies if k in ctx.entities and "GovernmentOrganization" in ctx.entities[k].types
                                and (country := ctx.entities[k].country) is not None))
    if len(states) != 1 or states[0] not in ctx.entities:
        return []
    kind = groups.home.kind(item, frozenset())
    return [groups.home_body(item, states[0], kind)] if kind is not None else []


def _possessed_body(ctx: ArticleContext, item: "Token") -> list[str]:
    """The body a state noun names whose possessor is a description of a country ("*the
    country's police* announced", "the nation's army"): that country's body, the country the
    one named last (:meth:`~.pronouns.ReferenceReading.possessor_place`); else nothing."""
    groups = ctx.groups
    noun = groups.body_noun(item) if item.i not in ctx.mention_at else None
    owner = next((c for c in item.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.i not in ctx.mention_at), None)
    if noun is None or owner is None or any(c.dep_ in ("amod", "compound") and c.lower_ not in noun.split() for c in item.children):
        return []
    state = ctx.possessor_place(owner)
    if state is None or ctx.kind(state) != "state":
        return []
    kind = groups.home.kind(item, frozenset())
    return [groups.home_body(item, state, kind, alias=False)] if kind is not None else []


def _spokesmen_body(ctx: ArticleContext, item: "Token") -> list[str]:
    """The state body whose people a speaker noun names by its modifier ("Iraqi *police*
    officials said", "Nigerian *military* sources", "a *police* spokesman", "*Information
    ministry* sources told VOA"): the body of the one country the other modifiers name (a
    demonym, a state, a possessor), or with none, the body of the article's country
    (:meth:`~.home_bodies.HomeBodies.body`: not when the sentence or the article names
    another). Nothing for a modifier that is no state body, nor for one that qualifies the
    body ("*local* police officials", "*rebel* military sources")."""
    groups = ctx.groups
    if item.pos_ != "NOUN" or lower_lemma(item) not in groups.words.speakers_only:
        return []
    mods = [c for c in item.children if c.i < item.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
    last = item.doc[item.i - 1] if item.i > 0 else item
    listed: list["Token"] = []
    if mods and last.dep_ == "conj" and last.head in mods:
        # "intelligence and police officials": the body among the modifiers listed
        listed = [last.head, *last.head.conjuncts]
        mods = [c for c in mods if c not in listed] + [last]
    if not mods or mods[-1].i != item.i - 1:
        return []
    body_tok = mods[-1]
    # "Iraqi police officials", the NER's "Iraqi police" read as one mention of Iraq: its state
    states = [m.entity] if (m := ctx.mention_at.get(body_tok.i)) is not None and m.entity in ctx.entities else []
    if states and (ctx.kind(states[0]) != "state" or body_tok.idx <= m.span.start) or (
            item.i in ctx.mention_at and ctx.mention_at[item.i] is not ctx.mention_at.get(body_tok.i)):
        return []  # "UN police officials": a name's own word
    words_ = [body_tok.lower_]
    before = body_tok.doc[body_tok.i - 1] if body_tok.i > 0 else None
    if before is not None and before.head in (item, body_tok) and before.dep_ in ("amod", "compound") and before.i not in ctx.mention_at:
        words_.insert(0, f"{before.lower_} {body_tok.lower_}")  # "information ministry", "security forces"
    word = next((w for w in words_ if w in groups.words.body_kind and w not in groups.words.body_members), None)
    if word is None:
        return []
    kind = groups.words.body_kind[word]
    body_words = {t for t in (before, body_tok) if t is not None and t.lower_ in word.split()}
    for c in (*mods, *(t for t in body_tok.children if t.i < body_tok.i)):
        if c in body_words or c in listed or any(t in body_words for t in c.subtree):
            continue
        if (mc := ctx.mention_at.get(c.i)) is not None and states and mc.entity == states[0]:
            continue  # the demonym of the mention read above
        found = [k for t in c.subtree if t.i in ctx.mention_at for k in ctx.actors(t, own=True)]
        if not found and (dm := ctx.demonym(c)) is not None:
            found = [dm]
        if not found and c.dep_ in ("amod", "compound") and c.lower_ in TITLE_MODIFIERS:
            continue  # "senior police officials": a word of the post, not of the body
        if not found or any(ctx.kind(k) != "state" for k in found):
            return []  # "local police officials", "UN police sources": no state's own body
        states += found
    states = list(dict.fromkeys(states))
    if len(states) == 1 and states[0] in ctx.entities:
        return [groups.home_body(body_tok, states[0], kind, alias=False)]
    if states:
        return []
    return groups.home.body(body_tok, frozenset({kind}))


def _located_body(ctx: ArticleContext, item: "Token") -> list[str]:
    """The body of the country a bare state body is placed in by its own "in" phrase ("police
    in Pakistan say", "security forces in Equatorial Guinea say", "the authorities in Mali
    said"): that country's, whatever else the article names. Not its people ("soldiers in
    Mali" may be another country's), nor a body with a modifier of its own ("local police in
    Kenya"), nor one placed in a town (whose country the phrase does not say)."""
    groups = ctx.groups
    noun = groups.body_noun(item) if item.i not in ctx.mention_at else None
    if noun is None or noun in groups.words.body_members or item.lemma_.lower() in groups.words.body_members:
        return []
    for c in item.children:
        if c.i < item.i and (c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and c.lower_ not in noun.split()
                             or c.dep_ == "det" and c.lower_ != "the"):
            return []
    states = [m.entity for p in item.children if p.dep_ == "prep" and p.lower_ == "in" and p.i > item.i
              for g in p.children if g.dep_ == "pobj" and (m := ctx.mention_at.get(g.i)) is not None
              and m.entity in ctx.entities and ctx.kind(m.entity) == "state"]
    kind = groups.home.kind(item, frozenset()) if len(states) == 1 else None
    return [groups.home_body(item, states[0], kind, alias=False)] if kind is not None else []


def _force_of(ctx: ArticleContext, item: "Token") -> "Token":
    """The group noun a noun of a force's presence is made of (``force_nouns``: "a large
    joint-operation *police* presence arrested 200", "an *army* contingent"), else ``item``."""
    if item.pos_ != "NOUN" or item.lemma_.lower() not in words("arguments", "force_nouns") or ctx.actors(item, own=True):
        return item
    return next((c for c in item.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in ctx.owner
                 and (ctx.groups.noun_of(c) is not None or ctx.groups.body_noun(c) is not None)), item)


def counted(token: "Token") -> "Token":
    """What a total stands for ("*a total of* 61 migrants drowned": the migrants), else
    ``token``."""
    if token.lemma_.lower() not in words("arguments", "total_nouns"):
        return token
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), token)


def agreement_noun(ctx: ArticleContext, token: "Token") -> bool:
    """Whether ``token``, a noun and no name (the tagger may read "armistice" after a name
    as part of it), is an agreement or truce ("the United
    Nations *armistice*", "the African Union *ceasefire*", "the 2020 peace *deal*"): the
    names on it are its parties or brokers, none of them what an act on it is done to."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i in ctx.mention_at:
        return False
    owner = ctx.owner.get(token.i)
    if owner is not None and ctx.lex.is_a(owner.cls, "Agreement"):
        return True
    truce = ctx.lex.senses.get("Truce")
    return truce is not None and fold(token.lemma_) in truce.nouns


def read_object(ctx: ArticleContext, d: Draft, token: "Token") -> None:
    token = antecedent(counted(token))
    own = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if own and token.lemma_.lower() in ctx.lex.actor_nouns and (
            not d.roles.get("agent") or set(ctx.pronoun(own[0])) & set(d.roles["agent"]) or not ctx.pronoun(own[0])):
        # "withdraw its troops": the agent's own forces, not a target (but "an attack by the
        # army, which its fighters repelled": another's)
        return
    victims = ctx.lex.has_frame(d.cls, "victim")
    if token.pos_ == "PRON" and ctx.lex.is_a(d.cls, "TerritorialControl"):
        # "advanced toward Hama, capturing it": what is taken is a place
        place = ctx.place_pronoun(token)
        if place is not None and d.place is None:
            d.place = place
            d.direct.add("place")
        return
    if reciprocal(token):
        read_role(ctx, d, "addressee" if ctx.lex.is_communication(d.cls) else "target", token)
        return
    d.slots.append(("addressee" if ctx.lex.is_communication(d.cls) else "target", token))
    if agreement_noun(ctx, token):
        return  # "violates the United Nations armistice": whose agreement it is, not what was hit
    keys = ctx.target_actors(token) if victims else ctx.actors(token)
    if victims and _one_of_a_state(ctx, token, keys):
        # "an Algerian security guard was killed", "a Kenyan police officer died": the one
        # person described, not the country whose demonym describes them
        one = ctx.groups.resolve(token, one=True)
        if one or _place_like(ctx, token):
            keys = one or keys
        else:
            keys = []  # "a Kenyan runner was shot": a person of that country, not the country
    elif victims and _people_of_a_state(ctx, token, keys):
        # "three Chadian peacekeepers were injured", "killed four Malaysian aid workers": the
        # people described, as a group, not the country whose demonym describes them
        keys = ctx.groups.resolve(token, one=True) or keys
    if not ctx.lex.is_communication(d.cls) and token.pos_ in ("NOUN", "PROPN"):
        _carried(ctx, d, token)
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
    if not places and not ctx.lex.is_communication(d.cls):
        # "stormed a Nigerian army base", "the bombing of a Pakistani mosque": a site
        # described only by its country's demonym lies in that country, not what was hit
        # (not "Nigerian soldiers": people say who); where it happened when nothing else
        # (the clause, a coreferent mention) names a town, so applied last
        for country in site_country(ctx, token, keys):
            keys = [k for k in keys if k != country]
            if d.sentence_place is None:
                d.sentence_place = country
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


def _carried(ctx: ArticleContext, d: Draft, token: "Token") -> None:
    """People a vehicle acted on carries ("an ambush on a bus *carrying* federal police",
    "attacked a truck transporting soldiers"; ``carrying_verbs``): acted on with it."""
    for verb in token.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in words("events", "carrying_verbs"):
            for carried in verb.children:
                if carried.dep_ != "dobj":
                    continue
                keys = ctx.target_actors(carried) if ctx.lex.has_frame(d.cls, "victim") else ctx.actors(carried)
                if any(ctx.kind(k) != "place" for k in keys):
                    read_object(ctx, d, carried)
                elif not keys:
                    d.slots.append(("target", carried))  # "displaced civilians": a group, if people (read_groups)


def _place_like(ctx: ArticleContext, token: "Token") -> bool:
    """Whether ``token`` names a site, a place or a part of one ("a Malian *village*", "a
    Nigerian army *base*"), which lies in the country its demonym names."""
    lemma = token.lemma_.lower()
    return lemma in site_nouns() or lemma in ctx.lex.place_anaphors or lemma in words("events", "whereabout_nouns")


def _one_of_a_state(ctx: ArticleContext, token: "Token", keys: list[str]) -> bool:
    """Whether ``token`` heads "a/an" + a singular common noun ("an Algerian security
    guard", "a British aid worker") whose only actors, if any, are the states its demonym
    names."""
    m = ctx.mention_at.get(token.i)
    return (token.tag_ == "NN" and (m is None or ctx.kind(m.entity) == "state" and token.idx > m.span.start)
            and all(ctx.kind(k) == "state" for k in keys)
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            and not any(c.dep_ == "poss" for c in token.children))


def _people_of_a_state(ctx: ArticleContext, token: "Token", keys: list[str]) -> bool:
    """Whether ``token`` heads a plural noun of people of the groups lexicon ("three Chadian
    peacekeepers", "Malaysian aid workers") whose only actors are the states its demonym
    names: no body of theirs (soldiers, police), no possessor."""
    m = ctx.mention_at.get(token.i)
    return (token.tag_ == "NNS" and bool(keys) and (m is None or ctx.kind(m.entity) == "state" and token.idx > m.span.start)
            and all(ctx.kind(k) == "state" for k in keys) and ctx.groups.noun_of(token) is not None
            and ctx.groups.body_noun(token) is None and not any(c.dep_ == "poss" for c in token.children))


def _leaders(ctx: ArticleContext, item: "Token") -> list[str]:
    """The people an armed group of the article is loyal to ("forces *loyal to General
    Mahamat Idriss Déby*", "fighters aligned with Riek Machar", "pro-Ouattara troops"): they act with their force,
    which stays a group of its own (:meth:`GroupBook.followed`)."""
    mod = ctx.groups.followed(item)
    noun = ctx.groups.noun_of(item)
    if noun is None or noun not in words("groups", "armed"):
        return []
    if mod is None or mod.dep_ not in ("amod", "acl"):
        return _prefixed_leader(ctx, item)
    return [ctx.mention_at[t.i].entity for t in mod.subtree if t.i in ctx.mention_at and ctx.kind(ctx.mention_at[t.i].entity) == "person"]


def _one_armed(ctx: ArticleContext, item: "Token") -> bool:
    """Whether ``item`` is one unnamed armed person ("*a* gunman", "*a* suicide bomber", "an
    attacker"): a singular noun of the armed lexicon with "a" or "an"."""
    noun = ctx.groups.noun_of(item)
    return (item.tag_ == "NN" and noun is not None and noun in words("groups", "armed")
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in item.children))


def _prefixed_leader(ctx: ArticleContext, item: "Token") -> list[str]:
    """The person a "pro-" prefix on an armed group names ("pro-Ouattara troops",
    "pro-Haftar forces"), when the article names exactly one person of that family name
    (the parser leaves the name inside the prefix unread)."""
    pro = next((t for t in item.lefts if t.lower_ == "pro" and t.i + 2 < item.i and t.nbor(1).text == "-"), None)
    if pro is None:
        return []
    name = pro.nbor(2)
    m = ctx.mention_at.get(name.i)
    if m is not None and m.entity in ctx.entities:
        return [m.entity] if ctx.kind(m.entity) == "person" else []
    if not name.text[:1].isupper():
        return []
    found = [k for k, e in ctx.entities.items() if ctx.kind(k) == "person" and e.label.split()[-1] == name.text]
    return found if len(found) == 1 else []
