"""Descriptions that refer back to a named actor: "M23 captured Rubaya ... *the rebels*
attacked Sake" (M23), "the RSF ... *the paramilitary group* shelled the camp" (the RSF), "the
Sudanese Armed Forces ... *the army* shelled" (the SAF), "Myanmar's military ... *the junta*
bombed a school" (the Tatmadaw), "Israeli forces raided Jenin. *Security forces* detained 15".

:class:`~.groups.GroupBook` asks :meth:`DescriptionReader.refer` about a common-noun phrase
that its own words and the article's descriptions ("the Arakan Army, a rebel group") leave
unnamed. The phrase refers back when

- it is definite ("the", "these", "those"; a plural subject of a state's forces may go
  without: "Security forces detained 15 people"), has no name, nationality, possessor or
  number of its own, and its head is a noun of ``ontology/lexicon/groups.toml``:
  ``described_armed`` ("the rebels", "the militia"), or ``described_general`` under an armed
  modifier ("the paramilitary group"), or ``described_forces`` ("the army", "the junta",
  "security forces");
- the organisations named before it, in its sentence and the three before, that fit its
  kind are one: for an armed group's description, organisations (no state body) the article
  shows fighting (the subject, possessor or "by" agent of a military action, a killing, an
  abduction...), describes with an armed noun ("a rebel group"), or whose name has a word of
  ``armed_name_words`` ("Rapid Support Forces"); for a state's forces, the state bodies of the
  kinds the noun lists, of one country, with no other country named between the body and the
  phrase ("the Sudanese Armed Forces ... South Sudan ... the army" refers to neither).

When several fit, or none, :meth:`refer` returns ``[]`` and the phrase stays what
:mod:`.groups` makes of it (a group of the article, or nothing): kg never guesses between two
named actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..dateline import in_dateline
from ..wordlists import lexicon, words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import ArticleContext

__all__ = ["DescriptionReader", "DescriptionWords", "description_words"]

#: Sentences before the phrase's own in which its antecedent is looked for first, and, when
#: they name none of its kind, how far back the search goes on (still one candidate only).
WINDOW = 3
WIDE_WINDOW = 8
_DEFINITE = frozenset({"the", "these", "those"})
#: Event families whose doer bears arms (``ontology/events.ttl`` classes).
_VIOLENT = ("MilitaryAction", "Casualties", "Abduction", "Arson", "Torture", "SexualViolence")


@dataclass(frozen=True)
class DescriptionWords:
    """The description lexicon, from ``ontology/lexicon/groups.toml``."""

    armed: frozenset[str]  # "rebel", "militia", "paramilitary"
    general: frozenset[str]  # "group", "movement": an armed group's with an armed modifier
    armed_names: frozenset[str]  # "forces", "army", "front": words of an armed group's name
    forces: dict[str, frozenset[str]]  # "army" -> {"army"}: the body kinds it may refer to
    ties: frozenset[str]  # "backed", "linked", "aligned": a tie to another name ("the Iran-backed group")
    distinct_ties: frozenset[str]  # "linked": the tied name never acts for the phrase ("an al-Qaeda-linked group")
    other_side: frozenset[str]  # "opposition forces", "pro-government militias": not the one named before
    state_modifiers: frozenset[str]  # "government forces": still the state's
    perpetration: frozenset[str]  # "claimed", "carried out": their subject does the act their object names


@lru_cache(maxsize=1)
def description_words() -> DescriptionWords:
    table = lexicon("groups")
    return DescriptionWords(
        armed=words("groups", "described_armed"),
        general=words("groups", "described_general"),
        armed_names=words("groups", "armed_name_words"),
        forces={w.lower(): frozenset(k.lower() for k in kinds) for w, kinds in table["described_forces"].items()},
        ties=words("groups", "backer_participles") | words("groups", "affiliations") | words("groups", "distinct_ties"),
        distinct_ties=words("groups", "distinct_ties"),
        other_side=words("groups", "other_side_modifiers"),
        state_modifiers=words("groups", "state_force_modifiers"),
        perpetration=words("groups", "perpetration_verbs"),
    )


def _lemma(token: "Token") -> str:
    return token.lemma_.lower()


class DescriptionReader:
    """The descriptions of one article and the named actors they refer back to."""

    def __init__(self, ctx: "ArticleContext") -> None:
        self.ctx = ctx
        self.words = description_words()
        self._armed: dict[str, bool] = {}
        self._kinds: dict[str, frozenset[str]] = {}

    # ------------------------------------------------------------------ the phrase

    def tie(self, modifier: "Token") -> list["Token"]:
        """The name tokens a tying modifier holds ("Iran" in "the Iran-backed group", "al
        Qaeda" in "the al Qaeda-linked group"): a participle of ``ties`` with a name before it."""
        if modifier.dep_ not in ("amod", "compound") or modifier.lower_ not in self.words.ties:
            return []
        if modifier.tag_ == "JJ" and (modifier.i == 0 or modifier.nbor(-1).text not in ("-", "–")):
            return []  # "the ADF armed group": an adjective after a name, no tie ("Iran-armed")
        return [t for t in modifier.subtree if t.i < modifier.i and t.i in self.ctx.mention_at]

    def linked(self, token: "Token") -> bool:
        """Whether ``token``'s phrase describes a group by its link to a name ("an
        al-Qaeda-linked group", "IS-linked rebels"): one group of its own, even when singular."""
        for c in token.children:
            if c.i > token.i or c.dep_ not in ("amod", "compound"):
                continue
            if c.i in self.ctx.mention_at and re.split(r"[-–]", c.lower_)[-1] in self.words.distinct_ties:
                return True
            if c.lower_ in self.words.distinct_ties and self.tie(c):
                return True
        return False

    def backed_by(self, token: "Token") -> set[int]:
        """The tokens of names tied to ``token``'s phrase that do not act for it: a state
        that backs it or that it is aligned with ("Rwanda" in "Rwanda-backed rebels", "Iran"
        in "Iran-aligned militias"), and any tied name of a definite description, which refers
        back ("the Iran-backed group", "the al Qaeda-linked group": the group named before).
        An organisation tied to an indefinite phrase acts with it ("Wagner-backed troops",
        "RSF-affiliated militias"), unless the tie describes another group by its link
        (``distinct_ties``: "an al-Qaeda-linked group" is a group of its own)."""
        ctx = self.ctx
        out: set[int] = set()
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
        for c in token.children:
            if c.i > token.i:
                continue
            if c.dep_ in ("amod", "compound") and c.i in ctx.mention_at and re.split(r"[-–]", c.lower_)[-1] in self.words.distinct_ties:
                out.add(c.i)  # "al-Qaeda-linked" kept whole by the tokenizer
            for t in self.tie(c):
                m = ctx.mention_at[t.i]
                if ctx.kind(m.entity) == "state" or definite or c.lower_ in self.words.distinct_ties:
                    span = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
                    out |= {x.i for x in span} if span is not None else {t.i}
        return out

    def kind_of(self, token: "Token") -> tuple[str, frozenset[str]] | None:
        """What ``token``'s phrase describes: ``("armed", {})`` for an armed group,
        ``("forces", kinds)`` for a state's forces or rulers of those body kinds, ``None``
        when it is no description that refers back (a name, a nationality, a possessor, a
        number, or no noun of the lexicon)."""
        if token.pos_ not in ("NOUN", "PROPN") or token.i in self.ctx.mention_at or token.ent_type_ in ("PERSON", "GPE", "NORP"):
            return None
        dets = [c for c in token.children if c.dep_ == "det"]
        definite = any(c.lower_ in _DEFINITE for c in dets)
        if not definite and (dets or token.tag_ not in ("NNS", "NNPS") or token.dep_ != "nsubj"):
            return None
        mods = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound", "nmod", "poss", "nummod")]
        tied = [t for c in mods for t in self.tie(c)]
        tie_names = {id(self.ctx.mention_at[t.i]) for t in tied}
        mods = [c for c in mods if not (c.i in self.ctx.mention_at and id(self.ctx.mention_at[c.i]) in tie_names)]
        if any(c.dep_ in ("poss", "nummod") or c.i in self.ctx.mention_at or (c.ent_type_ and not self.tie(c))
               or (c.text[:1].isupper() and not c.is_sent_start) for c in mods):
            return None  # "its fighters", "300 soldiers", "Houthi rebels", "Kenyan police": named otherwise
        if any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(g.dep_ == "pobj" for g in c.children) for c in token.children):
            # "fighters from Wagner", "the army of Mali": their owner is said (not "accused
            # the army of killing civilians", the gerund parsed on the noun)
            return None
        lemma, low = _lemma(token), token.lower_
        pair = next((f"{c.lower_} {w}" for c in mods if c.i == token.i - 1 for w in (low, lemma)
                     if f"{c.lower_} {w}" in self.words.forces), None)
        forces = self.words.forces.get(pair or "") or self.words.forces.get(low) or self.words.forces.get(lemma)
        own = [c for c in mods if not (pair and c.i == token.i - 1)]  # "security" in "security forces" is the noun's
        # a plural subject without "the": "troops", "security forces", and a collective or
        # plural noun of the list as it stands ("Police said", "Authorities detained"; not
        # "Governments condemned": several)
        if forces is not None and (definite or pair or lemma in ("force", "troop", "soldier") or low in self.words.forces):
            # "government forces", not "opposition forces", "pro-government forces", "the rebel
            # forces" (an armed group's description, below)
            if not any(c.lower_ not in self.words.state_modifiers for c in own):
                return ("forces", forces)
        if not definite or any(self._other_side(c) for c in mods):
            return None  # "other militants", "the pro-government militias": not the one named before
        if lemma in self.words.armed or low in self.words.armed:
            return ("armed", frozenset())
        if (lemma in self.words.general or low in self.words.general) and (tied or any(
                _lemma(c) in self.words.armed or c.lower_ in self.words.armed for c in mods)):
            return ("armed", frozenset())  # "the paramilitary group", "the rebel alliance", "the Iran-backed group"
        return None

    def _other_side(self, modifier: "Token") -> bool:
        low = modifier.lower_
        if self.tie(modifier):
            return False
        stances = words("arguments", "stance_prefixes")
        return low in self.words.other_side or low.startswith(tuple(f"{p}-" for p in stances)) or any(
            t.lower_ in stances for t in modifier.subtree if t.i < modifier.i)

    # ------------------------------------------------------------------ the named actors

    def armed(self, key: str) -> bool:
        """Whether the organisation ``key`` bears arms, by the article or its name."""
        if key in self._armed:
            return self._armed[key]
        ctx = self.ctx
        e = ctx.entities.get(key)
        found = False
        if e is not None and ctx.kind(key) == "organization" and "GovernmentOrganization" not in e.types:
            names = [e.label, *e.aliases]
            found = any(w.lower().strip("()") in self.words.armed_names for n in names for w in n.split())
            if not found:
                groups = ctx.groups
                found = any(self.words.armed & vocab for _, vocab, anchor in groups.definitions()
                            if (m := ctx.mention_at.get(anchor.i)) is not None and m.entity == key)
            if not found:  # the doer of a violent event read before ("JNIM claimed the attack")
                found = any(key in d.roles.get("agent", ()) and any(ctx.lex.is_a(d.cls, c) for c in _VIOLENT) for d in ctx.drafts)
            if not found:
                found = any(self._fights(ctx.doc[i]) for i, m in ctx.mention_at.items() if m.entity == key)
        self._armed[key] = found
        return found

    def _fights(self, t: "Token") -> bool:
        """Whether the mention token ``t`` names the doer of a violent event: its subject,
        possessor, modifier ("an M23 attack") or "by" agent."""
        ctx = self.ctx
        steps = 0
        while t.dep_ == "conj" and steps < 8:  # "The Houthis and Hezbollah attacked Israel"
            t, steps = t.head, steps + 1
        if t.dep_ in ("compound", "amod") and t.head.i not in ctx.mention_at and t.head.pos_ == "NOUN" and t.head.i not in ctx.owner:
            t = t.head  # "Houthi forces have targeted ships": the phrase the name modifies
        if t.dep_ == "nsubj":
            gov = t.head
        elif t.dep_ in ("poss", "compound") and t.head.i not in ctx.mention_at:
            gov = t.head
        elif t.dep_ == "pobj" and t.head.dep_ == "agent":
            gov = t.head.head
        else:
            return False
        # "JNIM claimed the attack", "the RSF carried out the raid": its object is the event
        # (only after a verb of doing: "HRW documented the killings" tells of them)
        does = _lemma(gov) in self.words.perpetration
        for g in (gov, *(c for c in gov.children if c.dep_ == "dobj" and does)):
            d = ctx.owner.get(g.i)
            if d is not None and any(ctx.lex.is_a(d.cls, c) for c in _VIOLENT):
                return True
        return False

    def body_kinds(self, key: str) -> frozenset[str]:
        """The kinds of state body ``key`` is ("army" for the Sudanese Armed Forces, by the
        last words of its names; "police" for "Police of Kenya"), empty for anything else."""
        if key in self._kinds:
            return self._kinds[key]
        ctx = self.ctx
        e = ctx.entities.get(key)
        kinds: set[str] = set()
        body_kind = ctx.groups.words.body_kind  # the state-body lexicon (groups.py)
        if e is not None and "GovernmentOrganization" in e.types:
            record = ctx.kb.get(e.kb_key) if ctx.kb is not None and e.kb_key else None
            for name in (e.label, *e.aliases, *(record.aliases if record is not None else ())):
                parts = name.lower().split()
                for k in (2, 1):  # "armed forces", then "army"
                    for w in (" ".join(parts[-k:]), " ".join(parts[:k])):  # "Malian army", "Army of Nigeria"
                        if w in body_kind:
                            kinds.add(body_kind[w])
        self._kinds[key] = frozenset(kinds)
        return self._kinds[key]

    def _body_phrase(self, t: "Token", kinds: frozenset[str]) -> str | None:
        """The state body a phrase headed by ``t`` names by its country ("Myanmar's
        military", "Nigerian soldiers"), when it is of one of ``kinds`` (not added yet)."""
        groups = self.ctx.groups
        noun = groups.body_noun(t) if t.pos_ in ("NOUN", "PROPN") else None  # "the Bangladesh Government"
        if noun is None or groups.words.body_kind.get(noun) not in kinds:
            return None
        keys = groups.body_group(t, mint=False)
        return keys[0] if len(keys) == 1 else None

    def _minted(self, key: str, found: list[tuple[int, str]]) -> str:
        """``key``, added to the article when it is a body only named by a phrase so far."""
        if key in self.ctx.entities:
            return key
        i = next(i for i, k in found if k == key)
        keys = self.ctx.groups.body_group(self.ctx.doc[i])
        return keys[0] if keys else key

    def _country(self, key: str, at: int | None = None) -> str | None:
        """The country of the body ``key``: its own, the knowledge base's, or, for a body the
        recogniser read with its demonym (a mention at token ``at``), the demonym's ("the
        *Malawian* Government", "the *Ethiopian* Federal Police")."""
        e = self.ctx.entities.get(key)
        if e is not None and e.country:
            return e.country
        found = self.ctx.country_of(key)
        m = self.ctx.mention_at.get(at) if at is not None else None
        if found is not None or m is None or m.entity != key:
            return found
        first = at
        while self.ctx.mention_at.get(first - 1) is m:
            first -= 1
        doc = self.ctx.doc
        if first == at or doc[first].pos_ not in ("ADJ", "PROPN") or doc[first].ent_type_ not in ("NORP", "ORG"):
            return None
        return self.ctx.demonym(doc[first])

    # ------------------------------------------------------------------ resolving

    def refer(self, token: "Token") -> list[str] | None:
        """The named actor the description headed by ``token`` refers back to; ``[]`` when
        several fit (or a state's forces named of another country stand between); ``None``
        when it is no description or nothing named in the window fits."""
        kind = self.kind_of(token)
        if kind is None:
            return None
        found = self._refer(token, kind, WINDOW)
        if found is None:  # "The RSF ... (four sentences on) ... The paramilitaries have intensified"
            found = self._refer(token, kind, WIDE_WINDOW)
        return found

    def _refer(self, token: "Token", kind: tuple[str, frozenset[str]], window: int) -> list[str] | None:
        ctx = self.ctx
        what, body_kinds = kind
        floor = ctx.sents[max(ctx.sent_of[token.i] - window, 0)].start
        own = {t.i for t in token.subtree}
        tied = {ctx.mention_at[t.i].entity for c in token.children for t in self.tie(c)}  # the backer is not the group
        found: list[tuple[int, str]] = []  # (token index, key), nearest first
        states: list[tuple[int, str]] = []  # countries named in the window
        for i in range(token.i - 1, floor - 1, -1):
            m = ctx.mention_at.get(i)
            if what == "forces" and i not in own and (m is None or ctx.groups.state_mention(ctx.doc[i])):
                # "Myanmar's military said ... the junta", "Ethiopian authorities (read as one
                # mention of Ethiopia) ... the authorities": a body named by its country
                body = self._body_phrase(ctx.doc[i], body_kinds)
                if body is not None:
                    found.append((i, body))
                    continue
            if m is None:
                continue
            if m is None or i in own or m.entity not in ctx.entities or in_dateline(ctx.doc[i]):
                continue
            key = m.entity
            if ctx.kind(key) == "state":
                states.append((i, key))
                continue
            if key in tied:
                continue
            if what == "armed" and self.armed(key):
                found.append((i, key))
            elif what == "forces" and self.body_kinds(key) & body_kinds:
                found.append((i, key))
        keys = list(dict.fromkeys(k for _, k in found))
        if not keys:
            return None
        keys = [self._minted(k, found) for k in keys]
        if what == "armed":
            return keys if len(keys) == 1 else None  # "M23 and the ADF ... the rebels": a group of the article
        at = {k: i for i, k in reversed(found)}
        countries = {self._country(k, at.get(k)) for k in keys}
        if len(countries) > 1:
            countries.discard(None)  # "Nigeria's army ... troops from the Nigerian Army" (no country read)
        if len(countries) != 1:
            return []  # two countries' armies: which one is meant, the text does not say
        country = next(iter(countries))
        nearest = found[0][0]
        if any(i > nearest and k != country and not _across_border(ctx.doc[i]) for i, k in states):
            # "the Sudanese Armed Forces ... in South Sudan, the army": not plainly the SAF
            # (but "the army ... along the border with India. The army": the other side)
            return []
        # "Bhutan's army ... soldiers from the Royal Bhutanese Army ... The army": one
        # country's force of that kind, named twice; the one named last (not of two bodies
        # of its government, "the government ... his Cabinet": the whole or a part of it)
        shared = frozenset.intersection(*(self.body_kinds(k) for k in keys)) & body_kinds - {"government"}
        return keys if len(keys) == 1 else [keys[0]] if country is not None and shared else []


def _across_border(t: "Token") -> bool:
    """Whether the country named at ``t`` is the other side of a border ("along the border
    *with* India", "the Chad border"), not a place the text has moved to."""
    borders = words("events", "border_nouns")
    if t.dep_ == "pobj" and t.head.lower_ == "with":
        return t.head.head.lemma_.lower() in borders or (t.head.i > 0 and t.doc[t.head.i - 1].lemma_.lower() in borders)
    return t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in borders
