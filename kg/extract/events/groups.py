"""Actors named by common nouns: "gunmen attacked the church", "the rebels increased their
attacks", "pro-government militias burned the market", "residents fled".

A plural noun phrase (or a collective one: "police", "the crowd") headed by a noun of the
group lexicon (``ontology/lexicon/groups.toml``) that fills an event's agent, target, victim,
speaker or participant slot is an actor of the event. What it stands for, in this order:

1. the entity its own words name, which :meth:`ArticleContext.actors` reads already ("Kenyan
   police officers": Kenya; "Houthi rebels": the Houthis);
2. for a bare phrase ("the rebels", "militants", and "the group", "the movement" with
   "the"): the latest entity before it in the article that the noun described ("the Arakan
   Army (AA), a rebel group", "the jihadist group JNIM", "Houthi rebels", "M23 is a rebel
   group"); else, for a definite description of an armed group ("the paramilitary group",
   "the Iran-backed group"), the one armed organisation named in the sentences before
   (:mod:`.descriptions`: "the RSF ... the paramilitary group"; for a state's forces, "the
   army", "security forces", that comes first: "the Sudanese Armed Forces ... the army"); else
   a group phrase with the same head ("several factions of armed separatist fighters ...
   the fighters");
3. otherwise a group of this article (:class:`~kg.extract.model.Entity` of kind ``group``,
   ``kgo:Group`` in RDF), one per phrase, labelled with the phrase without its counting words
   ("pro-government militias", "armed separatist fighters"; "some 300 soldiers" is
   "soldiers"), and its key scoped to the article (:func:`~kg.extract.model.group_key`).

A state body named with its country ("the Kenyan police", "Chad's army", "Nigerian
soldiers", "the Afghan interior ministry") is no group: it is the knowledge base's body of
that country when it knows one, else one node per country and kind, the same in every
article (:meth:`GroupBook.body_group`, :func:`body_key`, :func:`body_label`: "Police of
Kenya", ``GovernmentOrganization``, its country ``Entity.country``), named by its phrase
wherever the article uses one (:meth:`GroupBook.name_bodies`). A bare description of a
state's forces or rulers ("the army said", "security forces", "the government") that refers
back to no named body is the body of the one country its article or passage stays in
(:mod:`.home_bodies`), and nothing when several countries are named there.

A phrase that only counts some of a group stands for the group ("several factions of
armed separatist fighters", "dozens of protesters"). A phrase whose owner is unresolved
("their fighters"), or that names its owner in a prepositional phrase ("fighters from
Wagner"), is left to the readers of those; a bare noun too general to stand alone ("the
group", "officials") is only ever resolved, never a group of its own.

Items of a coordinated list are read one by one (:func:`coordinated`), including the list
the parser reads as an apposition ("two Kenyan soldiers, a Somali policeman and three
civilians").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..doctext import tokens_tagged
from ..bodies import body_key, body_label, country_phrase, known_body
from ..model import Entity, Mention, Span, group_key
from ..wordlists import words
from .descriptions import DescriptionReader
from .home_bodies import HomeBodies
from .group_words import body_ends, clause_subject, group_words, lower_lemma, noun_forms, one_of, phrase_ends

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import ArticleContext

__all__ = ["GroupBook", "counted_people", "community_word", "read_as_no_place", "body_key", "body_label", "country_phrase"]

#: How sure the reader is that a common-noun phrase in an event's slot names a group of
#: people (the mention confidence of a group's phrase, ``itsrdf:taConfidence``): below a
#: name the NER and the knowledge base agree on, as sure as the statistical NER alone is not
GROUP_CONFIDENCE = 0.6
#: How sure the reader is of a state body named by its country and a noun of the lexicon
#: ("the Kenyan police"): the country is a name linked to the knowledge base, the noun a
#: word of a closed list, as sure as a name the statistical NER finds and links
BODY_CONFIDENCE = 0.8

_DEFINITE = frozenset({"the", "these", "those"})
_MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_DESCRIBED = frozenset({"organization", "group", "state"})  # what a group noun can describe (not a person)


@dataclass(frozen=True)
class _Phrase:
    """A group phrase of the text: its head, the words of its label, its head word."""

    head: "Token"
    tokens: tuple["Token", ...]  # the label's tokens, in text order
    noun: str  # the head's lexicon word ("rebel", "aid worker")

    @property
    def bare(self) -> bool:
        return len(self.tokens) == 1

    def label(self) -> str:
        parts = []
        for k, t in enumerate(self.tokens):
            nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
            parts.append(t.text + ((t.whitespace_ or "") if nxt is not None and nxt.i == t.i + 1 else " " if nxt is not None else ""))
        label = "".join(parts).strip()
        for open_, close in ("()", "[]"):
            if label.count(open_) != label.count(close):  # "RSF)-affiliated troops", split by the tokenizer
                label = label.replace(open_, "").replace(close, "")
        first = self.tokens[0]
        if first.is_sent_start and first.pos_ != "PROPN" and (not first.ent_type_ or first.pos_ == "NUM") and label[:1].isupper() and not label[1:2].isupper():
            label = label[:1].lower() + label[1:]  # "Gunmen attacked": gunmen
        return label

    def modifiers(self) -> frozenset[str]:
        return frozenset(lower_lemma(t) for t in self.tokens if t != self.head)


_UNREAD = object()  # (not yet read: None is an answer)


class GroupBook:
    """The group phrases of one article and what each stands for.

    Built on first use from the parse; :meth:`resolve` mints a group (an entity and the
    mention of its phrase) the first time one is needed.
    """

    def __init__(self, ctx: "ArticleContext") -> None:
        self.ctx = ctx
        self.words = group_words()
        self._definitions: list[tuple[int, frozenset[str], Token]] | None = None
        self._phrases: dict[int, _Phrase] | None = None
        self._surfaces: dict[str, str] | None = None  # a name as written -> its entity
        self._descriptions: DescriptionReader | None = None
        self.home = HomeBodies(ctx)
        self._body_nouns: dict[int, str | None] = {}  # token index -> body_noun (asked of every noun, again and again)
        self._nouns_of: dict[tuple[int, bool], str | None] = {}  # (token index, said) -> noun_of

    @property
    def descriptions(self) -> DescriptionReader:
        """Descriptions that refer back to a named actor ("the rebels", "the army")."""
        if self._descriptions is None:
            self._descriptions = DescriptionReader(self.ctx)
        return self._descriptions

    def definitions(self) -> list[tuple[int, frozenset[str], "Token"]]:
        """What the article said things are: (position, the describing words, the named
        token), "the Arakan Army (AA), a rebel group", "M23 rebels", in text order."""
        if self._definitions is None:
            self._scan()
        assert self._definitions is not None
        return self._definitions

    # ------------------------------------------------------------------ reading phrases

    def noun_of(self, token: "Token", *, said: bool = False) -> str | None:
        """:meth:`_noun_of`, read once per token."""
        key = (token.i, said)
        found = self._nouns_of.get(key, _UNREAD)
        if found is _UNREAD:
            found = self._nouns_of[key] = self._noun_of(token, said=said)
        return found  # type: ignore[return-value]

    def _noun_of(self, token: "Token", *, said: bool = False) -> str | None:
        """The lexicon word ``token`` heads ("aid workers" -> "aid worker"), if any; with
        ``said`` (the phrase speaks), the words that name a group only so ("sources") too."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma = lower_lemma(token)
        if said and lemma in self.words.speakers_only and (token.tag_ == "NNS" or one_of(token) is not None and not any(
                c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with", "from") for c in token.children)):
            return lemma  # (not "a spokeswoman for the ministry": for whom, the label would not say)
        low = token.lower_
        for c in token.children if lemma in phrase_ends() else ():  # (a two-word head ends in the lemma)
            if c.dep_ in ("compound", "amod") and c.i == token.i - 1:
                for w in (f"{lower_lemma(c)} {lemma}", f"{c.lower_} {lemma}"):
                    if w in self.words.phrases:
                        return w
        for w in (lemma, *noun_forms(token)):
            if w in self.words.heads:
                return w
        if token.tag_ == "NNS" and lemma in self.words.plural_posts:
            return lemma  # "prosecutors said", "the coup leaders claimed": holders of a post, plural
        if self.people_noun(token):
            return low  # "Venezuelans", "Muslims": people named by their nation or faith
        return None

    def people_noun(self, token: "Token") -> bool:
        """Whether ``token`` is a noun naming people by nation or faith ("Venezuelans",
        "Muslims", "Afghans", "an Afghani"): a nationality the parser tags as such, or a
        demonym the knowledge base knows, in the plural or after "a"/"one"."""
        if token.i in self.ctx.mention_at or not token.text[:1].isupper() or token.pos_ not in ("NOUN", "PROPN"):
            return False
        if token.tag_ not in ("NNS", "NNPS") and one_of(token) is None and not counted_people(token):  # "hundreds of Masalit"
            return False
        return token.ent_type_ == "NORP" or self.ctx.demonym_record(token) is not None

    def acts_for_state(self, token: "Token") -> bool:
        """Whether a nationality on ``token``'s noun makes it act for that state: "Kenyan
        police", "Russian forces", "Azerbaijani officials" do; "Somali militants", "Malian
        rebels", "Sudanese civilians" do not (nouns of the group lexicon other than its
        state agents)."""
        noun = self.noun_of(token)
        return noun is None or noun in self.words.state_agents or lower_lemma(token) in self.words.state_agents

    def fights_in(self, token: "Token", owner: "Token") -> bool:
        """Whether the possessor ``owner`` of the armed group ``token`` names says where
        they fight, not who they are: a country's or place's name on rebels, militants,
        insurgents, extremists ("*Mozambique's* extremist rebels", "*Nigeria's* Islamist
        insurgents", "*Somalia's* militants": no state acts), not on a state's own agents
        ("Mali's army", "Kenya's police": :meth:`acts_for_state`)."""
        m = self.ctx.mention_at.get(owner.i)
        return (owner.dep_ == "poss" and m is not None and self.ctx.kind(m.entity) in ("state", "place")
                and self.noun_of(token) in self.words.armed and not self.acts_for_state(token))

    def phrase(self, token: "Token", *, speaker: bool = False, one: bool = False, said: bool = False) -> _Phrase | None:
        """The group phrase ``token`` heads, or ``None`` when it heads none: not a lexicon
        noun, a name, singular (unless collective), or owned by someone named or unresolved
        ("their fighters", "fighters from Wagner"). With ``one`` (the one person described,
        see :meth:`resolve`), a noun the tagger read into its demonym's mention ("an
        Algerian security guard") still heads a phrase."""
        m = self.ctx.mention_at.get(token.i)
        if one and m is not None and self.ctx.kind(m.entity) == "state" and token.idx > m.span.start:
            m = None
        if m is not None:
            return None
        noun = self.noun_of(token, said=said)
        if noun is None:
            return None
        # "Militiamen attacked": a plural the tagger read as a name at the start of a sentence
        # (and the NER as one, which the entity step did not keep)
        plural = token.tag_ in ("NNS", "NNPS") or (token.tag_ == "NNP" and noun != token.lower_ and noun in noun_forms(token)[1:]) or counted_people(token)
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") and not (plural and token.tag_ == "NNP"):
            return None
        one = one_of(token)
        if (one is not None and one.lower_ != "one" and not self.people_noun(token) and not (speaker and noun not in self.words.collective)
                and not self.descriptions.linked(token)):  # "an al-Qaeda-linked group attacked": a group of its own
            # "a militia", "a crowd": one of them, named by what follows if at all; but "an
            # elder told reporters", "a witness said": the one who speaks, kept as described
            one = None
        if not plural and noun not in self.words.collective and one is None:
            return None  # "one elder said", "an Afghani": one unnamed person, labelled so
        if not plural and one is None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return None
        leader = self.followed(token)
        if any(c.dep_ == "poss" and (leader is None or c.i != leader.i) and not self.fights_in(token, c) for c in token.children):
            return None
        kept: list[Token] = [token]
        if leader is not None:
            # "supporters of Imran Khan": whom they follow is part of the label, up to the name
            mention_at = self.ctx.mention_at
            first = min(t.i for t in leader.subtree if t.i in mention_at)
            last = first
            while last + 1 < leader.right_edge.i + 1 and mention_at.get(last + 1) is mention_at[first]:
                last += 1
            if leader.dep_ == "poss" and last + 1 < len(token.doc) and token.doc[last + 1].tag_ == "POS":
                last += 1  # "Mondlane's supporters": the possessive ending too
            kept += [t for t in leader.subtree if t.i <= last]
        owners = [p for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "under") and p != leader]
        if token.dep_ in ("dobj", "nsubjpass"):
            owners += [p for p in token.head.children if p.dep_ == "prep" and p.lower_ in ("from", "of") and p.i > token.i]
        for prep in owners:
            # "fighters from Wagner", "soldiers from Chad": whose they are; not "pupils from a
            # school in Kaduna" (a place says where they were, not whose)
            # (its object, not a gerund clause: "journalists were accused of spying for Ethiopia")
            if any(g.i in self.ctx.mention_at and self.ctx.kind(self.ctx.mention_at[g.i].entity) != "place"
                   for pobj in prep.children if pobj.dep_ == "pobj" for g in pobj.subtree):
                return None
        for c in token.children:
            if c.i > token.i or c.dep_ not in _MODIFIERS or any(t.dep_ == "cc" for t in c.subtree):
                continue  # "the police and local residents" misread as one phrase: not part of its label
            if c.ent_type_ in ("DATE", "TIME"):
                continue  # "On 25 June protesters stormed ...": the day the parser read into the phrase, no word of its label
            for t in c.subtree:
                if t.i < token.i and t.lower_ not in self.words.not_in_label and t.pos_ not in ("DET", "NUM", "PUNCT", "PRON", "CCONJ", "ADP") or (t.pos_ == "PUNCT" and t.text == "-"):
                    kept.append(t)
        if one is not None and token.tag_ not in ("NNS", "NNPS"):
            kept.append(one)
        kept.sort(key=lambda t: t.i)
        while kept and kept[0].pos_ == "PUNCT":
            kept.pop(0)
        return _Phrase(token, tuple(kept), noun)

    def followed(self, token: "Token") -> "Token | None":
        """The phrase that says whom the people ``token`` names follow: the "of" of a
        follower noun ("supporters *of Imran Khan*", "loyalists of the former president"), or
        its possessor when that is a name ("*Mondlane's* supporters", read as "supporters of Mondlane"),
        or an affiliation adjective's phrase when it names a person ("forces *loyal to
        Khalifa Haftar*": a person's force is a group, not the person acting)."""
        mention_at = self.ctx.mention_at
        if lower_lemma(token) in self.words.followers or token.lower_ in self.words.followers:
            for p in token.children:
                if p.dep_ == "prep" and p.lower_ == "of" and any(
                        g.dep_ == "pobj" and any(t.i in mention_at for t in g.subtree) for g in p.children):
                    return p
                if p.dep_ == "poss" and p.pos_ == "PROPN" and p.i in mention_at:
                    return p  # "Mondlane's supporters": as "supporters of Mondlane"
        for mod in token.children:
            if mod.dep_ in ("amod", "acl") and mod.i > token.i and mod.lower_ in self.words.follower_adjectives:
                named = [mention_at[t.i].entity for t in mod.subtree if t.i in mention_at]
                if named and all(self.ctx.kind(k) == "person" for k in named):
                    return mod
        return None

    def _group_of(self, token: "Token") -> "Token":
        """The group a counting phrase stands for: "several factions of X rebels" -> rebels."""
        t = token
        for _ in range(2):
            if lower_lemma(t) not in self.words.partitive and t.lower_ not in self.words.partitive:
                break
            pobj = next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
            if pobj is None:
                break
            t = pobj
        return t

    # ------------------------------------------------------------------ what the article said

    def _scan(self) -> None:
        doc = self.ctx.doc
        mention_at = self.ctx.mention_at
        defs: list[tuple[int, frozenset[str], Token]] = []
        phrases: dict[int, _Phrase] = {}

        def described(n: "Token") -> frozenset[str]:
            for _ in range(2):  # "one of the dozens of ethnic resistance groups"
                if n.lower_ != "one" and lower_lemma(n) not in self.words.partitive:
                    break
                nxt = next((g for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
                if nxt is None:
                    break
                n = nxt
            mods = {lower_lemma(c) for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i and c.i not in mention_at}
            return frozenset({lower_lemma(n)} | mods)

        # (only nouns and the tokens of names say anything here: no Token made of the others)
        read = sorted(set(tokens_tagged(doc, "NOUN")) | mention_at.keys())
        for t in (doc[i] for i in read):
            if t.pos_ == "NOUN" and t.i not in mention_at:
                phrase = self.phrase(t)
                if phrase is not None:
                    phrases[t.i] = phrase
                if t.dep_ in ("compound", "appos", "nmod") and t.head.i in mention_at:
                    defs.append((t.head.i, described(t), t.head))  # "Somali militant group al-Shabab"
                    continue
                for c in t.children:
                    if c.i in mention_at and c.dep_ in ("appos", "compound", "nmod", "amod"):
                        defs.append((c.i if c.i > t.i else t.i, described(t), c))  # "the rebel group M23", "M23 rebels"
                    elif c.dep_ in ("amod", "compound") and c.i < t.i and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper() and self.acts_for_state(t):
                        defs.append((t.i, described(t), t))  # "Kenyan police officers": whom the phrase names
            elif t.i in mention_at:
                m = mention_at[t.i]
                if t.pos_ == "NOUN" and t.idx + len(t.text) == m.span.end:
                    # the name's own common noun: "Houthi rebels", "the Ethiopian government"
                    defs.append((t.i, described(t) | {lower_lemma(t)}, t))
                for c in t.children:
                    if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in mention_at:
                        defs.append((c.i, described(c), t))  # "the Arakan Army (AA), a rebel group"
                if t.dep_ == "nsubj" and t.head.lemma_ == "be":
                    for attr in t.head.children:
                        if attr.dep_ == "attr" and attr.pos_ == "NOUN" and attr.i not in mention_at:
                            defs.append((attr.i, described(attr), t))  # "M23 is a rebel group"
        defs.sort(key=lambda d: d[0])
        self._definitions, self._phrases = defs, phrases

    def _antecedent(self, token: "Token", phrase: _Phrase | None) -> list[str] | _Phrase | None:
        """What a bare phrase refers back to: the keys of the entity the article described
        with its noun, or an earlier group phrase with its head; the latest of them."""
        if self._definitions is None:
            self._scan()
        assert self._definitions is not None and self._phrases is not None
        noun = phrase.noun if phrase is not None else lower_lemma(token)
        nouns = {noun, lower_lemma(token), token.lower_}
        candidates: list[tuple[int, object]] = []
        for pos, vocab, anchor in self._definitions:
            if pos < token.i and nouns & vocab and token not in anchor.subtree:
                candidates.append((pos, anchor))
        if phrase is not None and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
            # "several factions of armed separatist fighters ... the fighters"; but "host
            # families ... Most families fled", "school children ... women and children
            # marched": without "the" a phrase refers back to no other phrase
            plural = token.tag_ in ("NNS", "NNPS")
            for i, other in self._phrases.items():
                # "one elder said ... The elders said": the many are not the one
                # "armed groups ... the groups": the same head, with or without its first word
                same = other.noun == noun or other.noun.endswith(f" {noun}")
                if i < token.i and same and not other.bare and (other.head.tag_ in ("NNS", "NNPS")) == plural and not (
                        _harmed(other) and not _harmed(phrase)):
                    # not "scores of *injured* protesters ... soldiers opened fire on the
                    # protesters": those a harm was done to are some of them, not the ones meant
                    candidates.append((i, other))
        doers = self.words.doers.get(noun) if phrase is not None else None
        if doers and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):  # "Al-Shabaab fighters attacked a base. The attackers killed 10 soldiers."
            for d in self.ctx.drafts:
                if d.head.i < token.i and any(self.ctx.lex.is_a(d.cls, c) for c in doers):
                    keys = [k for k in d.roles.get("agent", []) if self.ctx.kind(k) in _DESCRIBED]
                    if keys:
                        candidates.append((d.head.i, keys))
        for _, what in sorted(candidates, key=lambda c: -c[0]):
            if isinstance(what, list):
                return what
            if isinstance(what, _Phrase):
                keys = [k for k in self.ctx.actors(what.head, own=True) if self.ctx.kind(k) != "place"]
                if self._of_a_state(what.head, keys):
                    return what  # "five Pakistani peacekeepers ... the peacekeepers": those people, not Pakistan
                return keys or what
            keys = [k for k in self.ctx.actors(what, own=True) if self.ctx.kind(k) in _DESCRIBED]
            if self._of_a_state(what, keys):
                continue  # "three Chadian peacekeepers ... Peacekeepers were deployed": people of a state, not the state
            if keys:
                return keys
        return None

    def _of_a_state(self, head: "Token", keys: list[str]) -> bool:
        """Whether the plural phrase headed by ``head`` names people of a state by its demonym
        ("Chadian peacekeepers", "Kenyan aid workers"), which ``keys`` (all states) its
        modifier gave: not a body of the state ("Kenyan soldiers": the army), nor those who
        speak for it ("Kenyan officials ... Officials said": Kenya, ``speakers_only``,
        ``bare_resolve_only``)."""
        noun = lower_lemma(head)
        return (bool(keys) and head.tag_ in ("NNS", "NNPS") and self.body_noun(head) is None
                and noun not in self.words.speakers_only and noun not in self.words.bare_resolve_only
                and all(self.ctx.kind(k) == "state" for k in keys))

    # ------------------------------------------------------------------ resolving

    def resolve(self, token: "Token", *, mint: bool = True, speaker: bool = False, one: bool = False) -> list[str]:
        """The actors a common-noun phrase headed by ``token`` stands for (see the module);
        ``[]`` when it is no group phrase or cannot stand alone. With ``mint=False`` nothing
        is added to the article (the keys a group would get are still returned). With
        ``one``, the one person a singular phrase describes ("an Algerian security guard"
        killed), kept as described rather than read as the state its modifier names."""
        head = self._group_of(token)
        if head.i in self.ctx.owner:
            return []  # "built up large numbers of troops": the event's own words
        if self.descriptions.kind_of(head) is not None and self._antecedent(head, None) is None or self._forces(head):
            # "the rebels", "the army", "the paramilitary group", "the Iran-backed group": the
            # one named actor of its kind the sentences before name ([] when they name several)
            found = self.descriptions.refer(head)
            if found is not None:
                return found
            if (kind := self.descriptions.kind_of(head)) is not None and kind[0] == "forces" and (home := self.home.body(head, kind[1], mint=mint)):
                return home  # "the army said", in a story on one country: its army (.home_bodies)
        named = [] if one else self._named_by_modifier(head) or self._represented(head)
        if named:
            return named
        phrase = self.phrase(head, speaker=speaker or one, one=one, said=speaker)
        if phrase is None:
            if head.tag_ == "NN" and lower_lemma(head) in self.words.anaphors and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children) and not any(
                c.dep_ in _MODIFIERS or c.dep_ == "poss" for c in head.children
            ) and head.i not in self.ctx.mention_at:
                found = self._antecedent(head, None)  # "the group said", "the movement"
                if not isinstance(found, list) and self.descriptions.kind_of(head) is None:
                    found = self._last_organisation(head)  # "the group": the organisation named last
                return found if isinstance(found, list) else []
            return []
        if phrase.bare:
            found = self._antecedent(head, phrase)
            if isinstance(found, list):
                return found
            if isinstance(found, _Phrase):
                return [self._mint(found, mint, also=phrase)]
            if phrase.noun in self.words.bare_resolve_only and not (speaker and phrase.noun in self.words.speakers_only):
                return []  # "the group said": only what it refers to; but "officials said": they speak
        return [self._mint(phrase, mint)]

    def _forces(self, head: "Token") -> bool:
        """Whether ``head`` heads a description of a state's forces ("the army"), which the
        sentences before resolve before any description of the article does: of two
        countries' armies named there, "the army" is neither."""
        kind = self.descriptions.kind_of(head)
        return kind is not None and kind[0] == "forces"

    def _last_organisation(self, head: "Token") -> list[str]:
        """The organisation named last before ``head`` in its sentence or the one before,
        for "the group" that no phrase of the article describes ("talks with the ELN ...
        after the group's attacks"); none when the nearest such name is not an organisation."""
        ctx = self.ctx
        first = ctx.sents[max(0, ctx.sent_of[head.i] - 1)].start
        for i in range(head.i - 1, first - 1, -1):
            m = ctx.mention_at.get(i)
            if m is None or m.entity not in ctx.entities:
                continue
            if _speaker_of(ctx.doc[i], head):
                continue  # "The UN said the group arrested ...": a speaker calls itself "it", not "the group"
            kind = ctx.kind(m.entity)
            if kind in ("organization", "group"):
                return [m.entity]
            if kind in ("person", "state") and not clause_subject(ctx.doc[i], m.span.start, m.span.end, head):
                return []  # a person or a state named nearer (not the clause's own subject: "Ethiopia designated the group")
        return []

    def _named_by_modifier(self, head: "Token") -> list[str]:
        """The state or organisation a lexicon noun's own modifier names ("a Somali
        policeman": Somalia; "UN peacekeepers": the UN)."""
        if self.noun_of(head) is None or head.i in self.ctx.mention_at:
            return []
        keys: list[str] = []
        backers = self.descriptions.backed_by(head)  # "Iran-backed rebels" do not act for Iran
        for c in head.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > head.i:
                continue
            if c.i in backers or any(t.i in backers for t in c.subtree):
                continue
            if any(t.i in self.ctx.mention_at for t in c.subtree):  # "RSF-affiliated troops"
                keys += [k for t in c.subtree if t.i in self.ctx.mention_at for k in self.ctx.actors(t, own=True) if self.ctx.kind(k) in _DESCRIBED]
            elif (named := self._affiliated(c)) is not None:
                keys.append(named)
            elif self.acts_for_state(head) and (dm := self.ctx.demonym(c)) is not None:
                keys.append(dm)
        return list(dict.fromkeys(keys))

    # ------------------------------------------------------------------ a state's own bodies

    def body_noun(self, token: "Token") -> str | None:
        """:meth:`_body_noun`, read once per token."""
        found = self._body_nouns.get(token.i, _UNREAD)
        if found is _UNREAD:
            found = self._body_nouns[token.i] = self._body_noun(token)
        return found  # type: ignore[return-value]

    def _body_noun(self, token: "Token") -> str | None:
        """The state-body word ``token`` heads ("army", "police", "armed forces", "security
        forces" with its modifier; in the plural, "soldiers", "police officers": the people
        serving in one), or ``None``."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma, low = lower_lemma(token), token.lower_
        ends = body_ends()
        if low not in ends and lemma not in ends:
            return None  # (no body's noun ends in this word: asked of every noun of an article)
        plural = token.tag_ in ("NNS", "NNPS")

        def fits(w: str) -> bool:
            return w in self.words.bodies and (plural or w not in self.words.body_members)

        for c in token.children:
            if c.dep_ in ("compound", "amod") and c.i == token.i - 1:
                for w in (f"{c.lower_} {low}", f"{c.lower_} {lemma}"):
                    if fits(w):
                        return w
        return next((w for w in (low, lemma) if fits(w)), None)

    def state_mention(self, token: "Token") -> list[str]:
        """The state a mention spanning a state-body phrase was linked to ("Kenyan police"
        read as one mention of Kenya), when ``token`` is that phrase's body noun."""
        m = self.ctx.mention_at.get(token.i)
        if m is None or m.entity not in self.ctx.entities or self.ctx.kind(m.entity) != "state" or self.body_noun(token) is None:
            return []
        if token.idx <= m.span.start:
            return []  # the noun begins the name: not a modifier and a body
        return [m.entity]

    def state_body(self, token: "Token", states: list[str]) -> str | None:
        """The knowledge base's body that a state-body phrase names ("Mali's army": the
        Malian Armed Forces, whose names include "Malian army"): a government organisation
        of one of ``states`` (the countries the phrase's modifiers name) one of whose names
        is the country's name or demonym followed by a word of the phrase's noun list."""
        kb = self.ctx.kb
        noun = self.body_noun(token)
        if kb is None or noun is None:
            return None
        for state in states:
            e = self.ctx.entities.get(state)
            country = kb.get(e.kb_key) if e is not None and e.kb_key else None
            if country is None:
                continue
            record = known_body(kb, country, self.words.bodies[noun])
            if record is not None:
                return self.ctx.entity_for_kb(record.key)
        return None

    def body_group(self, token: "Token", *, mint: bool = True) -> list[str]:
        """The state bodies a phrase headed by ``token`` names that the knowledge base does not
        know ("the Kenyan police", "Indonesian military", "Chad's army", "Nigerian soldiers"):
        when its own modifiers (or "of" object) name only countries, and no body of theirs
        is in the knowledge base, one body per country (:meth:`_mint_body`). A country named
        anywhere else in the article makes no body ("the army" alone, "its army"). ``[]``
        otherwise."""
        noun = self.body_noun(token)
        if noun is None or token.ent_type_ == "PERSON" or (token.ent_type_ == "ORG" and token.text[:1].isupper()):
            return []  # a name ("the National Police"); not the NER's "interior ministry" in lower case
        mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < token.i]
        mods += [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > token.i]
        named = self.state_mention(token)
        if token.i in self.ctx.mention_at and not named:
            return []  # a name of its own ("the Haitian National Police")
        named += [k for c in mods for t in c.subtree if t.i in self.ctx.mention_at for k in self.ctx.actors(t, own=True)]
        # "Kenyan and Somali troops": each nationality (the NER may read the whole as Kenya)
        named += [k for c in mods if c.dep_ in ("amod", "compound") for x in (c, *c.conjuncts)
                  if (x.i not in self.ctx.mention_at or self.ctx.mention_at[x.i] is self.ctx.mention_at.get(token.i))
                  and (k := self.ctx.demonym(x)) is not None]
        named = list(dict.fromkeys(named))
        if not named or any(self.ctx.kind(k) != "state" for k in named):
            return []
        kept = sorted({t for c in mods for t in c.subtree if t.pos_ not in ("DET", "NUM") and t.lower_ not in self.words.not_in_label} | {token},
                      key=lambda t: t.i)
        while kept and kept[0].pos_ == "PUNCT":
            kept.pop(0)
        if kept == [token]:
            return []  # "Philippine government security forces": "government" has no modifier of its own
        phrase = _Phrase(token, tuple(kept), noun)
        # "the militaries of the United States and the United Kingdom": each country's body,
        # the phrase the mention and a name of neither
        one = len(named) == 1
        out = []
        for state in named:
            known = self.state_body(token, [state])
            if known is None:
                out.append(self._mint_body(state, phrase, mint=mint, one=one))
                continue
            if mint and one:  # "Mali's army": the knowledge base's Malian Armed Forces
                self._name_body(known, phrase)
            out.append(known)
        return out

    def home_body(self, head: "Token", state: str, kind: str, *, mint: bool = True, alias: bool = True) -> str:
        """``state``'s body of ``kind`` that the bare phrase headed by ``head`` names ("the
        army" in a story on Sudan, :mod:`.home_bodies`): the knowledge base's when it knows
        one, else the node "the Sudanese army" gets; the phrase its mention and, as the
        article's word for it, an alias ("army", "security forces")."""
        phrase = _Phrase(head, tuple(t for t in head.doc[head.left_edge.i:head.i + 1] if t.pos_ not in ("PUNCT", "DET")), kind)
        known = self.state_body(head, [state])
        if known is not None:
            if mint:
                self._name_body(known, phrase, alias=alias)
            return known
        return self._mint_body(state, phrase, mint=mint, one=True, kind=kind, alias=alias)

    def _mint_body(self, state: str, phrase: _Phrase, *, mint: bool, one: bool, kind: str | None = None, alias: bool = True) -> str:
        """The node of ``state``'s body of the kind ``phrase`` names, added to the article
        when ``mint``: the same key in every article (:func:`body_key`), typed
        ``GovernmentOrganization``, labelled :func:`body_label` (the country's demonym
        and the kind an alias: "Kenyan police"), its country ``state``. When
        the phrase names ``one`` country, it is an alias of the body and its mention; a
        mention of the country spanning the phrase ("Kenyan police" read by the NER as one
        mention of Kenya) keeps only the country's words ("Kenyan")."""
        ctx = self.ctx
        country = ctx.entities[state]
        record = ctx.kb.get(country.kb_key) if ctx.kb is not None and country.kb_key else None
        kind = kind or self.words.body_kind[phrase.noun]
        names = record.aliases if record is not None else ()
        key = body_key(kind, country.label, names)
        if not mint:
            return key
        known = ctx.entities.get(key)
        if known is None or known.country is None:
            demonyms = record.demonyms[:1] if record is not None else ()
            aliases = {f"{d[:1].upper()}{d[1:]} {kind}" for d in demonyms}
            if known is None:
                ctx.entities[key] = Entity(key=key, label=body_label(kind, country.label, names), types=("GovernmentOrganization",),
                                           kind="organization", aliases=aliases, country=state)
            else:  # the NER's "Kenya Police": the same body
                ctx.entities[key] = replace(known, types=("GovernmentOrganization",), kind="organization",
                                            aliases=known.aliases | aliases, country=state)
        if one:
            self._name_body(key, phrase, alias=alias)
        return key

    def _name_body(self, key: str, phrase: _Phrase, *, alias: bool = True) -> None:
        """``phrase`` as a name of the body ``key`` (an alias, ``skos:altLabel``) and its
        mention; a mention of the country spanning the phrase keeps only the country's words."""
        ctx = self.ctx
        body = ctx.entities[key]
        name = phrase.label()
        if alias and name != body.label and name not in body.aliases:
            ctx.entities[key] = replace(body, aliases=body.aliases | {name})  # a copy: the linker may share a KB body's
        head = phrase.head
        start, end = phrase.tokens[0].idx, head.idx + len(head.text)
        noun_tokens = {head.i, head.i - 1} if " " in phrase.noun else {head.i}
        for n, m in enumerate(ctx.mentions):
            if m.entity == key or not (m.span.start <= head.idx < m.span.end) or ctx.kind(m.entity) != "state":
                continue
            words = ctx.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            own = [t for t in words or () if t.i < head.i and t.i not in noun_tokens and t.text[:1].isupper() and t.pos_ != "DET"]
            if own:
                s, e = own[0].idx, own[-1].idx + len(own[-1].text)
                ctx.mentions[n] = Mention(Span(s, e, ctx.text[s:e]), m.entity, ner_label=m.ner_label, confidence=m.confidence)
        if any(m.span.start == start and m.span.end == end for m in ctx.mentions):
            return
        at = bisect.bisect_right([(m.span.start, m.span.end) for m in ctx.mentions], (start, end))
        ctx.mentions.insert(at, Mention(Span(start, end, ctx.text[start:end]), key, confidence=BODY_CONFIDENCE))

    def name_bodies(self) -> None:
        """Every state-body phrase of the article (:meth:`body_group`) made its body's
        mention, whether or not it fills an event's slot ("Kenyan police officers patrolled
        the capital": the Kenyan police, mentioned)."""
        doc = self.ctx.doc
        for token in (doc[i] for i in tokens_tagged(doc, "NOUN", "PROPN")):  # (no Token made of the other words)
            if self.body_noun(token) is not None:
                self.body_group(token)

    def _represented(self, head: "Token") -> list[str]:
        """Whom a representative acts for: "the Permanent Representative of Kenya" (Kenya),
        "a delegation of the African Union", when no person holding the post is named."""
        if lower_lemma(head) not in self.words.representatives or head.i in self.ctx.mention_at:
            return []
        return list(dict.fromkeys(
            k for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "for", "from")
            for o in p.children if o.dep_ == "pobj" for k in self.ctx.actors(o, own=True) if self.ctx.kind(k) in _DESCRIBED
        ))

    def _affiliated(self, token: "Token") -> str | None:
        """The organisation a hyphenated modifier the tokenizer kept whole names: "RSF-affiliated
        troops", "(RSF)-affiliated", "Wagner-led forces" (an affiliation participle of the
        lexicon after a name the article uses)."""
        parts = re.split(r"[-–]", token.text)
        if len(parts) < 2 or parts[-1].lower() not in self.words.affiliations:
            return None
        name = "-".join(parts[:-1]).strip("()[] ")
        if not name:
            return None
        if self._surfaces is None:
            self._surfaces = {}
            for m in self.ctx.mentions:
                e = self.ctx.entities.get(m.entity)
                if e is not None and self.ctx.kind(m.entity) in ("organization", "state"):
                    record = self.ctx.kb.get(e.kb_key) if self.ctx.kb is not None and e.kb_key else None
                    for surface in (m.span.text, e.label, *e.aliases, *(record.aliases if record is not None else ())):
                        self._surfaces.setdefault(surface, m.entity)
        return self._surfaces.get(name)

    def those_done(self, those: "Token", participle: "Token") -> str:
        """The group "those" and the participle of an act done to them name, when nothing in
        its sentence names them ("ensure that *those detained* are afforded safeguards",
        "the families of *those killed*"): a group of the article labelled with the two words."""
        return self._mint(_Phrase(those, (those, participle), those.lower_), True)

    def _mint(self, phrase: _Phrase, mint: bool, *, also: _Phrase | None = None) -> str:
        ctx = self.ctx
        label = phrase.label()
        key = group_key(ctx.article.id, label)
        if not mint:
            return key
        if key not in ctx.entities:
            ctx.entities[key] = Entity(key=key, label=label, types=(), kind="group")
        for p in (phrase, also):
            if p is None:
                continue
            start, end = p.tokens[0].idx, p.head.idx + len(p.head.text)
            if not any(m.span.start == start and m.span.end == end for m in ctx.mentions):
                # in text order, as the entity step leaves them
                at = bisect.bisect_right([(m.span.start, m.span.end) for m in ctx.mentions], (start, end))
                ctx.mentions.insert(at, Mention(Span(start, end, ctx.text[start:end]), key, confidence=GROUP_CONFIDENCE))
            ctx.entities[key].aliases.add(p.label())
        return key


def _speaker_of(name: "Token", token: "Token") -> bool:
    """Whether ``name`` is the subject of a verb of saying whose clause holds ``token``."""
    verb = name.head
    return (name.dep_ == "nsubj" and verb.pos_ == "VERB" and token in verb.subtree and name.i < token.i
            and any(c.dep_ == "ccomp" and token in c.subtree for c in verb.children))


def _harmed(phrase: _Phrase) -> bool:
    """Whether a group phrase describes people by a harm done to them ("*injured* protesters",
    "*wounded* soldiers", "the *dead* villagers"): some of a group, whom a plain "the
    protesters" later does not mean."""
    verbs, states = words("arguments", "reduced_passive_verbs"), words("events", "casualty_nouns")
    return any(t != phrase.head and (lower_lemma(t) in verbs or t.lower_ in states) for t in phrase.tokens)


def counted_people(token: "Token") -> bool:
    """Whether ``token`` is what a number counts ("thousands *of* Yazidis", "dozens of
    Sudanese"): people, even when the name is also read as a place's."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "of" and token.pos_ in ("PROPN", "NOUN")):
        return False
    counter = token.head.head
    return counter.pos_ in ("NUM", "NOUN") and (counter.ent_type_ == "CARDINAL" or counter.like_num) and counter.tag_ in ("CD", "NNS")


def community_word(token: "Token") -> bool:
    """Whether a nationality word names people of a descent ("*ethnic* Armenians")."""
    return any(c.dep_ == "amod" and c.lower_ in words("groups", "community_adjectives") for c in token.children)


def read_as_no_place(doc: "Doc", mention_at: "dict[int, Mention]", entities: "dict[str, Entity]") -> tuple[set[str], set[str]]:
    """The article's names read as places that name none: those a number counts somewhere
    ("thousands of Yazidis": people, a group), and those named only as what experts study
    ("Africa experts", "Sahel analysts": no event's place, no actor)."""
    counted: set[str] = set()
    studied: dict[str, bool] = {}
    for i, m in mention_at.items():
        e = entities.get(m.entity)
        if e is None or e.kind != "place":
            continue
        t = doc[i]
        if "Country" not in e.types and counted_people(t):
            counted.add(m.entity)
        if m.span.end == t.idx + len(t.text):
            studied[m.entity] = studied.get(m.entity, True) and (
                t.dep_ in ("compound", "nmod", "amod") and t.head.lemma_.lower() in words("groups", "expertise_nouns"))
    return counted, {k for k, only in studied.items() if only}
