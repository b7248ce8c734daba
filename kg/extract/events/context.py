"""What every step reads and writes for one article: the parse, the entities and their
mentions, the event drafts; and how a noun phrase names actors and places.

Pronouns go to the speaker of the statement they are in, or to the nearest earlier actor of
their kind ("I" and "we" outside any statement: :mod:`.author`); a capital used as an actor ("Baku declared") stands for its country, and a state
body ("Azerbaijani forces") brings its country along, both through the knowledge base.
How pronouns and definite descriptions ("the region") are resolved is in :mod:`.pronouns`;
who does what a verb without a subject of its own says, in :mod:`.subjects`.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...ingest.article import Article
from ..doctext import sentence_start
from ..event_lexicon import load_lexicon
from ..lexicon import TITLE_HEADS
from ..model import Entity, Mention, Role
from ..speech import quote_spans
from ..wordlists import words
from .draft import Draft
from .group_words import described_by_kin, list_item, named_as, noun_forms, stance_object, stray_items
from .groups import GroupBook, community_word, counted_people, read_as_no_place
from .pronouns import PLURAL_PRONOUNS, THING_PRONOUNS, ReferenceReading
from .subjects import SubjectReading

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from ...kb import KnowledgeBase
    from ...kb.model import KBEntity
    from ..linking import Linker
    from ..time import TimeExpression

__all__ = ["ArticleContext"]


class ArticleContext(ReferenceReading, SubjectReading):
    """One article's parse, entities and event drafts, shared by the steps of the reader."""

    def __init__(
        self, doc: "Doc", article: Article, entities: dict[str, Entity], mentions: list[Mention], roles: "Iterable[Role]" = ()
    ) -> None:
        from ...nlp.kb_ruler import kb_of
        from ..doctext import doc_text

        self.doc = doc
        self.text = doc_text(doc)
        self.article = article
        self.entities = entities
        self.lex = load_lexicon()
        self.kb: KnowledgeBase | None = kb_of(doc)
        self._linker: Linker | None = None
        self.mention_at: dict[int, Mention] = {}
        self.mentions = mentions
        self.roles = list(roles)  # posts people hold: "the head of the mission" is the one who heads it
        # the innermost mention owns a token: "Wagner" in "the Malian and Wagner forces"
        for m in sorted(mentions, key=lambda m: m.span.end - m.span.start):
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.mention_at.setdefault(t.i, m)
        self.drafts: list[Draft] = []
        self.owner: dict[int, Draft] = {}
        self.backshift = False  # set per draft by the modality step: reported speech in the past
        self.pending_shifts: list[tuple[Draft, TimeExpression, Token]] = []  # relative times, for coreference
        self.timed_sentences: set[int] = set()  # sentences that state a time (timing), for the scene
        self.shifted_sentences: set[int] = set()  # of those, the ones whose times count from the story ("two days later")
        self.plans_told_before: set[int] = set()  # id() of plans told in the past for a day now past (timing)
        self.quotes = quote_spans(self.text)
        self.sents = list(doc.sents)
        self.sent_of: list[int] = [0] * len(doc)  # token index -> sentence number
        self._groups: GroupBook | None = None
        # "thousands of Yazidis": people, a group; "Africa experts": what they study, nothing
        self.counted, self.studied = read_as_no_place(doc, self.mention_at, entities)
        for k, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [k] * (sent.end - sent.start)

    @property
    def groups(self) -> GroupBook:
        """The article's actors named by common nouns ("the rebels", "gunmen")."""
        if self._groups is None:
            self._groups = GroupBook(self)
        return self._groups

    def entity_for_kb(self, kb_key: str | None) -> str | None:
        """The article's entity for a KB record, added to the entities if new."""
        if self.kb is None or not kb_key:
            return None
        record = self.kb.get(kb_key)
        if record is None:
            return None
        for key, e in self.entities.items():
            if e.kb_key == record.key:
                return key
        entity = self.linker().entity_for_kb(record)
        self.entities.setdefault(entity.key, entity)
        return entity.key

    def linker(self) -> "Linker":
        """The article's linker, made when first needed."""
        if self._linker is None:
            from ..linking import linker_for

            self._linker = linker_for(self.doc)
        return self._linker

    def demonym_record(self, token: "Token") -> "KBEntity | None":
        """The knowledge base's country or region ``token`` is a demonym of, if any."""
        if self.kb is None or not token.text[:1].isupper():
            return None
        prev = token.nbor(-1) if token.i > sentence_start(token) else None
        if prev is not None and (prev.text[:1].isupper() or prev.text in ("-", "\u2011")):
            # "South Sudanese authorities", "Papua New Guinean police", "Bissau-Guinean
            # soldiers": the words before it name the country
            found = self.linker().longer_demonym(self.doc, token.i)
            if found is not None:
                return found[1]
        holders = self.kb.demonym_holders(token.text)
        if len(holders) > 1:  # "Congolese": the country the article names (:meth:`Linker.by_demonym`)
            named = self.linker().named_countries
            return next((e for e in holders if e.key in named), holders[0])
        return holders[0] if holders else None

    def demonym(self, token: "Token") -> str | None:
        record = self.demonym_record(token)
        return self.entity_for_kb(record.key) if record is not None else None

    def as_actor(self, key: str) -> list[str]:
        """An entity in an actor role: a capital stands for its state; a state body brings
        its country along ("Azerbaijani forces" act for Azerbaijan)."""
        e = self.entities.get(key)
        if e is not None and e.country and not e.kb_key:
            return [key, e.country]  # "the Kenyan police" (GroupBook.body_group)
        if e is None or self.kb is None or not e.kb_key:
            return [key]
        record = self.kb.get(e.kb_key)
        if record is None:
            return [key]
        if record.stands_for and e.kind == "place" and "Country" not in e.types:
            other = self.entity_for_kb(record.stands_for)
            return [other] if other else [key]
        if record.country and "GovernmentOrganization" in record.types:
            country = self.entity_for_kb(record.country)
            if country and country != key and e.country is None:
                self.entities[key] = replace(e, country=country)  # its kgo:country (a copy: the linker may share e)
            return [key, country] if country and country != key else [key]
        return [key]

    def country_of(self, key: str) -> str | None:
        """The article's entity for the country a place is in, by the knowledge base."""
        e = self.entities.get(key)
        record = self.kb.get(e.kb_key) if e is not None and e.kb_key and self.kb is not None else None
        if record is None or not record.country or record.country == record.key:
            return None
        for k, other in self.entities.items():
            if other.kb_key == record.country:
                return k
        return None

    def kind(self, key: str) -> str:
        e = self.entities.get(key)
        if e is None:
            return "unknown"
        if e.kind == "place" and "Country" in e.types:
            return "state"
        if key in self.counted:
            return "group"
        if key in self.studied:
            return "subject"  # what experts study: no place, no actor
        return e.kind

    def is_actor(self, token: "Token") -> bool:
        """Whether ``token`` names someone who can act: a person, an organisation, a state,
        or a place that stands for one ("Baku")."""
        m = self.mention_at.get(token.i)
        e = self.entities.get(m.entity) if m is not None else None
        if e is None:
            return False
        if e.kind != "place" or "Country" in e.types:
            return True
        record = self.kb.get(e.kb_key) if self.kb is not None and e.kb_key else None
        return record is not None and record.stands_for is not None

    def community_of_state(self, token: "Token", key: str) -> bool:
        """Whether ``token``, a mention of the state ``key``, names people of a descent
        ("ethnic Armenians", "ethnic Rohingya"), who are no actor for the state."""
        return self.kind(key) == "state" and community_word(token)

    def actors(self, token: "Token", *, depth: int = 0, own: bool = False) -> list[str]:
        """The entities a noun phrase (given by its head) names, conjuncts included (the
        items of a list: "Islamic State, al-Shabaab and Boko Haram"), unless ``own``."""
        keys: list[str] = []
        m = self.mention_at.get(token.i)
        if m is None and token.pos_ == "NOUN" and depth < 6 and (names := named_as(token)):
            for name in names:  # "three suspects, identified as A, B and C"
                keys += self.actors(name, depth=depth + 1)
        elif token.tag_ == "NNS" and (people := self.counted_people(token)):
            keys += people  # "Biden met Xi. The two leaders agreed": the two named together before
        elif m is not None and m.entity in self.entities and self.community_of_state(token, m.entity):
            pass  # "ethnic Armenians fled to Armenia": people of a descent, not the state
        elif m is not None and m.entity in self.entities:
            keys.append(m.entity)
            if self.groups.state_mention(token):  # "the Kenyan police" read as one mention of Kenya
                body = self.groups.state_body(token, keys)
                if body is None:  # the body minted for the phrase ("Police of Rwanda"), once it is
                    body = next((k for k in self.groups.body_group(token, mint=False) if k in self.entities), None)
                keys = [body] + keys if body is not None else keys
            if m.ner_label == "NORP":  # "the Malian and Wagner forces": the names inside act too
                keys += [o.entity for o in self.mentions if o is not m and m.span.start <= o.span.start
                         and o.span.end <= m.span.end and o.entity in self.entities]
        elif token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
            keys += self.actors(token.head.head, depth=depth + 1)  # "the RSF, which attacked ..."
        elif token.pos_ == "PRON":
            keys += self.pronoun(token)
        elif token.pos_ == "NUM" and token.lower_ == "one" and depth < 6:
            # "One of Belmokhtar's lieutenants, Abdul al Nigeri, led the attack", "one of the
            # last opposition groups, the National Democratic Action Society, was dissolved":
            # the one the apposition names
            keys += [k for c in token.children if c.dep_ == "appos" and not list_item(c)
                     for k in self.actors(c, depth=depth + 1)]
        elif token.pos_ in ("NOUN", "PROPN", "ADJ") and self.groups.followed(token) is not None:
            pass  # "supporters of Imran Khan", "forces loyal to Haftar": a group of their own (GroupBook)
        elif depth < 6 and (named := self.described(token)) is not None:
            # "Boko Haram, a jihadist group that has carried out attacks", "the OLA is a rebel
            # group that launched an offensive": the one the description is of
            keys += self.actors(named, depth=depth + 1, own=True)
        elif token.pos_ in ("NOUN", "PROPN", "ADJ"):
            appos = [c for c in token.children if c.dep_ == "appos" and not list_item(c)]
            for c in appos:
                keys += self.actors(c, depth=depth + 1)
            if not keys and self.actor_noun(token):
                named, owners = [], []
                tied = self.groups.descriptions.backed_by(token)  # "the Iran-backed group" is not Iran
                for c in token.children:
                    if c.i in tied or any(t.i in tied for t in c.subtree) or stance_object(c):
                        continue  # "anti-French demonstrators": what they oppose does not act
                    if c.dep_ == "poss" and self.groups.fights_in(token, c):
                        continue  # "Mozambique's extremist rebels": where they fight, not who acts
                    if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < token.i:
                        found = self.actors(c, depth=depth + 1) if c.i in self.mention_at or c.pos_ == "PRON" else []
                        if not found and c.dep_ == "compound" and c.i - 1 in self.mention_at and c.doc[c.i - 1] in c.subtree:
                            # "the Viv Ansanm gang coalition": the organisation the modifier's own name is
                            found = [k for k in self.actors(c.doc[c.i - 1], depth=depth + 1, own=True) if self.kind(k) == "organization"]
                        if not found:
                            # "Kenyan police": Kenya; "Somali militants" are no state's
                            d = self.demonym(c) if self.groups.acts_for_state(token) else None
                            found = [d] if d else []
                            # "the Malian and Wagner forces": a named conjunct of the modifier
                            found += [k for cj in c.conjuncts if cj.i in self.mention_at for k in self.actors(cj, depth=depth + 1)]
                        if not found and c.dep_ == "amod" and (c.tag_ == "VBN" or c.i == token.i - 1):
                            # "RSF-affiliated militias", "Wagner-led troops": as "forces
                            # affiliated with the RSF", the group the participle names (not
                            # "Iran-backed rebels": a backer does not act); "the UPC armed
                            # group", the name parsed on the adjective before the noun
                            for g in c.children:
                                if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i and g.i in self.mention_at:
                                    found += [k for k in self.actors(g, depth=depth + 1) if c.tag_ == "VBN" or self.kind(k) != "place"]
                        (owners if c.dep_ == "poss" else named).extend(found)
                # "Yemen's Houthi rebels": the group the compound names, not the country they are in
                if any(self.kind(k) in ("organization", "group", "person") for k in named):
                    owners = [k for k in owners if self.kind(k) not in ("state", "place")]
                keys += owners + named
                if not keys:  # "forces affiliated with the RSF", "militias loyal to the army"
                    for mod in token.children:
                        if mod.dep_ in ("acl", "amod") and mod.i > token.i and depth < 3:
                            for prep in mod.children:
                                # not "activists demonstrating ... in Kampala": where they act
                                if mod.lower_ in words("groups", "backer_participles"):
                                    break  # "rebels backed by Rwanda": a backer does not act
                                if prep.dep_ == "agent" or (prep.dep_ == "prep" and mod.lower_ in self.groups.words.affiliations):
                                    for pobj in prep.children:
                                        if pobj.dep_ == "pobj":
                                            keys += self.actors(pobj, depth=depth + 1)
                if not keys:
                    for prep in token.children:
                        if prep.dep_ == "prep" and prep.lemma_.lower() in ("of", "from", "under"):  # "forces under Fano"
                            for pobj in prep.children:
                                if pobj.dep_ == "pobj" and depth < 3:
                                    keys += self.actors(pobj, depth=depth + 1)
                                if pobj.dep_ == "pobj" and prep.lower_ == "under" and pobj.lemma_.lower() in words("arguments", "leadership_nouns"):
                                    # "fighters under the command of Sultani Makenga": who leads them
                                    keys += [k for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                                             for g in p.children if g.dep_ == "pobj" for k in self.actors(g, depth=depth + 1)]
                if keys and all(self.kind(k) == "state" for k in keys):
                    # "Mali's army", "the Somali police": the body the knowledge base knows
                    # of that country acts, the country with it (a body it does not know is a
                    # group of the article: GroupBook.body_group, read with the event's slots)
                    body = self.groups.state_body(token, keys)
                    keys = [body] + keys if body is not None else keys
            if token.pos_ == "NOUN":
                holders = self.post_holders(token, keys)
                if holders and token.tag_ == "NN":
                    # "Zambia's opposition leader was arrested": the one person the title
                    # stands for, not the country that only says whose leader
                    keys = [k for k in keys if self.kind(k) not in ("state", "place")]
                keys = holders + keys
            if not keys and token.pos_ == "NOUN" and token.tag_ == "NN":
                keys = self.titled_national(token)
            if not keys and token.pos_ == "NOUN" and token.lemma_.lower() in words("groups", "offices"):
                # "the president's office said": the one the article calls president
                keys = [k for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN" for k in self.post_holders(c, [])]
            person = token.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
            if not keys and token.pos_ in ("ADJ", "PROPN") and not person and not community_word(token) and not (
                    token.tag_ in ("NNS", "NNPS") and token.dep_ not in ("nsubj", "nsubjpass", "compound", "amod")):
                # "Russians shelled the town": the state acts; "begging Venezuelans to stay
                # home", "killed two Americans": people of that nation (GroupBook.people_noun)
                d = self.demonym(token)
                if d:
                    keys.append(d)
            if not keys and token.pos_ == "NOUN":
                d = self.anaphor(token, self.lex.actor_anaphors)  # "pressing the country to reopen ..."
                if d:
                    keys.append(d)
        if token.pos_ in ("NOUN", "PRON") and depth < 6:
            for pobj in self.members(token):  # "dozens of protesters, including A and B"
                keys += self.actors(pobj, depth=depth + 1)
        if not own:
            for c in token.children:
                if (c.dep_ == "conj" or list_item(c)) and depth < 6 and not self.opens_clause(c):
                    keys += self.actors(c, depth=depth + 1)
            for stray in stray_items(token) if token.i in self.mention_at and depth < 6 else ():
                if stray.i in self.mention_at:  # "France, Germany, the UK, and Iran"; "Iran, Russia and Turkey met"
                    keys += self.actors(stray, depth=depth + 1)
        return list(dict.fromkeys(keys))

    def described(self, token: "Token") -> "Token | None":
        """The name a common noun describes, by apposition ("Boko Haram, *a jihadist group*")
        or as what a copula says its named subject is ("the OLA is *a rebel group*", "X
        became *a movement*"), when that name is a mention; else None. Not an item of a list
        read as an apposition, nor a noun that is itself an event."""
        if token.pos_ != "NOUN" or token.i in self.mention_at or token.i in self.owner:
            return None
        if token.dep_ == "appos" and not list_item(token):
            named = token.head
        elif token.dep_ == "attr" and token.head.lemma_.lower() in ("be", "become", "remain"):
            named = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        else:
            return None
        if named is None or named.i not in self.mention_at or named.pos_ != "PROPN":
            return None
        return named

    def actor_noun(self, token: "Token") -> bool:
        """Whether ``token`` is a noun of agents of a state or group (``kgo:actorNoun``),
        also when written as a title and lemmatised as a name ("the Foreign Ministers of
        France and Germany")."""
        lemma = token.lemma_.lower()
        if lemma in self.lex.actor_nouns:
            return True
        return token.tag_ in ("NNP", "NNPS") and any(w in self.lex.actor_nouns for w in noun_forms(token)[1:])

    def members(self, token: "Token") -> list["Token"]:
        """The heads of the members named of the group ``token`` (or, on a verb, of its
        object or passive subject) by an inclusion preposition: "were arrested, *including*
        A and B", "protesters *such as* A". The list may be parsed as a chain of appositions
        ("including A, the lawyer B and C"): every link of it is a member, and so are the
        items the parser hung on the person a member is described by ("including A, wife
        of the poet B, C and D": C and D are members, B is not; :func:`described_by_kin`)."""
        inclusion = words("events", "inclusion_prepositions")
        todo = []
        for prep in token.children:
            if prep.dep_ != "prep":
                continue
            word = prep.lower_
            if word == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such":
                word = "including"
            if word in inclusion:
                todo += [g for g in prep.children if g.dep_ == "pobj"]
        out: list["Token"] = []
        while todo and len(out) < 40:
            t = todo.pop(0)
            if t not in out:
                out.append(t)
                todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
                todo += described_by_kin(t)
        return out

    def post_holders(self, token: "Token", orgs: list[str]) -> list[str]:
        """The people a title without a name stands for, by the posts the article gives
        them: "the head of the UN mission" is the one person it calls Head; "senior UN
        officials" are the people it gives posts in the organisations named (``orgs``)."""
        lemma = token.lemma_.lower()
        if lemma not in TITLE_HEADS or token.i in self.mention_at:
            return []
        if token.tag_ == "NN":
            if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children):
                return []
            titled = [r for r in self.roles if r.label.lower().split()[-1:] == [lemma] and r.person in self.entities]
            people = {r.person for r in titled}
            if orgs and not titled and lemma in words("roles", "generic_title_heads"):
                # "the UN official said": the one person given a post in the UN
                people = {r.person for r in self.roles if r.org in orgs and r.person in self.entities}
            elif orgs:
                # "the Syrian minister", "the army's spokesman": of those, the one holding the
                # post in the organisation the title names (or in none the text gave)
                people = {r.person for r in titled if r.org is None or r.org in orgs}
            elif self._titled_unread(lemma) - people:
                # "Foreign Minister A and Energy Minister B ... the minister said": someone else
                # the text titles so, whose post was not read, may be meant as well
                return []
            return list(people) if len(people) == 1 else []
        if token.tag_ == "NNS" and orgs:
            return list(dict.fromkeys(r.person for r in self.roles if r.org in orgs and r.person in self.entities))
        return []

    def _titled_unread(self, lemma: str) -> set[str]:
        """The people whose name the text writes right after a title in capitals with the
        head ``lemma`` ("Energy *Minister* Herman Halushchenko"), whether or not their post
        was read: who else "the minister" may be."""
        people: set[str] = set()
        for m in self.mentions:
            span = self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is None or span.start == 0 or m.entity not in self.entities or self.entities[m.entity].kind != "person":
                continue
            before = self.doc[span.start - 1]
            if before.text[:1].isupper() and before.lemma_.lower() == lemma:
                people.add(m.entity)
        return people

    def titled_national(self, token: "Token") -> list[str]:
        """Whom a title with a nationality stands for, when the article names no one with
        it ("a Burundian general said", "a Congolese minister"): the one person the article
        gives that post in that country, else the country, as for "a Burundian official"."""
        if token.lemma_.lower() not in TITLE_HEADS or token.i in self.mention_at:
            return []
        for c in token.children:
            if c.dep_ in ("amod", "compound") and c.i < token.i and c.i not in self.mention_at and (state := self.demonym(c)):
                people = {r.person for r in self.roles if r.org == state and r.person in self.entities
                          and r.label.lower().split()[-1:] == [token.lemma_.lower()]}
                return list(people) if len(people) == 1 else [state]
        return []

    def target_actors(self, token: "Token") -> list[str]:
        """Like :meth:`actors`, and through "of" chains of every conjunct ("positions ...
        and firing points of the formations of Armenia's armed forces" → Armenia)."""
        keys = self.actors(token)
        if keys:
            return keys
        for c in token.children:  # "Houthi targets", "Russian positions": whose they are
            if c.dep_ in ("compound", "amod", "poss") and c.i < token.i and not stance_object(c):
                found = self.actors(c) if c.i in self.mention_at else []
                if not found and c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in THING_PRONOUNS | PLURAL_PRONOUNS:
                    # "Iran condemned the strikes on its nuclear facilities": whose they are
                    found = self.pronoun(c)
                if not found and c.dep_ != "poss" and self.groups.acts_for_state(token):  # not "Thai workers"
                    d = self.demonym(c)
                    found = [d] if d else []
                keys += [k for k in found if self.kind(k) != "place" and k not in keys]
        if keys:
            return keys
        conjuncts, todo = [], [token]
        while todo and len(conjuncts) < 8:
            t = todo.pop()
            conjuncts.append(t)
            todo += [c for c in t.children if c.dep_ == "conj"]
        for start in conjuncts:
            t, hops = start, 0
            while hops < 3 and self.groups.followed(t) is None:  # "supporters of X" are not X
                nxt = None
                for prep in t.children:
                    if prep.dep_ == "prep" and prep.lemma_.lower() == "of":
                        nxt = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if nxt is None:
                    break
                found = self.actors(nxt)
                if found:
                    keys += [k for k in found if k not in keys]
                    break
                t, hops = nxt, hops + 1
        return keys

    def index(self) -> None:
        self.owner = {}
        for d in self.drafts:
            for t in d.trigger.tokens:
                self.owner.setdefault(t.i, d)
        for d in self.drafts:
            for t in d.anchors():
                self.owner.setdefault(t.i, d)

    def family(self, cls: str) -> str:
        c = self.lex.classes.get(cls)
        if c is None:
            return cls
        tops = [a for a in c.ancestors if self.lex.classes[a].parents == ("Event",)]
        return min(tops) if tops else cls

    def quoted(self, token: "Token") -> bool:
        """Whether ``token`` is inside a quotation of the article."""
        return any(a <= token.idx < b for a, b in self.quotes)

    def opener(self, verb: "Token") -> "Token | None":
        """The name before ``verb`` (and its auxiliaries) that opens its clause (:meth:`opens_clause`)."""
        before = next((t for t in reversed(self.doc[:verb.i]) if not (t.head == verb and t.dep_ in ("aux", "auxpass", "neg"))), None)
        return before if before is not None and self.opens_clause(before) else None

    def opens_clause(self, name: "Token") -> bool:
        """Whether ``name``, the last word of a person's or organisation's name the parser
        conjoined to the noun before, is the subject of the verb right after it: "detained
        the president in Niamey *and General Tchiani* declared himself head of state"; also
        a plural noun of a group ("ransacked shops in Kampala *and police* arrested twelve")."""
        if name.dep_ != "conj" or name.i + 1 >= len(self.doc) or name.head.pos_ not in ("PROPN", "NOUN"):
            return False
        verb = self.doc[name.i + 1]
        while verb.dep_ in ("aux", "auxpass", "neg") and verb.head.i > verb.i:
            verb = verb.head  # "was killed by the gunman *and hostage X* was killed by ...": a passive's own subject
        m = self.mention_at.get(name.i)
        # "ransacked shops in Kampala *and police* arrested twelve people": a group noun too
        actor = (m is not None and self.kind(m.entity) in ("person", "organization")) or (
            m is None and name.pos_ == "NOUN" and name.tag_ == "NNS" and (self.groups.noun_of(name) is not None or self.actor_noun(name)))
        return (actor and verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head.i < name.head.i
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i for c in verb.children)
                and any(c.dep_ == "cc" for c in name.head.children))

    def actor_roles(self, keys: list[str]) -> list[str]:
        out: list[str] = []
        for k in keys:
            out += self.as_actor(k)
        return list(dict.fromkeys(out))

    def _of_place(self, layer: list["Token"]) -> str | None:
        """The town or region an "of" phrase names in ``layer``, the children of a phrase's
        words, when the country of the phrase is its possessor ("in India's north-eastern
        state *of Manipur*", "in Nigeria's northern state *of Borno*"): the place the phrase
        is, inside the country."""
        for c in layer:
            if c.dep_ != "prep" or c.lower_ != "of" or not any(s.dep_ == "poss" for s in c.head.children):
                continue
            for g in c.children:
                m = self.mention_at.get(g.i) if g.dep_ == "pobj" else None
                if m is not None and self.kind(m.entity) == "place":
                    return m.entity
        return None

    def place_in(self, token: "Token") -> str | None:
        """The first place named in a phrase, nearest to its head first; else the place a
        definite description stands for ("toward the region": the region mentioned last)."""
        layer, seen = [token], 0
        visited: list[Token] = []
        while layer and seen < 4:
            nxt = []
            visited += layer
            named: list[str] = []
            for t in layer:
                m = self.mention_at.get(t.i)
                if m is not None and counted_people(t):
                    m = None  # "thousands of Yazidis in Sinjar": the people counted, not a place
                if m is not None and self.kind(m.entity) in ("place", "state"):
                    named.append(m.entity)
                nxt += [c for c in t.children if c.dep_ not in ("relcl", "acl", "ccomp", "advcl", "appos")
                        or (c.dep_ == "appos" and c.left_edge.i == t.i + 1 and m is None)]  # "the Yemeni capital Sanaa", "the street Rue X Y"
            if named:
                # "in the Yemeni capital Sanaa", "in Ukraine's Kharkiv region": the town or
                # region the phrase names before the country its modifier names
                return next((k for k in named if self.kind(k) == "place"), None) or self._of_place(layer) or named[0]
            layer, seen = nxt, seen + 1
        found = self.anaphor(token, self.lex.place_anaphors) or self.named_head_anaphor(token)
        if found is None and token.lemma_.lower() in self.lex.place_anaphors:
            # "inside Cambodian territory", "across Ukrainian territory": the country of the
            # people the adjective names
            for c in token.children:
                if c.dep_ == "amod" and (found := self.demonym(c)) is not None:
                    break
            if found is not None and self.kind(found) not in ("place", "state"):
                found = None
        if found is None and token.lower_ in words("events", "partitive_nouns"):  # "most of the city"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            found = found or self.anaphor(pobj, self.lex.place_anaphors)
        if found is None:  # "the country's main prisons": whose they are
            for t in visited:
                if t.dep_ == "poss" and t.head in visited:
                    found = found or self.possessor_place(t)
        return found
