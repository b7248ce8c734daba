"""The English words entity linking and role reading rely on, in one place.

Titles, agent nouns and verb classes. These are facts about English news prose, not about
any article or conflict: which nouns name a post ("minister", "adviser"), which words only
address a person ("Mr", "Gen."), which nouns stand for a country's armed forces or its
government when a demonym modifies them ("Azerbaijani forces", "Armenian officials"), and
which contexts make a capital or a seat of power an actor rather than a place. Everything
is lower case; compare lemmas or ``token.lower_``. (The words events are read with, the
anaphors "the region" and "the country" among them, live in ``ontology/events.ttl``: see
:mod:`kg.extract.event_lexicon`.)
"""
from __future__ import annotations

__all__ = [
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "HONORIFICS",
    "PAST_MARKERS",
    "FORCE_NOUNS",
    "AUTHORITY_NOUNS",
    "POLITY_NOUNS",
    "PLACE_PREPOSITIONS",
    "ACTOR_PREPOSITIONS",
    "ADDRESSEE_VERBS",
    "PLACE_VERBS",
    "STANCE_ADJECTIVES",
    "PLACE_PART_NOUNS",
    "SMALL_WORDS",
    "is_title_word",
]

#: Nouns that head the name of a post: "Prime *Minister*", "foreign policy *adviser*".
TITLE_HEADS = frozenset(
    """
    president vice-president president-elect premier minister chancellor secretary
    secretary-general undersecretary under-secretary adviser advisor aide counsellor counselor
    spokesman spokeswoman spokesperson ambassador envoy diplomat representative commissioner
    commander commander-in-chief chief general admiral governor mayor ombudsman ombudsperson
    leader head director director-general chairman chairwoman chairperson chair speaker
    king queen prince princess emir sultan monarch prosecutor prosecutor-general procurator procurator-general
    senator congressman congresswoman lawmaker legislator deputy mp negotiator administrator
    coordinator rapporteur mediator patriarch catholicos pope archbishop bishop imam ayatollah mufti
    official officer attache attaché consul defender inspector
    """.split()
)

#: Words that qualify a post without naming its organisation: "*deputy foreign* minister".
TITLE_MODIFIERS = frozenset(
    """
    prime first vice deputy acting interim chief top senior special foreign defence defense
    interior state national security policy military civil presidential executive general
    assistant principal high human rights economy economic finance justice health education
    energy culture agriculture emergency emergencies affairs situations internal external
    territorial administration supreme grand permanent resident humanitarian fiscal
    """.split()
)

#: Words that only address a person; dropped from the front of a name.
HONORIFICS = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady gen gen. lt lt. col col.
    maj maj. capt capt. adm adm. sgt sgt. gov gov. sen sen. rep rep. pres pres. amb amb.
    """.split()
)

#: Words saying a post is no longer held ("*former* prime minister").
PAST_MARKERS = frozenset({"former", "ex", "late", "then", "erstwhile", "previous"})

#: With a demonym, the country's armed forces: "Azerbaijani *forces*".
FORCE_NOUNS = frozenset(
    """
    forces force troops troop soldiers soldier army armies military servicemen serviceman
    units unit fighters militia battalion battalions brigade brigades navy
    """.split()
)

#: The last word of the name of an armed body of a state: "the Puntland *Army*", "the Darfur *Police*"
#: (the forces, and the police, that FORCE_NOUNS leaves to AUTHORITY_NOUNS).
ARMED_BODY_NOUNS = FORCE_NOUNS | frozenset({"police"})

#: With a demonym, the country's government: "Armenian *officials*".
AUTHORITY_NOUNS = frozenset(
    """
    government authorities authority officials official leadership leaders side diplomats
    negotiators administration delegation cabinet police guards guard
    """.split()
)

#: Nouns a definite description of a state or its government heads: "the unrecognized *state*".
POLITY_NOUNS = frozenset(
    """
    state republic government authorities administration region enclave entity territory
    leadership regime country
    """.split()
)

#: Prepositions after which a city is a place ("*in* Baku").
PLACE_PREPOSITIONS = frozenset(
    """
    in at to from near into toward towards through outside inside across around within over
    via beyond throughout along off onto past underneath beneath behind
    """.split()
)

#: Prepositions after which a capital or seat is an actor ("talks *with* Baku").
ACTOR_PREPOSITIONS = frozenset({"with", "by", "against", "between", "among"})

#: Verbs whose object is a party being addressed, pressed or judged ("urged Baku").
ADDRESSEE_VERBS = frozenset(
    """
    urge ask tell warn accuse blame criticize criticise condemn press pressure push sanction
    support back thank praise invite persuade convince demand request reassure threaten
    lobby engage recognize recognise congratulate advise encourage
    """.split()
)

#: Verbs whose subject is a place, not an actor ("Baku *lies* on the Caspian", "Khankendi
#: *came* under fire"), and participles that place something in it ("a *Nairobi-based*
#: think tank", "*Geneva-headquartered*").
PLACE_VERBS = frozenset(
    """
    lie sit stand border stretch span overlook neighbor neighbour house contain host locate
    straddle experience suffer see witness remain become come fall burn shake flood empty
    endure go sink base headquarter
    """.split()
)

#: Adjectives after "be" that describe an actor's stance ("Brussels was *concerned*").
STANCE_ADJECTIVES = frozenset(
    """
    concerned worried alarmed ready willing unwilling determined eager keen reluctant committed
    prepared opposed open confident satisfied disappointed angry furious unhappy pleased
    adamant insistent firm clear cautious wary skeptical sceptical silent aware responsible
    grateful optimistic pessimistic
    """.split()
)

#: Nouns that, possessed by a city, are parts of the city ("Baku's *streets*"), also as the
#: head of a quarter's proper name ("Sanaa's Old *City*", "Riga's Old *Town*", "Kabul's Green
#: *Zone*") or of a site's ("Riga's Ziepniekkalns *Cemetery*").
PLACE_PART_NOUNS = frozenset(
    """
    street streets district districts suburb suburbs outskirts centre center airport port
    residents resident population inhabitants people citizens mayor skyline neighbourhood
    neighborhood neighbourhoods neighborhoods square squares buildings building north south
    east west town city quarter quarters zone cemetery market markets bazaar harbour harbor
    waterfront downtown
    """.split()
)

#: Words kept lower case inside a title-cased post label ("Secretary *of* State").
SMALL_WORDS = frozenset({"of", "the", "to", "for", "and", "on", "in", "at", "de", "du", "des"})


def is_title_word(word: str) -> bool:
    """Whether ``word`` (any case) names or qualifies a post, or addresses a person.

    >>> [is_title_word(w) for w in ("President", "Prime", "Mr.", "Aliyev")]
    [True, True, True, False]
    """
    w = word.lower()
    return w in TITLE_HEADS or w in TITLE_MODIFIERS or w in HONORIFICS
