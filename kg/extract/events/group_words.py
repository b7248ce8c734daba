"""The words of groups named by common nouns ("gunmen", "the rebels", "aid workers", "the
army"), read from ``ontology/lexicon/groups.toml``, and the small readings of a token that the
group book (:mod:`.groups`) and the readers of actors share: list items the parser read as
appositions, coordinated items, "one of", noun forms the tagger did not lemmatise.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import TITLE_HEADS
from ..names import after_stance_prefix
from ..wordlists import lexicon, words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["GroupWords", "group_words", "body_ends", "phrase_ends", "list_item", "coordinated", "one_of",
           "lower_lemma", "noun_forms", "stray_items", "stray_last_item", "clause_subject", "stance_object"]


@dataclass(frozen=True)
class GroupWords:
    """The group lexicon, ``ontology/lexicon/groups.toml``."""

    heads: frozenset[str]  # one-word heads ("rebel", "resident")
    phrases: frozenset[str]  # two-word heads ("aid worker", "displaced person")
    collective: frozenset[str]  # singular heads that name a group ("police", "crowd")
    partitive: frozenset[str]  # "factions of", "dozens of"
    not_in_label: frozenset[str]  # counting words left out of labels
    bare_resolve_only: frozenset[str]  # "the group": resolved, never a group of its own
    speakers_only: frozenset[str]  # "officials said", "ministry sources said": a group as a speaker only
    anaphors: frozenset[str]  # singular nouns that, with "the", refer back: "the group", "the movement"
    armed: frozenset[str]  # "rebel", "militant", "soldier": armed people (state agents among them)
    state_agents: frozenset[str]  # "Kenyan police": a nationality makes these act for the state
    affiliations: frozenset[str]  # "RSF-affiliated": participles that tie a phrase to a name
    representatives: frozenset[str]  # "the Permanent Representative of Kenya": acts for Kenya
    doers: dict[str, tuple[str, ...]]  # "attacker" -> ("Attack",): the agents of such an event
    bodies: dict[str, tuple[str, ...]]  # "army" -> ("army", "military", ...): a state body's nouns
    body_kind: dict[str, str]  # "military" -> "army", "soldier" -> "army": the body's kind (its list's key)
    body_members: frozenset[str]  # "soldier", "police officer": plural, the body they serve in
    followers: frozenset[str]  # "supporters of X": a group tied to X, not X
    follower_adjectives: frozenset[str]  # "forces loyal to X" (a person): a group tied to X
    plural_posts: frozenset[str]  # "prosecutors said", "the coup leaders claimed": holders of a post, plural


@lru_cache(maxsize=1)
def group_words() -> GroupWords:
    every = (words("groups", "armed") | words("groups", "civilian") | words("groups", "collective") | words("groups", "parties")
             | words("groups", "followers") | words("groups", "expertise_nouns"))
    return GroupWords(
        heads=frozenset(w for w in every if " " not in w),
        phrases=frozenset(w for w in every if " " in w),
        collective=words("groups", "collective"),
        partitive=words("groups", "partitive"),
        not_in_label=words("groups", "not_in_label"),
        bare_resolve_only=words("groups", "bare_resolve_only"),
        speakers_only=words("groups", "speakers_only"),
        anaphors=words("groups", "anaphors"),
        armed=words("groups", "armed"),
        state_agents=words("groups", "state_agents"),
        affiliations=words("groups", "affiliations"),
        representatives=words("groups", "representatives"),
        doers={w: tuple(c.split("|")) for w, c in lexicon("groups")["doers"].items()},
        bodies={**{w.lower(): tuple(x.lower() for x in family) for family in lexicon("groups")["state_bodies"].values() for w in family},
                **{w.lower(): tuple(x.lower() for x in lexicon("groups")["state_bodies"][kind])
                   for w, kind in lexicon("groups")["body_members"].items()}},
        body_kind={**{w.lower(): kind.lower() for kind, family in lexicon("groups")["state_bodies"].items() for w in family},
                   **{w.lower(): kind.lower() for w, kind in lexicon("groups")["body_members"].items()}},
        body_members=frozenset(w.lower() for w in lexicon("groups")["body_members"]),
        followers=words("groups", "followers"),
        follower_adjectives=words("groups", "follower_adjectives"),
        plural_posts=frozenset((TITLE_HEADS | words("roles", "title_heads") | words("groups", "plural_posts"))
                               - words("groups", "not_plural_posts") - words("groups", "speakers_only") - every),
    )


@lru_cache(maxsize=1)
def body_ends() -> frozenset[str]:
    """Every ending of a state body's noun that follows a space, and every whole noun
    ("forces" and "security forces" of "security forces"): what :meth:`GroupBook.body_noun`
    can find a body word by."""
    return frozenset(w.split(" ", k)[-1] for w in group_words().bodies for k in range(w.count(" ") + 1))


@lru_cache(maxsize=1)
def phrase_ends() -> frozenset[str]:
    """Every ending of a two-word group head that follows a space ("worker" of "aid worker")."""
    return frozenset(w.split(" ", k)[-1] for w in group_words().phrases for k in range(1, w.count(" ") + 1))


def list_item(token: "Token") -> bool:
    """Whether ``token``, an apposition, is the next item of a list the parser read as one:
    "Islamic State, al-Shabaab and Boko Haram" (al-Shabaab hangs on Islamic State as an
    apposition, Boko Haram on al-Shabaab as a conjunct). An apposition that describes
    ("the Arakan Army, a rebel group") has no conjunct of its own, nor do the posts of one
    person ("Mohammed Abdulsalam, the chief negotiator and spokesman of the Houthis")."""
    if token.dep_ != "appos" or token.i < token.head.i:
        return False
    if token.tag_ == "NN" and token.lemma_.lower() in TITLE_HEADS and token.head.ent_type_ == "PERSON":
        return False
    if not any(c.dep_ == "conj" for c in token.children):
        return _middle_name(token)
    if not any(c.dep_ == "cc" for c in token.children):
        # the "and" of a longer list hangs on its last conjunct but one ("A, B, C and D"), but
        # a post and its units are no list ("Amina Yusuf, Director, Logistics and Planning Branch")
        if token.lemma_.lower() in TITLE_HEADS or not any(c.dep_ == "cc" for t in _conj_chain(token) for c in t.children):
            return False
    between = token.doc[token.head.i + 1:token.i]
    return any(t.text == "," for t in between) and not any(t.text in ("(", "—", "–") for t in between)


def _middle_name(token: "Token") -> bool:
    """Whether ``token``, an apposition without a conjunct of its own, is the middle name of
    a list whose first item carries the rest: "France, *Germany*, and the UK announced" hangs
    Germany on France as an apposition and the UK on France as a conjunct. Only a name of
    the kind of the items on both sides, between bare commas, with the list's "and" after it
    ("the Arakan Army, a rebel group, and ..." is a description; in "Paris, France, and
    Berlin, Germany" the next item has a place of its own in apposition, so France is Paris's)."""
    head, doc = token.head, token.doc
    if token.pos_ != "PROPN" or not token.ent_type_ or head.ent_type_ != token.ent_type_:
        return False
    after = token.right_edge.i + 1
    if token.left_edge.i != head.i + 2 or doc[head.i + 1].text != "," or after >= len(doc) or doc[after].text != ",":
        return False
    rest = [c for c in head.children if c.dep_ == "conj" and c.i > token.i]
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i > token.i), None)
    if not rest and cc is not None and cc.i == head.right_edge.i and head.dep_ in ("nsubj", "nsubjpass"):
        # "Saudi Arabia, Egypt, and the UAE condemned": the last item a second subject
        rest = [c for c in head.head.children if c.dep_ == head.dep_ and c.left_edge.i == cc.i + 1]
    if not rest or cc is None or cc.i > rest[0].i:
        return False
    return rest[0].ent_type_ == token.ent_type_ and not any(c.dep_ == "appos" for c in rest[0].children)


def named_as(token: "Token") -> list["Token"]:
    """The names a participle of naming on the noun ``token`` gives it ("three suspects,
    *identified as* A, B and C", "the attacker, *identified by police as* X", "a group
    *known as* X", "a little-known group *called* the Y Brigade": ``naming_participles`` of
    arguments.toml), or that it gives itself ("an armed group *identifying itself as* X", "a
    group *calling itself* Z"): the heads after its "as", or the name the verb predicates."""
    out: list["Token"] = []
    for acl in token.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in words("arguments", "naming_participles"):
            continue
        itself = any(c.dep_ == "dobj" and c.lower_ in words("arguments", "reflexive_pronouns") for c in acl.children)
        if acl.tag_ != "VBN" and not itself:
            continue  # "a group naming the victims": no name of its own
        out += [g for p in acl.children if p.dep_ == "prep" and p.lower_ == "as"
                for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        out += [c for c in acl.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    for rel in token.children:
        # "opposition parties, which include the Socialist Party and the Unity Party": the
        # names its members are (the conjuncts are read with the first)
        if (token.tag_ == "NNS" and rel.dep_ == "relcl" and rel.lemma_.lower() in words("arguments", "member_verbs")
                and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rel.children)):
            out += [c for c in rel.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    return out


def described_by_kin(token: "Token") -> list["Token"]:
    """The list items the parser hung on the one a list's member ``token`` is described by:
    "including A, *wife of the poet B*, C and her relatives, D" hangs C on B as a conjunct
    and D on "relatives" as an apposition; "A, wife of the poet B, C, the director D" hangs C
    and D on "poet" as appositions after B, the poet's own name. The items are the
    conjuncts of that one (the description's "of" object) and its appositions after its own
    name; never that one itself (B is no member). Only through a description in apposition
    to a name ("A, wife of ..."), not a member's own noun ("including leaders of X and Y")."""
    out: list["Token"] = []
    for desc in token.children:
        if desc.dep_ != "appos" or desc.pos_ != "NOUN" or desc.i < token.i or token.pos_ != "PROPN":
            continue
        for prep in desc.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for kin in (g for g in prep.children if g.dep_ == "pobj"):
                appos = [c for c in kin.children if c.dep_ == "appos" and c.i > kin.i]
                if appos and kin.pos_ == "NOUN" and appos[0].pos_ == "PROPN":
                    appos = appos[1:]  # "the poet B": B is the poet
                out += [c for c in kin.children if c.dep_ == "conj"] + appos
    return out


def _conj_chain(token: "Token", limit: int = 12) -> list["Token"]:
    """The conjuncts hung on ``token`` and on each other ("B" -> "C" -> "D" of "A, B, C and D")."""
    out: list["Token"] = []
    t = token
    while len(out) < limit:
        nxt = next((c for c in t.children if c.dep_ == "conj"), None)
        if nxt is None:
            break
        out.append(nxt)
        t = nxt
    return out


def coordinated(token: "Token", *, limit: int = 12) -> list["Token"]:
    """``token`` and the items coordinated with it, in text order ("X, Y and Z")."""
    out, todo = [], [token]
    while todo and len(out) < limit:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo += [c for c in t.children if c.dep_ == "conj" or list_item(c)]
    return sorted(out, key=lambda t: t.i)


def stray_last_item(token: "Token") -> "Token | None":
    """The last item of a list written with a comma before "and" that the parser hung
    elsewhere, when ``token`` is the item before it: "the Foreign Ministers of France,
    Germany, the UK, and Iran" (Iran read as a conjunct of the verb), "Mediators from Qatar,
    Egypt, and the United States met" (read as a second subject). Else None."""
    if token.dep_ != "conj" or any(c.dep_ == "conj" for c in token.children):
        return None
    doc, end = token.doc, token.right_edge.i
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ not in ("and", "or"):
        return None
    start = end + 3
    # the whole phrase that starts there ("the United States", not its "the")
    item = next((t for t in doc[start:start + 6] if t.left_edge.i == start and t.head.left_edge.i != start), None)
    if item is None or item.pos_ not in ("PROPN", "NOUN"):
        return None
    if item.dep_ == "conj" and item.head.pos_ in ("VERB", "AUX"):
        return item
    if item.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c is not item and c in token.ancestors for c in item.head.children):
        return item
    return None


#: What the parser makes of an item of a subject list it did not read as one
_STRAY_SUBJECTS = ("nsubj", "nsubjpass", "npadvmod", "dep")


def stray_items(token: "Token") -> list["Token"]:
    """The items of the list ``token`` stands in that the parser hung elsewhere: the last one
    (:func:`stray_last_item`); the first one, read as a modifier of the verb or as a subject
    of its own before the rest ("*Iran*, Russia and Turkey met", "*China*, Russia and Japan
    appealed for calm"); the rest, read as a second subject after the first ("the European
    Union, *NATO* and several countries condemned"). Only a list with its "and" (or "or")
    after a comma: "On Monday, Russia and Turkey met" has none."""
    out: list["Token"] = []
    if (last := stray_last_item(token)) is not None:
        out.append(last)
    verb, doc = token.head, token.doc
    if token.dep_ not in _STRAY_SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return out
    start = token.left_edge.i
    if token.dep_ in ("nsubj", "nsubjpass") and _listed(token) and start >= 2 and doc[start - 1].text == ",":
        out += [c for c in verb.children if c.i < token.i and c.dep_ in _STRAY_SUBJECTS
                and c.right_edge.i == start - 2 and c.pos_ == "PROPN"][:1]
    end = token.right_edge.i
    if end + 2 < len(doc) and doc[end + 1].text == ",":
        out += [c for c in verb.children if c.i > token.i and c.dep_ in ("nsubj", "nsubjpass")
                and c.left_edge.i == end + 2 and _listed(c)][:1]
    elif doc[end].dep_ == "cc" and doc[end].head == token and any(list_item(c) for c in token.children):
        # "Saudi Arabia, Egypt, and the United Arab Emirates condemned": the last item a
        # second subject after the list's "and" (:func:`_middle_name`)
        out += [c for c in verb.children if c.i > token.i and c.dep_ == token.dep_ and c.left_edge.i == end + 1][:1]
    return out


def _listed(token: "Token") -> bool:
    """Whether ``token`` has conjuncts joined by "and" or "or" ("Russia *and Turkey*")."""
    chain = _conj_chain(token)
    return bool(chain) and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in (token, *chain) for c in t.children)


def one_of(token: "Token") -> "Token | None":
    """The "one", "a" or "an" that makes a singular noun one person of a kind."""
    return next((c for c in token.children if (c.dep_ == "nummod" and c.lower_ == "one")
                 or (c.dep_ == "det" and c.lower_ in ("a", "an"))), None)


def lower_lemma(token: "Token") -> str:
    """The token's lemma, lower-cased (kept by the lemma's hash: asked ~300 times an article)."""
    lemma = token.lemma
    found = _LOWER_LEMMAS.get(lemma)
    if found is None:
        if len(_LOWER_LEMMAS) >= 1 << 16:
            _LOWER_LEMMAS.clear()
        found = _LOWER_LEMMAS[lemma] = token.lemma_.lower()
    return found


#: lower-cased lemmas by the hash of the lemma (a hash names one string: spaCy's string hashes)
_LOWER_LEMMAS: dict[int, str] = {}


def noun_forms(token: "Token") -> tuple[str, ...]:
    """The lower-cased word and its singular by the regular endings, for a noun the tagger
    read as a name and did not lemmatise ("*Militiamen* attacked", "*Gunmen* stormed" at the
    start of a sentence): "militiamen" -> "militiaman", "fighters" -> "fighter"."""
    low = token.lower_
    if low.endswith("men") and len(low) > 4:
        return (low, low[:-3] + "man")
    return (low, low[:-1]) if low.endswith("s") else (low,)


def clause_subject(name: "Token", start: int, end: int, head: "Token") -> bool:
    """Whether the mention of ``name`` (characters ``start`` to ``end``) is the subject of
    the clause whose object (or the object's complement) ``head`` is: "Ethiopia designated
    the group", "Petro suspended talks with the group" (a clause's subject is never what
    its object refers back to)."""
    root = name
    while root.head != root and start <= root.head.idx < end:
        root = root.head
    if root.dep_ != "nsubj":
        return False
    t = head
    while t.dep_ in ("dobj", "pobj", "prep", "xcomp", "dative") and t.head != t:
        t = t.head
        if t == root.head:
            return True
    return False


def stance_object(t: "Token") -> bool:
    """Whether ``t`` follows a stance prefix and its hyphen ("anti-*Japan* protests",
    "pro-*government* rallies", ``stance_prefixes``): what an event is for or against."""
    return after_stance_prefix(t.doc, t.i)
