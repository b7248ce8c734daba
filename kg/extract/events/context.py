"""What every step reads and writes for one article: the parse, the entities and their
mentions, the event drafts; and how a noun phrase names actors and places.

Pronouns go to the speaker of the statement they are in, or to the nearest earlier actor of
their kind ("I" and "we" outside any statement: :mod:`.author`); a capital used as an actor ("Baku declared") stands for its country, and a state
body ("Azerbaijani forces") brings its country along, both through the knowledge base.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ...ingest.article import Article
from ..event_lexicon import load_lexicon
from ..lexicon import TITLE_HEADS
from ..model import Entity, Mention, Role
from ..speech import in_dateline, quote_spans, subject_of
from ..wordlists import words
from .author import first_person
from .draft import Draft
from .groups import GroupBook, community_word, coordinated, counted_people, list_item, read_as_no_place

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

    from ...kb import KnowledgeBase
    from ...kb.model import KBEntity
    from ..time import TimeExpression

__all__ = ["ArticleContext"]

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours"})
_FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours"})


class ArticleContext:
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
        self._linker = None
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
        self.quotes = quote_spans(self.text)
        self.sents = list(doc.sents)
        self.sent_of: list[int] = [0] * len(doc)  # token index -> sentence number
        self._groups: GroupBook | None = None
        # "thousands of Yazidis": people, a group; "Africa experts": what they study, nothing
        self.counted, self.studied = read_as_no_place(doc, self.mention_at, entities)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k

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
        if self._linker is None:
            from ..linking import linker_for

            self._linker = linker_for(self.doc)
        entity = self._linker.entity_for_kb(record)
        self.entities.setdefault(entity.key, entity)
        return entity.key

    def demonym_record(self, token: "Token") -> "KBEntity | None":
        """The knowledge base's country or region ``token`` is a demonym of, if any."""
        if self.kb is None or not token.text[:1].isupper():
            return None
        prev = token.nbor(-1) if token.i > token.sent.start else None
        if prev is not None and prev.text[:1].isupper() and (prev.head == token or token.head == prev or prev.head == token.head):
            # "South Sudanese authorities", "Central African troops": the two words name the country
            record = self.kb.by_demonym(f"{prev.text} {token.text}")
            if record is not None:
                return record
        return self.kb.by_demonym(token.text)

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
        if m is not None and m.entity in self.entities and self.community_of_state(token, m.entity):
            pass  # "ethnic Armenians fled to Armenia": people of a descent, not the state
        elif m is not None and m.entity in self.entities:
            keys.append(m.entity)
            if self.groups.state_mention(token):  # "the Kenyan police" read as one mention of Kenya
                body = self.groups.state_body(token, keys)
                keys = [body] + keys if body is not None else keys
            if m.ner_label == "NORP":  # "the Malian and Wagner forces": the names inside act too
                keys += [o.entity for o in self.mentions if o is not m and m.span.start <= o.span.start
                         and o.span.end <= m.span.end and o.entity in self.entities]
        elif token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
            keys += self.actors(token.head.head, depth=depth + 1)  # "the RSF, which attacked ..."
        elif token.pos_ == "PRON":
            keys += self.pronoun(token)
        elif token.pos_ in ("NOUN", "PROPN", "ADJ") and self.groups.followed(token) is not None:
            pass  # "supporters of Imran Khan", "forces loyal to Haftar": a group of their own (GroupBook)
        elif token.pos_ in ("NOUN", "PROPN", "ADJ"):
            appos = [c for c in token.children if c.dep_ == "appos" and not list_item(c)]
            for c in appos:
                keys += self.actors(c, depth=depth + 1)
            if not keys and self.actor_noun(token):
                named, owners = [], []
                for c in token.children:
                    if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < token.i:
                        found = self.actors(c, depth=depth + 1) if c.i in self.mention_at or c.pos_ == "PRON" else []
                        if not found:
                            # "Kenyan police": Kenya; "Somali militants" are no state's
                            d = self.demonym(c) if self.groups.acts_for_state(token) else None
                            found = [d] if d else []
                            # "the Malian and Wagner forces": a named conjunct of the modifier
                            found += [k for cj in c.conjuncts if cj.i in self.mention_at for k in self.actors(cj, depth=depth + 1)]
                        if not found and c.dep_ == "amod" and c.tag_ == "VBN":
                            # "RSF-affiliated militias", "Wagner-backed troops": as "forces
                            # affiliated with the RSF", the group the participle names
                            for g in c.children:
                                if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i:
                                    found += self.actors(g, depth=depth + 1) if g.i in self.mention_at else []
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
                if keys and all(self.kind(k) == "state" for k in keys):
                    # "Mali's army", "the Somali police": the body the knowledge base knows
                    # of that country acts, the country with it (a body it does not know is a
                    # group of the article: GroupBook.body_group, read with the event's slots)
                    body = self.groups.state_body(token, keys)
                    keys = [body] + keys if body is not None else keys
            if token.pos_ == "NOUN":
                keys = self.post_holders(token, keys) + keys
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
        return list(dict.fromkeys(keys))

    def actor_noun(self, token: "Token") -> bool:
        """Whether ``token`` is a noun of agents of a state or group (``kgo:actorNoun``),
        also when written as a title and lemmatised as a name ("the Foreign Ministers of
        France and Germany")."""
        lemma = token.lemma_.lower()
        if lemma in self.lex.actor_nouns:
            return True
        return token.tag_ in ("NNP", "NNPS") and lemma.endswith("s") and lemma[:-1] in self.lex.actor_nouns

    def members(self, token: "Token") -> list["Token"]:
        """The heads of the members named of the group ``token`` (or, on a verb, of its
        object or passive subject) by an inclusion preposition: "were arrested, *including*
        A and B", "protesters *such as* A". The list may be parsed as a chain of appositions
        ("including A, the lawyer B and C"): every link of it is a member."""
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
            people = {r.person for r in self.roles if r.label.lower().split()[-1:] == [lemma] and r.person in self.entities}
            return list(people) if len(people) == 1 else []
        if token.tag_ == "NNS" and orgs:
            return list(dict.fromkeys(r.person for r in self.roles if r.org in orgs and r.person in self.entities))
        return []

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
            if c.dep_ in ("compound", "amod", "poss") and c.i < token.i:
                found = self.actors(c) if c.i in self.mention_at else []
                if not found and c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in _THING_PRONOUNS | _PLURAL_PRONOUNS:
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

    def pronoun(self, token: "Token") -> list[str]:
        """The entities a pronoun refers to: the speaker of the statement it is in, when
        that fits, else the nearest earlier actor of its kind."""
        low = token.lower_
        if low in _PERSON_PRONOUNS:
            fits = {"person"}
        elif low in _THING_PRONOUNS:
            fits = {"organization", "state", "place", "group"}
        elif low in _PLURAL_PRONOUNS:
            fits = {"organization", "state", "place", "group", "person"}
        elif low in _FIRST_PERSON:
            fits = {"person", "organization", "state", "group"}
        else:
            return []
        if token.dep_ == "poss" and low not in _FIRST_PERSON:
            # "Azerbaijan had sent in troops to implement its policy", "his fighters": the
            # possessor is the subject of the clause, if that names someone
            for verb in token.ancestors:
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                subj = self.subject(verb)
                if subj is not None and token not in subj.subtree:
                    if subj.pos_ == "PRON" and subj.lower_ in _PLURAL_PRONOUNS and low in _PLURAL_PRONOUNS:
                        # "if they do not end their attacks": whom "they" stands for
                        return [k for k in self.pronoun(subj) if self.kind(k) in fits]
                    if subj.pos_ == "PRON":
                        break
                    keys = self.actors(subj)
                    if not keys and low in _PLURAL_PRONOUNS:  # "the rebels increased their attacks"
                        keys = self.groups.resolve(subj)
                    return [k for k in keys if self.kind(k) in fits]
        covering = [d for d in self.drafts if d.frame is not None and d.frame.covers(token)]
        if covering and token.dep_ in ("nsubj", "nsubjpass") and low in _THING_PRONOUNS | _PLURAL_PRONOUNS:
            inner = min(covering, key=lambda d: d.frame.size())
            if inner.frame.speaker is not None and inner.frame.speaker.pos_ in ("NOUN", "PROPN") and not inner.roles.get("speaker"):
                # "the army said it arrested ten suspects", the army named by nothing kg knows:
                # "it" is the speaker, not the last name before it (a town, another side)
                return []
        frames = [d for d in covering if d.roles.get("speaker")]
        if low in _THING_PRONOUNS and token.dep_ in ("dobj", "pobj"):
            # "people fled the camp after fighters stormed it, the IOM said": what a clause acts
            # on is named before it, not by the speaker its report ends with
            frames = [d for d in frames if d.frame.speaker is None or d.frame.speaker.i < token.i]
        if frames:
            inner = min(frames, key=lambda d: d.frame.size())
            speakers = inner.roles["speaker"]
            if low in _FIRST_PERSON_PLURAL:
                # "“We have taken Goma,” M23 spokesman X said": "we" is the body a speaker
                # holds a post in, when the article gives one
                bodies = [r.org for k in speakers for r in self.roles if r.person == k and r.org and r.org in self.entities
                          and self.kind(r.org) != "place"]
                if bodies and all(self.kind(k) == "person" for k in speakers):
                    # and the one who says it ("“We again urge ...,” the spokesman said")
                    return list(dict.fromkeys(bodies + [k for k in speakers if token.dep_ != "poss"]))
            if low in _FIRST_PERSON:
                return list(speakers)
            if low in _PLURAL_PRONOUNS:  # "officials said they were launching": a body, or several speakers
                plural = inner.frame.speaker is not None and inner.frame.speaker.tag_ in ("NNS", "NNPS")  # "rebels said they"
                # one person of a group ("one elder said") speaks as a person
                if len(speakers) > 1 or plural or all(self.kind(k) not in ("person", "group") for k in speakers):
                    return list(speakers)
                if not self._clause_subject(token):
                    return []
                # "“The militants ambushed the travellers and opened fire on them,” Halane
                # said": one person's "them" is someone the quote named before
                return self._plural_antecedent(token)
            if any(self.kind(k) in fits for k in speakers):
                return [k for k in speakers if self.kind(k) in fits]
        if low in _FIRST_PERSON:
            return first_person(self, token) if not covering else []
        if low in _PLURAL_PRONOUNS:
            return self._plural_antecedent(token)
        k = self.sent_of[token.i]
        floor = self.sents[max(k - 2, 0)].start
        best: tuple[int, str] | None = None
        for i in range(token.i - 1, floor - 1, -1):
            m = self.mention_at.get(i)
            if m is None or m.entity not in self.entities or in_dateline(self.doc[i]):
                continue  # "KHARTOUM — ...": a dateline names where it was filed, not who acts
            if self.kind(m.entity) not in fits:
                continue
            if low == "it" and token.dep_ == "nsubj" and self.kind(m.entity) == "place":
                continue  # "it arrested ten suspects": a town does not act
            t = self.doc[i]
            subject = t.dep_ in ("nsubj", "nsubjpass") or any(a.dep_ in ("nsubj", "nsubjpass") for a in list(t.ancestors)[:2])
            if subject:
                return [m.entity]
            if best is None:
                best = (i, m.entity)
        if best is None and low in _PERSON_PRONOUNS and token.dep_ == "nsubj":
            # "She stressed that ...", several sentences on: who has been speaking
            said = [d for d in self.drafts if d.frame is not None and d.head.i < token.i and d.roles.get("speaker")
                    and self.lex.is_communication(d.cls)]
            if said:
                people = [k for k in said[-1].roles["speaker"] if self.kind(k) == "person"]
                if len(people) == 1:
                    return people
        return [best[1]] if best else []

    def possessor_place(self, token: "Token") -> str | None:
        """The place a possessive description stands for: "the country's prisons", "the
        region's towns" (the country or region named last)."""
        found = self.anaphor(token, self.lex.place_anaphors) or self.anaphor(token, self.lex.actor_anaphors)
        return found if found is not None and self.kind(found) in ("place", "state") else None

    def place_pronoun(self, token: "Token") -> str | None:
        """"it" where a place is meant ("captured it"): the nearest place named before it in
        this or the previous sentence, a town or region before a country."""
        if token.lower_ not in _THING_PRONOUNS:
            return None
        return self._place_before(token)

    def place_adverb(self, token: "Token") -> str | None:
        """"there" ("killed three children there"): the nearest place named before it in
        this or the previous sentence, a town or region before a country."""
        if token.lower_ != "there" or token.dep_ != "advmod":
            return None
        return self._place_before(token)

    def _place_before(self, token: "Token") -> str | None:
        floor = self.sents[max(self.sent_of[token.i] - 1, 0)].start
        country = None
        for i in range(token.i - 1, floor - 1, -1):
            m = self.mention_at.get(i)
            if m is None or m.entity not in self.entities or in_dateline(self.doc[i]):
                continue
            kind = self.kind(m.entity)
            if kind == "place":
                return m.entity
            if kind == "state" and country is None:
                country = m.entity
        return country

    def _plural_antecedent(self, token: "Token", *, depth: int = 0) -> list[str]:
        """"they" outside a statement: a group named before it, by salience. In its own
        sentence, the nearest subject group, else its nearest group ("the incursion by Russian
        forces, during which they took control"); else the subject
        of the previous sentence's main clause ("They stressed that the perpetrators must be
        held accountable. They urged all States": the first "They", not the perpetrators),
        followed back when it is "they" itself; else the previous sentence's nearest subject
        group, then its nearest group. An organisation named in the singular counts as a
        subject ("the Arakan Army would capture Mrauk U. They would then focus on Sittwe"); a
        plural subject that names no one ends the search: it is what "they" most likely
        means, and kg cannot tell who that is ("60,000 people fled clashes between A and B.
        They ended up in Paoua")."""
        k = self.sent_of[token.i]
        bound = self._clause_subject(token)
        before = [i for i in range(token.i - 1, self.sents[k].start - 1, -1) if i not in bound]
        here = self._subject_group(before)
        if here is not None:
            return here
        here = self._nearest_group(before)
        if here or k == 0:
            return here
        prev = self.sents[k - 1]
        main = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is not None:
            if main.lower_ in _PLURAL_PRONOUNS and depth < 4:
                return self._plural_antecedent(main, depth=depth + 1)
            keys = self._candidate(main)
            if keys is not None:
                return keys
        found = self._subject_group(range(prev.end - 1, prev.start - 1, -1))
        return found if found is not None else self._nearest_group(range(prev.end - 1, prev.start - 1, -1))

    def _clause_subject(self, token: "Token") -> set[int]:
        """The tokens of the subject of the clause whose object ``token`` is ("the militants
        ambushed the travellers and opened fire on *them*"): an object pronoun is never its
        own clause's subject (that would be "themselves"), so these are no antecedent."""
        if token.dep_ in ("dobj", "dative"):
            verb = token.head
        elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative") and token.head.head.pos_ in ("VERB", "AUX"):
            verb = token.head.head
        else:
            return set()
        subj = self.subject(verb)
        if subj is None or subj.pos_ == "PRON":
            return set()
        return {t.i for item in coordinated(subj) for t in item.subtree if t.i < token.i}

    def _candidate(self, t: "Token") -> list[str] | None:
        """What a subject ``t`` names for "they": an organisation, a state or a group (keys);
        ``[]`` for a plural noun that names no one; ``None`` for anything else."""
        if in_dateline(t):
            return None
        m = self.mention_at.get(t.i)
        if t.tag_ not in ("NNS", "NNPS") or t.dep_ == "compound":
            if m is not None and m.entity in self.entities and self.kind(m.entity) == "organization":
                return [m.entity]
            return None
        keys = [k for k in self.actors(t) if self.kind(k) in ("organization", "group", "state")]
        if keys:
            return keys
        if self.groups.resolve(t, mint=False):
            return self.groups.resolve(t)
        if t.i in self.owner:
            return None  # "the strikes send a message ... that they": an event, never "they"
        return [] if t.pos_ == "NOUN" else None

    def _subject_group(self, indices: "Iterable[int]") -> list[str] | None:
        """The nearest subject, among ``indices`` (nearest first), that :meth:`_candidate`
        reads as a group or as naming no one."""
        for i in indices:
            t = self.doc[i]
            if t.dep_ in ("nsubj", "nsubjpass"):
                keys = self._candidate(t)
                if keys is not None:
                    return keys
        return None

    def _nearest_group(self, indices: "Iterable[int]") -> list[str]:
        """The nearest plural noun among ``indices`` that names a group, whatever its role."""
        for i in indices:
            t = self.doc[i]
            if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound" and not in_dateline(t):
                keys = self._candidate(t)
                if keys:
                    return keys
            elif t.tag_ == "NNP" and self._plural_name(t):
                return [self.mention_at[t.i].entity]
        return []

    def _plural_name(self, t: "Token") -> bool:
        """Whether ``t`` ends the plural name of an organisation, "the Houthis" (which the
        tagger often takes for a singular proper noun), so that "they" can stand for it."""
        m = self.mention_at.get(t.i)
        if m is None or m.entity not in self.entities or self.kind(m.entity) != "organization":
            return False
        if t.dep_ == "compound" or not t.lower_.endswith("s") or t.lower_.endswith("ss") or in_dateline(t):
            return False
        return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)

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

    def subject(self, verb: "Token") -> "Token | None":
        """The verb's subject; an appeal's object for the verb it governs ("urged X to
        refrain"), an accusation's object for what it is accused of ("accused X of shelling")."""
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            for anc in list(verb.ancestors)[:4]:
                gov = self.owner.get(anc.i)
                if gov is not None and gov.frame is not None and self.lex.is_a(gov.cls, "Accusation") and anc.pos_ == "VERB":
                    obj = next((c for c in anc.children if c.dep_ == "dobj"), None)
                    if obj is not None and obj != verb and obj not in verb.subtree:
                        return obj
                    break
        if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            gov = self.owner.get(verb.head.i)
            if gov is not None and self.lex.has_frame(gov.cls, "appeal"):
                # "urged Israel to halt", "Israel was urged to halt"
                obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is None:
                    for prep in verb.head.children:
                        if prep.dep_ == "prep" and prep.lemma_.lower() in ("on", "upon"):
                            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if (
            verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.head.lemma_.lower() in words("events", "implicative_verbs")
        ):
            # "enabling the FARDC to take control", "forced residents to flee": the object acts
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and obj.i not in self.owner:
                return obj
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
        ):
            # "They would then focus on attacking Sittwe", "after shelling the town, the army
            # withdrew": the gerund's doer is the subject of the verb its preposition hangs on
            return subject_of(verb.head.head)
        if verb.i > 0 and self.opens_clause(self.doc[verb.i - 1]):
            return self.doc[verb.i - 1]
        if (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i not in self.owner
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                and (verb.head.i in self.mention_at or self.groups.noun_of(verb.head) is not None)):
            return verb.head  # "opposition supporters protesting in Maputo": who protests (not "messages warning them")
        main = self._main_clause_conjunct(verb)
        return subject_of(main) if main is not None else subject_of(verb)

    def opens_clause(self, name: "Token") -> bool:
        """Whether ``name``, the last word of a person's or organisation's name the parser
        conjoined to the noun before, is the subject of the verb right after it: "detained
        the president in Niamey *and General Tchiani* declared himself head of state"."""
        if name.dep_ != "conj" or name.i + 1 >= len(self.doc) or name.head.pos_ not in ("PROPN", "NOUN"):
            return False
        verb = self.doc[name.i + 1]
        m = self.mention_at.get(name.i)
        return (m is not None and verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head.i < name.head.i
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < verb.i for c in verb.children)
                and self.kind(m.entity) in ("person", "organization")
                and any(c.dep_ == "cc" for c in name.head.children))

    @staticmethod
    def _main_clause_conjunct(verb: "Token") -> "Token | None":
        """The main clause's verb when ``verb`` (or the clause it hangs in) is a verb
        without a subject that the parser conjoined, after a comma, to a subordinate clause:
        "opposition forces captured towns as pro-government forces disintegrated, *and
        advanced* toward Hama": the opposition advanced, not the forces that fell apart
        ("as rebels retreated and regrouped", with no comma, stays theirs)."""
        t, steps = verb, 0
        while steps < 4 and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            if t.dep_ == "conj" and t.head.dep_ == "advcl" and t.head.pos_ in ("VERB", "AUX"):
                sub = t.head
                marked = any(c.dep_ == "mark" and c.lower_ in words("arguments", "subordinators") for c in sub.children)
                cc = next((c for c in t.children if c.dep_ == "cc"), None) or (t.doc[t.i - 1] if t.i > 0 else None)
                comma = cc is not None and cc.i > 0 and t.doc[cc.i - 1].text == ","
                if marked and comma and cc.i > sub.i:
                    return sub.head
                return None
            if t.dep_ not in ("advcl", "xcomp", "conj") or t.head is t:
                return None
            t, steps = t.head, steps + 1
        return None

    def actor_roles(self, keys: list[str]) -> list[str]:
        out: list[str] = []
        for k in keys:
            out += self.as_actor(k)
        return list(dict.fromkeys(out))

    def anaphor(self, token: "Token", table: dict[str, frozenset[str]]) -> str | None:
        """"the region" → the last region mentioned before it in the article, if any;
        ``table``: the nouns, and the most specific types of what each stands for."""
        types = table.get(token.lemma_.lower())
        if types is None or token.tag_ not in ("NN", "NNP") or token.i in self.mention_at:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ in ("amod", "compound", "prep", "nmod") for c in token.children):
            return None  # "the northern region", "the region of Kherson": not a plain anaphor
        for i in range(token.i - 1, -1, -1):
            m = self.mention_at.get(i)
            if m is None:
                continue
            e = self.entities.get(m.entity)
            if e is not None and e.kind == "place" and e.types and e.types[0] in types:  # most specific type
                return m.entity
        return None

    def named_head_anaphor(self, token: "Token") -> str | None:
        """"the camp" → the place last named with that noun ("Zamzam camp", "Pazi Gyi
        village"), when the noun stands alone after "the"."""
        if token.tag_ != "NN" or token.i in self.mention_at:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ in ("amod", "compound", "prep", "nmod", "poss") for c in token.children):
            return None
        lemma = token.lemma_.lower()
        for i in range(token.i - 1, 0, -1):
            t = self.doc[i]
            if t.lemma_.lower() != lemma or t.i in self.mention_at:
                continue
            m = self.mention_at.get(i - 1)
            if m is not None and m.entity in self.entities and self.kind(m.entity) == "place":
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
                        or (c.dep_ == "appos" and c.i == t.i + 1 and m is None)]  # "the Yemeni capital Sanaa"
            if named:
                # "in the Yemeni capital Sanaa", "in Ukraine's Kharkiv region": the town or
                # region the phrase names before the country its modifier names
                return next((k for k in named if self.kind(k) == "place"), named[0])
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
