"""Who does what a verb says when the parser gives it no subject of its own: the subject
of the clause it is conjoined to, controlled by or hangs in, the one an appeal asks to act,
the one an accusation charges (:class:`SubjectReading`, mixed into
:class:`~kg.extract.events.context.ArticleContext`)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..speech import subject_of
from ..wordlists import lexicon, words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..event_lexicon import EventLexicon
    from ..model import Mention
    from .draft import Draft
    from .groups import GroupBook

__all__ = ["SubjectReading"]


class SubjectReading:
    """The subject of an event's verb, read through the clauses around it."""

    if TYPE_CHECKING:  # what ArticleContext, which mixes this class in, provides
        lex: EventLexicon
        owner: dict[int, Draft]
        mention_at: dict[int, Mention]
        groups: GroupBook

        def opener(self, verb: Token) -> Token | None: ...

    def subject(self, verb: "Token") -> "Token | None":
        """The verb's subject; an appeal's object for the verb it governs ("urged X to
        refrain"), an accusation's object for what it is accused of ("accused X of shelling")."""
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            below = verb  # the word on the way up whose head is ``anc``
            for anc in list(verb.ancestors)[:4]:
                gov = self.owner.get(anc.i)
                if gov is not None and gov.frame is not None and self.lex.is_a(gov.cls, "Accusation") and anc.pos_ == "VERB":
                    if below.dep_ == "conj":
                        break  # "X denounced the result and has boycotted parliament": a second act of X's
                    obj = next((c for c in anc.children if c.dep_ == "dobj"), None)
                    if obj is not None and obj != verb and obj not in verb.subtree:
                        return obj
                    break
                below = anc
        reduced = self._reduced_relative_agent(verb)
        if reduced is not None:
            return reduced
        charged = self._charged(verb)
        if charged is not None:
            return charged
        asked = self._asked(verb)
        if asked is not None:
            return asked
        if (
            verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.head.lemma_.lower() in words("events", "implicative_verbs")
            and verb.head.lemma_.lower() not in words("events", "instrument_verbs")
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
            clause = verb.head.head
            if verb.head.lower_ == "for":
                # "Afghan women detained for protesting", "two journalists were jailed for
                # reporting on the war": who was punished for it did it
                if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.head.pos_ in ("NOUN", "PROPN"):
                    return clause.head
                if any(c.dep_ == "auxpass" for c in clause.children):
                    return next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
                obj = next((c for c in clause.children if c.dep_ == "dobj" and c.i < verb.i), None)
                if obj is not None and obj.i not in self.owner:
                    return obj  # "police arrested dozens of teachers for protesting": the teachers
            if not any(c.dep_ == "dobj" for c in verb.children) and (
                clause.lemma_.lower() in words("events", "fleeing_verbs")
                or any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
            ):
                # "10,000 people fled Kidal after fighting", "were displaced after shelling":
                # who fled is no party to the fighting they fled
                return None
            return subject_of(clause)
        opener = self.opener(verb)
        if opener is not None and not any(c.dep_ == "auxpass" for c in verb.children):
            return opener  # (a passive's opener is what it was done to: its "by" agent does it)
        if (verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i not in self.owner
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                and (verb.head.i in self.mention_at or self.groups.noun_of(verb.head) is not None)):
            return verb.head  # "opposition supporters protesting in Maputo": who protests (not "messages warning them")
        intender = self._intender(verb)
        if intender is not None:
            return intender
        undergoer = self._passive_clause_subject(verb)
        if undergoer is not None:
            return undergoer
        controller = self._adjective_controller(verb)
        if controller is not None:
            return controller
        undergone = self._passive_conjunct_subject(verb) or _listed_clause_subject(verb)
        if undergone is not None:
            return undergone
        main = self._main_clause_conjunct(verb)
        return subject_of(main) if main is not None else subject_of(verb)

    @staticmethod
    def _reduced_relative_agent(verb: "Token") -> "Token | None":
        """The "by" agent of a participle the parser made a clause of its own, with the noun it
        describes as its subject and no auxiliary: "The protesters *shot by soldiers* at the
        toll gate were students" (the participle a complement of "were"). Who shot are the
        soldiers; the protesters were shot."""
        if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "advcl", "csubj") or any(
                c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
            return None
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return None
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None

    @staticmethod
    def _passive_conjunct_subject(verb: "Token") -> "Token | None":
        """The passive subject of the verb that an active verb without a subject of its own
        is conjoined to: "the journalist was shot and *died* in hospital", "the soldiers were
        ambushed and *killed* six insurgents", "the prisoners were moved and *have gone* on
        hunger strike" (the one it was done to does the second act). Not a second passive
        ("was arrested and *charged*", a participle sharing the passive, or "and was charged").
        ``None`` otherwise."""
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "auxpass") for c in verb.children):
            return None
        own_aux = any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)
        if not own_aux and verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        head = verb.head
        if head.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "auxpass" for c in head.children):
            return None
        return next((c for c in head.children if c.dep_ == "nsubjpass"), None)

    @staticmethod
    def _adjective_controller(verb: "Token") -> "Token | None":
        """The subject of the clause whose adjective (``controlling_adjectives``) the
        infinitive ``verb`` without a subject of its own complements: "aid agencies have
        been unable *to deliver* food", "the rebels are ready *to negotiate*" (who delivers,
        who negotiates); not a dummy "it" ("it is likely to rain"). ``None`` otherwise."""
        adj = verb.head
        if (verb.dep_ != "xcomp" or adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.head.pos_ not in ("VERB", "AUX")
                or adj.lemma_.lower() not in words("arguments", "controlling_adjectives")
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)):
            return None
        subj = next((c for c in adj.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("it", "this", "that", "there") or subj.dep_ == "expl":
            return None
        return subj

    @staticmethod
    def _passive_clause_subject(verb: "Token") -> "Token | None":
        """The subject of the passive clause that an adverbial gerund without a subject of its
        own hangs on: "Abe was shot *while delivering* a speech", "two soldiers were killed
        *while patrolling* the border" (the one it was done to does the gerund's act)."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            return None
        clause = verb.head
        if clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "auxpass" for c in clause.children):
            return None
        return next((c for c in clause.children if c.dep_ == "nsubjpass"), None)

    def _charged(self, verb: "Token") -> "Token | None":
        """Who is charged with the act the gerund ``verb`` names, when it has no subject of its
        own and hangs on "of"/"with" of a verb of ``charging_verbs``: that verb's object
        ("accusing *them* of staging demonstrations and taking hostages", "charged *12
        students* with burning a bus"), or its passive subject ("*the students* were accused of
        looting shops"), never who accuses. ``None`` otherwise."""
        if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        first = verb
        while first.dep_ == "conj" and first.head.tag_ == "VBG":
            first = first.head  # "of staging demonstrations and taking hostages"
            if first.lemma_.lower() in words("arguments", "charging_verbs"):
                # "accusing them of staging demonstrations, taking hostages": the list parsed on
                # the accusing verb, after its "of" gerund
                first = next((g for p in first.children if p.dep_ == "prep" and p.lower_ in words("arguments", "charging_preps")
                              and p.i < verb.i for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), first)
                break
        prep = first.head
        if first.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in words("arguments", "charging_preps"):
            return None
        charging = prep.head
        if charging.pos_ not in ("VERB", "AUX") or charging.lemma_.lower() not in words("arguments", "charging_verbs"):
            return None
        if any(c.dep_ == "auxpass" for c in charging.children):
            return next((c for c in charging.children if c.dep_ == "nsubjpass"), None)
        return next((c for c in charging.children if c.dep_ == "dobj" and c.i < verb.i), None)

    def _intender(self, verb: "Token") -> "Token | None":
        """Whose attempt, plan or operation the infinitive ``verb`` says the aim of, when it
        has no subject of its own: the "by" agent or possessor of its noun of
        ``intent_nouns`` ("an attempt *by the army* to seize the airport", "*the rebels'*
        bid to take the town"), or of ``ordering_nouns`` ("an order *by the Supreme Court*
        to release nine leaders": the court has them released, not the subject of the clause
        around it); none for nouns of asking ("a call by X to release them")."""
        noun = verb.head
        nouns = words("arguments", "intent_nouns") | words("arguments", "ordering_nouns")
        if (verb.dep_ != "acl" or noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)):
            return None
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "poss":
                return c
        return None

    def _asked(self, verb: "Token") -> "Token | None":
        """Who is asked, told, let or made to do what ``verb`` says, when it has no subject of
        its own: the object of an appeal or of a verb of ``control_verbs`` its infinitive hangs
        on ("urged Israel to halt", "Israel was urged to halt", "called on the parties to show
        restraint *and withdraw*", "persuaded the junta to free"); not who is ordered to leave
        or evacuate (``removal_classes``: the order is the removal)."""
        inf = verb
        for _ in range(4):  # "to show restraint and withdraw forces": the first infinitive's
            if inf.dep_ != "conj" or inf.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in inf.children):
                break
            inf = inf.head
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in (*verb.children, *inf.children)):
            return None
        to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children)
        if not (inf.dep_ == "xcomp" or (inf.dep_ == "advcl" and to_inf)):
            return None
        head = inf.head
        gov = self.owner.get(head.i)
        if gov is not None and self.lex.has_frame(gov.cls, "appeal"):
            pass
        elif inf.dep_ == "xcomp" and gov is None and head.lemma_.lower() in words("events", "control_verbs"):
            own = self.owner.get(verb.i)
            if own is not None and any(self.lex.is_a(own.cls, str(c)) for c in lexicon("events")["removal_classes"]):
                return None
        else:
            return None
        obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < inf.i), None)
        if obj is None:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lemma_.lower() in ("on", "upon") and prep.i < inf.i:
                    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        return obj if obj is not None and obj.i not in self.owner else None

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
            if t.dep_ not in ("advcl", "xcomp", "conj") or t.head == t:
                return None
            t, steps = t.head, steps + 1
        return None


def _listed_clause_subject(verb: "Token") -> "Token | None":
    """The subject of the first of a list of clauses that a verb of saying reports, when the
    parser hung a later item, without a subject of its own, on the verb of saying too: "a
    spokesman said police broke down the door, *blocked* the gates and then *took* him away"
    (the later items are the police's, not the spokesman's). Only a finite verb right after a
    comma, and a clause before it, on the same verb, with a subject of its own."""
    t, steps = verb, 0
    while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and steps < 4:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            return None
        t, steps = t.head, steps + 1
    if (t.dep_ != "ccomp" or t.tag_ not in ("VBD", "VBZ", "VBP") or t.left_edge.i == 0
            or t.doc[t.left_edge.i - 1].text != ","
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in t.children)):
        return None
    before = [c for c in t.head.children if c.dep_ == "ccomp" and c.i < t.i]
    if not before:
        return None
    return next((c for c in before[-1].children if c.dep_ in ("nsubj", "nsubjpass")), None)
