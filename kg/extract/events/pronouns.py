"""What a pronoun or a definite description refers to, for :class:`.context.ArticleContext`,
which mixes :class:`ReferenceReading` in and whose parse, entities and lookups it reads
through ``self``: pronouns go to the speaker of the statement they are in, or to the nearest
earlier actor of their kind ("I" and "we" outside any statement: :mod:`.author`); "they" to
a plural antecedent or group; "the region" to the last region mentioned before it; "there"
and "its" to a place.
"""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..dateline import in_dateline
from ..wordlists import words
from .author import first_person
from .group_words import coordinated

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from ..event_lexicon import EventLexicon
    from ..model import Entity, Mention, Role
    from .draft import Draft
    from .groups import GroupBook

__all__ = ["PLURAL_PRONOUNS", "THING_PRONOUNS", "ReferenceReading"]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours"})


class ReferenceReading:
    if TYPE_CHECKING:  # what ArticleContext, which mixes this class in, provides
        doc: Doc
        entities: dict[str, Entity]
        lex: EventLexicon
        mention_at: dict[int, Mention]
        mentions: list[Mention]
        quotes: list[tuple[int, int]]
        roles: list[Role]
        drafts: list[Draft]
        owner: dict[int, Draft]
        sents: list[Span]
        sent_of: list[int]
        groups: GroupBook

        def kind(self, key: str) -> str: ...
        def actors(self, token: Token, *, depth: int = 0, own: bool = False) -> list[str]: ...
        def subject(self, verb: Token) -> Token | None: ...

    def pronoun(self, token: "Token") -> list[str]:
        """The entities a pronoun refers to: the speaker of the statement it is in, when
        that fits, else the nearest earlier actor of its kind."""
        low = token.lower_
        if low in PERSON_PRONOUNS:
            fits = {"person"}
        elif low in THING_PRONOUNS:
            fits = {"organization", "state", "place", "group"}
        elif low in PLURAL_PRONOUNS:
            fits = {"organization", "state", "place", "group", "person"}
        elif low in FIRST_PERSON:
            fits = {"person", "organization", "state", "group"}
        else:
            return []
        several: set[int] = set()  # a subject naming several people, none of them "his"
        if token.dep_ == "poss" and low not in FIRST_PERSON:
            # "Azerbaijan had sent in troops to implement its policy", "his fighters": the
            # possessor is the subject of the clause, if that names someone
            for verb in token.ancestors:
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                subj = self.subject(verb)
                if subj is not None and token not in subj.subtree:
                    if subj.pos_ == "PRON" and subj.lower_ in PLURAL_PRONOUNS and low in PLURAL_PRONOUNS:
                        # "if they do not end their attacks": whom "they" stands for
                        return [k for k in self.pronoun(subj) if self.kind(k) in fits]
                    if subj.pos_ == "PRON":
                        break
                    keys = self.actors(subj)
                    if not keys:  # "the rebels increased their attacks", "the group said its fighters"
                        keys = self.groups.resolve(subj, mint=low in PLURAL_PRONOUNS)
                        if low not in PLURAL_PRONOUNS:
                            keys = [k for k in keys if k in self.entities]
                    keys = [k for k in keys if self.kind(k) in fits]
                    if low in PERSON_PRONOUNS and len(keys) > 1:
                        # "X and Y stood alongside Z during his announcement": "his" is one
                        # person, not the two the subject names; the nearest other before it
                        several = {t.i for item in coordinated(subj) for t in item.subtree}
                        break
                    return keys
        covering = [d for d in self.drafts if d.frame is not None and d.frame.covers(token)]
        if covering and token.dep_ in ("nsubj", "nsubjpass") and low in THING_PRONOUNS | PLURAL_PRONOUNS:
            inner = min(covering, key=lambda d: d.frame.size())
            if (inner.frame.speaker is not None and inner.frame.speaker.pos_ in ("NOUN", "PROPN") and not inner.roles.get("speaker")
                    and inner.frame.speaker.i < token.i):  # not "They killed ..., officials said": who speaks comes after
                # "the army said it arrested ten suspects", the army named by nothing kg knows:
                # "it" is the speaker, not the last name before it (a town, another side)
                return []
        frames = [d for d in covering if self._frame_speakers(d)]
        if low in THING_PRONOUNS | {"them"} and token.dep_ in ("dobj", "pobj"):
            # "people fled the camp after fighters stormed it, the IOM said", "opened fire on
            # protesters, killing nine of them, medics said": what a clause acts on is named
            # before it, not by the speaker its report ends with
            frames = [d for d in frames if d.frame.speaker is None or d.frame.speaker.i < token.i]
        if frames:
            inner = min(frames, key=lambda d: d.frame.size())
            speakers = self._frame_speakers(inner)
            if low in FIRST_PERSON_PLURAL:
                # "“We have taken Goma,” M23 spokesman X said": "we" is the body a speaker
                # holds a post in, when the article gives one
                bodies = [r.org for k in speakers for r in self.roles if r.person == k and r.org and r.org in self.entities
                          and self.kind(r.org) != "place"]
                if bodies and all(self.kind(k) == "person" for k in speakers):
                    # and the one who says it ("“We again urge ...,” the spokesman said")
                    return list(dict.fromkeys(bodies + [k for k in speakers if token.dep_ != "poss"]))
            if low in FIRST_PERSON:
                return list(speakers)
            if low in PLURAL_PRONOUNS and inner.frame.speaker is not None and inner.frame.speaker.i > token.i:
                # "They killed at least 40 civilians, the doctors' network said", "They rounded
                # up farmers and killed them, residents said": who reports it after the fact is
                # not who "they" are when a group was named before
                before = self._plural_antecedent(token)
                if before:
                    return before
            if low in PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and inner.head.i < token.i:
                # "urged an investigation into allegations that its security forces committed
                # violations when they clashed with protesters": a group the content names as a
                # subject before "they" is nearer than who speaks
                nearer = self._subject_group(range(token.i - 1, inner.head.i, -1))
                if nearer:
                    return nearer
            if low in PLURAL_PRONOUNS and token.dep_ in ("dobj", "dative", "pobj") and inner.head.i < token.i:
                nearer = self._content_subject_group(token, inner.head.i)
                if nearer:
                    return nearer
            if low in PLURAL_PRONOUNS and token.dep_ in ("dobj", "dative", "pobj") and set(speakers) & set(self._subject_referents(token)):
                # "Police said they arrested 15 students, accusing them of ...": an object pronoun
                # is never its own clause's subject, who here is the speaker
                return self._plural_antecedent(token)
            if low in PLURAL_PRONOUNS:  # "officials said they were launching": a body, or several speakers
                plural = inner.frame.speaker is not None and inner.frame.speaker.tag_ in ("NNS", "NNPS")  # "rebels said they"
                # one person of a group ("one elder said") speaks as a person
                if len(speakers) > 1 or plural or all(self.kind(k) not in ("person", "group") for k in speakers):
                    return list(speakers)
                if not self._clause_subject(token):
                    return []
                # "“The militants ambushed the travellers and opened fire on them,” Halane
                # said": one person's "them" is someone the quote named before
                return self._plural_antecedent(token)
            if (low in THING_PRONOUNS and inner.frame.speaker is not None and inner.frame.speaker.tag_ in ("NNS", "NNPS")
                    and inner.frame.speaker.lemma_.lower() not in self.groups.words.collective):
                # "prosecutors say ... it was driven to the city and detonated": "it" is never
                # the people a plural noun names; a collective noun's may ("police said it had
                # arrested 40 people")
                speakers = [k for k in speakers if self.kind(k) != "group"]
            if low in PERSON_PRONOUNS:  # "Ms. Bader said he was shot": not the speaker
                speakers = [k for k in speakers if not self._other_gender(low, k)]
                if any(a <= token.idx < b for a, b in self.quotes):
                    # "“X had gone to attend, and as he was going ...,” Kakoma said": in their
                    # own words a speaker is "I", never "he"; someone named before
                    speakers = []
            if any(self.kind(k) in fits for k in speakers):
                return [k for k in speakers if self.kind(k) in fits]
        if low in FIRST_PERSON:
            return first_person(self, token) if not covering else []
        if low in PLURAL_PRONOUNS:
            return self._plural_antecedent(token)
        if low in PERSON_PRONOUNS and token.dep_ == "nsubj":
            goes_on = self._speaker_goes_on(token, low)
            if goes_on is not None:
                return [goes_on]
        k = self.sent_of[token.i]
        floor = self.sents[max(k - 2, 0)].start
        best: tuple[int, str] | None = None
        # "after the Viv Ansanm gang coalition attacked it": never its own clause's subject
        bound = (self._clause_subject(token) if low in THING_PRONOUNS else set()) | several
        for i in range(token.i - 1, floor - 1, -1):
            m = self.mention_at.get(i)
            if m is None or m.entity not in self.entities or in_dateline(self.doc[i]) or i in bound:
                continue  # "KHARTOUM — ...": a dateline names where it was filed, not who acts
            if self.kind(m.entity) not in fits:
                continue
            if low in PERSON_PRONOUNS and self._other_gender(low, m.entity):
                continue  # "Ms. Shamdasani expressed concern over the death of X, after he was shot": X
            if low == "it" and token.dep_ == "nsubj" and self.kind(m.entity) == "place":
                continue  # "it arrested ten suspects": a town does not act
            t = self.doc[i]
            subject = t.dep_ in ("nsubj", "nsubjpass") or any(a.dep_ in ("nsubj", "nsubjpass") for a in list(t.ancestors)[:2])
            if subject:
                if low in PERSON_PRONOUNS and token.dep_ == "nsubj":
                    # "X said ... The High Commissioner called on ...: “...,” she stressed": a
                    # person who spoke after the name, told by a title, is nearer
                    later = self._later_speaker(i, token.i)
                    if later is not None:
                        return [later]
                return [m.entity]
            if best is None:
                best = (i, m.entity)
        if best is None and low in PERSON_PRONOUNS and token.dep_ == "nsubj":
            # "She stressed that ...", several sentences on: who has been speaking
            said = [d for d in self.drafts if d.frame is not None and d.head.i < token.i and d.roles.get("speaker")
                    and self.lex.is_communication(d.cls) and any(self.kind(k) == "person" for k in d.roles["speaker"])]
            if said:
                people = [k for k in said[-1].roles["speaker"] if self.kind(k) == "person"]
                if len(people) == 1:
                    return people
        return [best[1]] if best else []

    def _frame_speakers(self, d: "Draft") -> list[str]:
        """Who speaks in the statement ``d`` frames: its speakers, else those of the
        statement its speaker word names ("According to *a statement issued by police*,
        “We used proportional force”": the police's statement speaks for them)."""
        if d.roles.get("speaker"):
            return d.roles["speaker"]
        said = d.frame.speaker if d.frame is not None else None
        other = self.owner.get(said.i) if said is not None else None
        if other is None or other is d or not self.lex.is_communication(other.cls) or said != (other.noun or other.head):
            return []
        return other.roles.get("speaker", [])

    def _speaker_goes_on(self, token: "Token", low: str) -> str | None:
        """The one person who spoke last, for "he" or "she" who speaks when the sentence names
        no person outside what is said ("Kakoma said police had not charged Hichilema. [...]
        “... President Hichilema must be arrested,” *he* said": Kakoma, not the man named in
        his words): the one person speaker of the latest statement in the two sentences before;
        else ``None``."""
        said = next((d for d in self.drafts if d.frame is not None and d.frame.speaker == token and token.head == d.head
                     and self.lex.is_communication(d.cls)), None)
        if said is None:
            return None
        k = self.sent_of[token.i]
        sent = self.sents[k]
        for i in range(sent.start, token.i):
            m = self.mention_at.get(i)
            if (m is not None and m.entity in self.entities and self.kind(m.entity) == "person" and i not in said.frame.content
                    and not any(a <= self.doc[i].idx < b for a, b in self.quotes)):
                return None  # "Hichilema's lawyer met him; he said": someone named outside the words
        floor = self.sents[max(k - 2, 0)].start
        before = [d for d in self.drafts if d.frame is not None and floor <= d.head.i < sent.start and d.roles.get("speaker")
                  and self.lex.is_communication(d.cls)]
        if not before:
            return None
        people = [key for key in max(before, key=lambda d: d.head.i).roles["speaker"] if self.kind(key) == "person"]
        if len(people) != 1 or self._other_gender(low, people[0]):
            return None
        return people[0]

    @cached_property
    def _genders(self) -> dict[str, str | None]:
        """The gender ("f", "m") each person's titles give, None for none or both: filled as
        :meth:`_other_gender` asks."""
        return {}

    def _other_gender(self, pronoun: str, key: str) -> bool:
        """Whether the article addresses the person ``key`` with a title of the other gender
        than ``pronoun`` (``female_titles`` / ``male_titles``: "Ms. Shamdasani" is no "he",
        "Mr. Ruto" no "she"); unknown (False) when it gives none or both."""
        genders = self._genders
        if key not in genders:
            female, male = words("arguments", "female_titles"), words("arguments", "male_titles")
            found: set[str] = set()
            for m in self.mentions:
                if m.entity != key:
                    continue
                span = self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in (span[0], *([self.doc[span.start - 1]] if span.start > 0 else [])):
                    title = t.lower_.rstrip(".")
                    found |= {"f"} if title in female else {"m"} if title in male else set()
            genders[key] = found.pop() if len(found) == 1 else None
        gender = genders[key]
        return gender is not None and gender != ("f" if pronoun in ("she", "her", "hers") else "m")

    def _later_speaker(self, start: int, end: int) -> str | None:
        """The one person speaking in the last statement whose trigger lies between tokens
        ``start`` and ``end``, when no name of that person stands there (a title told who)."""
        said = [d for d in self.drafts if d.frame is not None and start < d.head.i < end and d.roles.get("speaker")
                and self.lex.is_communication(d.cls)]
        if not said:
            return None
        people = [k for k in said[-1].roles["speaker"] if self.kind(k) == "person"]
        if len(people) != 1 or any((m := self.mention_at.get(i)) is not None and m.entity == people[0] for i in range(start, end)):
            return None
        return people[0]

    def possessor_place(self, token: "Token") -> str | None:
        """The place a possessive description stands for: "the country's prisons", "the
        region's towns" (the country or region named last)."""
        found = self.anaphor(token, self.lex.place_anaphors) or self.anaphor(token, self.lex.actor_anaphors)
        return found if found is not None and self.kind(found) in ("place", "state") else None

    def place_pronoun(self, token: "Token") -> str | None:
        """"it" where a place is meant ("captured it"): the nearest place named before it in
        this or the previous sentence, a town or region before a country."""
        if token.lower_ not in THING_PRONOUNS:
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

    def referent_heads(self, token: "Token") -> list["Token"]:
        """The words naming what a plural or person pronoun stands for, by :meth:`pronoun`,
        without adding anything to the article: the head of each earlier mention of those
        entities, for a trigger to read the sense of its object ("Students gathered outside
        parliament. Police dispersed *them*": the students, a crowd). A group phrase is
        resolved only for its words; the group enters the article when an event takes it."""
        if token.lower_ not in PLURAL_PRONOUNS | PERSON_PRONOUNS:
            return []
        entities, mentions = dict(self.entities), list(self.mentions)
        try:
            keys = set(self.pronoun(token))
            spans = [(m.span.start, m.span.end) for m in self.mentions if m.entity in keys and m.span.end <= token.idx]
        finally:
            self.entities.clear()
            self.entities.update(entities)
            self.mentions[:] = mentions
        heads: list[Token] = []
        for start, end in spans:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and span.root not in heads:
                heads.append(span.root)
        return heads

    def counted_people(self, token: "Token") -> list[str]:
        """The people, states or organisations a definite plural with a number stands in for
        (``counted_person_nouns``, ``counted_party_nouns``): "Joe Biden met Xi Jinping in Bali.
        *The two leaders* agreed to ...", "A and B were detained ... *both men* were released",
        "Armenia and Azerbaijan held talks. *The two countries* agreed": those of its kind named
        in the nearest sentence before it (or earlier in its own) that names any, when it names
        exactly as many. Not a phrase that says whose they are ("the two men's lawyers", "the
        two leaders of the junta")."""
        lemma = token.lemma_.lower()
        pair = f"{token.nbor(-1).lower_} {lemma}" if token.i > 0 else lemma
        people = words("arguments", "counted_person_nouns")
        if lemma in people or pair in people:
            kinds: tuple[str, ...] = ("person",)
        elif lemma in words("arguments", "counted_party_nouns"):
            kinds = ("state", "organization")
        else:
            return []
        if any(c.dep_ in ("poss", "nmod") or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children):
            return []
        if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "nummod", "amod") for c in token.children):
            n = 2
        else:
            num = next((c for c in token.children if c.dep_ == "nummod"), None)
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            n = self.lex.number_words.get(num.lower_) if num is not None and the else None
        if n is None or not 2 <= n <= 4:
            return []
        k = self.sent_of[token.i]
        for s in range(k, max(k - 3, -1), -1):
            sent = self.sents[s]
            named = list(dict.fromkeys(
                m.entity for i in range(sent.start, token.i if s == k else sent.end)
                if (m := self.mention_at.get(i)) is not None and m.entity in self.entities and self.kind(m.entity) in kinds))
            if named:
                return named if len(named) == n else []
        return []

    def patient_pronoun(self, token: "Token") -> list[str]:
        """Whom a plural possessive on an event done to someone stands for ("rights groups
        condemned *their* detention", "the UN called for *their* release"): the targets of the
        nearest earlier event done to someone (kgo:argumentFrame "possTarget") in this or the
        two sentences before; never who condemns or calls (the clause's subject), nor who did
        it (the earlier event's agent, often its sentence's subject)."""
        k = self.sent_of[token.i]
        floor = self.sents[max(k - 2, 0)].start
        earlier = [d for d in self.drafts if floor <= d.head.i < token.i and d.roles.get("target")
                   and self.lex.has_frame(d.cls, "possTarget")]
        if not earlier:
            return []
        last = max(earlier, key=lambda d: d.head.i)
        return [key for key in last.roles["target"] if self.kind(key) in ("group", "organization", "person")]

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
        # "The attackers killed them", "They rounded up farmers and killed them": an object
        # pronoun is never who its own clause's subject stands for, even when that subject is a
        # pronoun or a description of an actor named before
        own = frozenset(self._subject_referents(token)) if depth == 0 else frozenset()
        # "Russian soldiers captured five servicemen. The soldiers shot them": nor what a
        # noun with the subject's own head stands for, when kg cannot tell whom the subject means
        # "Police arrested protesters in Dhaka. The officers beat them": a subject kg cannot
        # resolve most likely continues the previous sentence's subject, so "them" is not that
        head = self._object_subject_head(token) if depth == 0 else None
        if head is not None:
            floor = self.sents[max(k - 1, 0)].start
            own |= {key for i in range(floor, token.i) if self.doc[i].lemma_.lower() == head and self.doc[i].tag_ in ("NNS", "NNPS")
                    for key in (self._candidate(self.doc[i]) or ())}
            if not own and k > 0:
                last = next((c for c in self.sents[k - 1].root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if last is not None and last.pos_ != "PRON":
                    own |= set(self._candidate(last) or ())
        before = [i for i in range(token.i - 1, self.sents[k].start - 1, -1) if i not in bound]
        here = self._subject_group(before, own)
        if here is not None:
            return here
        here = self._nearest_group(before, own)
        if here or k == 0:
            return here
        prev = self.sents[k - 1]
        main = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is not None:
            if main.lower_ in PLURAL_PRONOUNS and depth < 4:
                keys = self._plural_antecedent(main, depth=depth + 1)
                if not own & set(keys):
                    return keys
            else:
                keys = self._candidate(main)
                if keys is not None and not own & set(keys):
                    return keys
        found = self._subject_group(range(prev.end - 1, prev.start - 1, -1), own)
        return found if found is not None else self._nearest_group(range(prev.end - 1, prev.start - 1, -1), own)

    def _content_subject_group(self, token: "Token", said: int) -> list[str] | None:
        """For an object pronoun "them" in what a statement says (its verb at ``said``, before
        it): the nearest subject group the content names before it, else its nearest group,
        other than its own clause's subject ("the army said residents had been sent leaflets
        warning *them*", "officials said protesters blocked roads and police dispersed
        *them*", "witnesses said soldiers rounded up villagers and shot *them*"): the speaker
        who reports it is farther. ``None`` when the content names no such group."""
        bound = self._clause_subject(token)
        own = frozenset(self._subject_referents(token))
        before = [i for i in range(token.i - 1, said, -1) if i not in bound]
        return self._subject_group(before, own) or self._nearest_group(before, own) or None

    def _object_subject_head(self, token: "Token") -> str | None:
        """The head noun (lemma) of the plural common-noun subject of the clause whose object
        ``token`` is ("*The soldiers* shot them"), else ``None``."""
        verb = _governing_verb(token)
        subj = self.subject(verb) if verb is not None else None
        if subj is None or subj.i > token.i or subj.tag_ != "NNS":
            return None
        return subj.lemma_.lower()

    def _subject_referents(self, token: "Token") -> list[str]:
        """Whom the subject of the clause whose object ``token`` is stands for: its actors, the
        group it describes, or what a subject pronoun refers to (``[]`` for a subject pronoun
        ``token`` itself, or none)."""
        verb = _governing_verb(token)
        if verb is None:
            return []
        subj = self.subject(verb)
        if subj is None or subj.i > token.i:
            return []
        if subj.pos_ == "PRON":
            return self.pronoun(subj) if subj.lower_ in PLURAL_PRONOUNS | THING_PRONOUNS else []
        return self.actors(subj) or self.groups.resolve(subj, mint=False)

    def _clause_subject(self, token: "Token") -> set[int]:
        """The tokens of the subject of the clause whose object ``token`` is ("the militants
        ambushed the travellers and opened fire on *them*"): an object pronoun is never its
        own clause's subject (that would be "themselves"), so these are no antecedent; nor
        when it is counted ("opened fire on protesters, killing 12 *of them*")."""
        verb = _governing_verb(token)
        if verb is None:
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
        # "Haitian police launched an operation. They killed ...": a collective noun is plural
        collective = t.tag_ == "NN" and t.lemma_.lower() in self.groups.words.collective and t.i not in self.owner
        if (t.tag_ not in ("NNS", "NNPS") and not collective) or t.dep_ == "compound":
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

    def _subject_group(self, indices: "Iterable[int]", skip: frozenset[str] = frozenset()) -> list[str] | None:
        """The nearest subject, among ``indices`` (nearest first), that :meth:`_candidate`
        reads as a group or as naming no one; none that names one of ``skip``."""
        for i in indices:
            t = self.doc[i]
            if t.dep_ in ("nsubj", "nsubjpass"):
                keys = self._candidate(t)
                if keys is not None and not skip & set(keys):
                    return keys
        return None

    def _nearest_group(self, indices: "Iterable[int]", skip: frozenset[str] = frozenset()) -> list[str]:
        """The nearest plural noun among ``indices`` that names a group, whatever its role;
        none that names one of ``skip``."""
        for i in indices:
            t = self.doc[i]
            if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound" and not in_dateline(t):
                keys = self._candidate(t)
                if keys and not skip & set(keys):
                    return keys
            elif t.tag_ == "NNP" and self._plural_name(t) and self.mention_at[t.i].entity not in skip:
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


def _governing_verb(token: "Token") -> "Token | None":
    """The verb whose object ``token`` is ("killed *them*", "opened fire on *them*", "killing
    12 *of them*"), else ``None``."""
    part = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if part is not None and (part.like_num or part.lower_ in words("events", "partitive_nouns")):
        token = part
    if token.dep_ in ("dobj", "dative"):
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative") and token.head.head.pos_ in ("VERB", "AUX"):
        return token.head.head
    return None
