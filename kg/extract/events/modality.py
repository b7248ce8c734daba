"""Step 4, modality from the words on the path from the trigger up its clause (cue words in
the ontology): "will evacuate" planned, "could turn ... into all-out war" hypothetical,
"unable to deliver" negated; the content of a statement is reported."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..wordlists import lexicon, words
from .context import ArticleContext
from .disbelief import disbelieved
from .habitual import campaign, general_rule, kind_told
from .nonevents import a_right
from .draft import Draft

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["assign_modalities"]

_CUE_CHILD_DEPS = frozenset({"aux", "neg", "advmod", "mark", "prep", "acomp"})
#: The cue of obligation and prohibition: the event is hypothetical, whatever else is said of it.
DEONTIC = "deontic"
#: The cue of a condition ("if the hostages are not released", "once the president steps down"
#: under "will send troops"): the event is hypothetical, whatever else is said of it.
CONDITION = "condition"


def _cue(ctx: ArticleContext, word: str) -> str | None:
    return ctx.lex.cues.get(word.lower())


def _own_cues(ctx: ArticleContext, token: "Token", cues: list[str]) -> None:
    if token.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in token.children):
            cues.append("negated")  # "no group has claimed responsibility", "no one was arrested"
        if _conditional(token):
            cues.append("hypothetical")  # "if troops advance, they will withdraw"
    for c in token.children:
        if c.dep_ in _CUE_CHILD_DEPS or (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "amod" and token.pos_ == "NOUN"):
            if c.dep_ == "prep":
                continue  # "withdrew without a fight", "left the country without a leader": "without" negates its object, not its head
            if c.dep_ == "amod" and c.lower_ in ctx.lex.outcome_cues:
                continue  # "the failed assault" happened: an outcome, not a negation
            if c.dep_ == "aux" and c.lower_ in words("events", "deontic_auxiliaries"):
                cues.append(DEONTIC)  # "must not be prosecuted", "should be released"
                continue
            if c.dep_ == "mark" and c.lower_ in words("events", "conditional_marks"):
                cues.append(CONDITION)  # "if the hostages are not released": not yet, nor refused
                continue
            if c.dep_ == "acomp" and c.pos_ != "ADJ":
                continue
            if c.dep_ == "acomp" and c.lower_ in words("events", "schedule_adjectives") and any(x.dep_ == "xcomp" for x in c.children):
                cues.append("planned")  # "where the meeting is due to take place" (but "the deaths were due to hunger" took place)
                continue
            cue = _cue(ctx, c.lower_) or (_cue(ctx, c.lemma_) if c.dep_ != "aux" or c.lemma_ != "will" else "planned")
            if cue and c.dep_ == "aux" and c.lower_ == "would" and ctx.backshift:
                cue = "planned"  # "said Israel would launch": the future of reported speech
            if cue:
                cues.append(cue)


def _modality_cues(ctx: ArticleContext, d: Draft) -> list[str]:
    cues = _path_cues(ctx, d)
    if d.noun is not None and d.trigger.verb is None and d.noun.dep_ == "dobj" and a_right(d.noun.head) and not _definite(d.noun):
        cues.append("hypothetical")  # "no right to appeal a conviction": any conviction (but "to challenge their detention")
    if _time_anchor(d):
        # "refused to step down after a disputed election", "could not return since the
        # coup": the event that dates the clause took place, whatever the clause denies or
        # supposes (a plan stays one: "will return after the elections")
        assert d.noun is not None
        own: list[str] = []
        _own_cues(ctx, d.noun, own)
        cues = own + [c for c in cues[len(own):] if c in ("planned", "reported")]
    return cues


def _definite(noun: "Token") -> bool:
    """Whether ``noun`` names one known thing: a definite or demonstrative determiner or a
    possessor ("*the* invasion", "*Russia's* offensive", "*both* attacks"), not a kind ("a
    lasting ceasefire")."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "this", "that", "these", "those", "both") or c.dep_ == "poss" for c in noun.children)


def _time_anchor(d: Draft) -> bool:
    """Whether event noun ``d`` is the object of a preposition that dates its clause by an
    event before or around it (``anchor_prepositions``: "after the election", "since the
    coup", "during the protests"), or a conjunct of one ("after the coup and the elections")."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.support is not None:
        return False
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    return n.dep_ == "pobj" and n.head.lower_ in words("events", "anchor_prepositions")


def _path_cues(ctx: ArticleContext, d: Draft) -> list[str]:
    lex = ctx.lex
    cues: list[str] = []
    dated = bool(d.times) and d.noun is not None and d.trigger.verb is None and d.support is None
    start = d.noun if d.trigger.verb is None and d.support is None else (d.trigger.verb or d.support)
    assert start is not None
    _own_cues(ctx, start, cues)
    if _counterfactual(start):
        cues.append("negated")  # "instead of negotiating", "rather than surrender": the course not taken
        return cues
    if d.support is not None:
        c = _cue(ctx, d.support.lemma_)
        if c:
            cues.append(c)
    tok = start
    if start.pos_ in ("NOUN", "PROPN"):
        if dated:
            return cues
        for _ in range(6):
            h = tok.head
            if h == tok:
                return cues
            if tok.dep_ in ("nsubj", "nsubjpass") and h.pos_ in ("VERB", "AUX"):
                if h.lemma_.lower() in words("events", "cessative_verbs"):
                    return cues  # "the fighting has to stop": the fighting goes on
                if _lasting(tok, h):
                    return cues  # "the ceasefire is not holding", "the war is not over": they took place
                if tok.dep_ == "nsubjpass" and h.lemma_.lower() in words("events", "responsibility_verbs"):
                    return cues  # "the attack has not been claimed": the claim was not made, the attack was
                if h.lemma_.lower() in words("events", "continuative_verbs") and not _reported_future(ctx, h) and not _may_restart(h):
                    # "if the airstrikes continue": they are going on, whatever the condition
                    # says of their going on ("reports indicate fighting has been continuing":
                    # still reported)
                    own: list[str] = []
                    _own_cues(ctx, h, own)
                    cues += [c for c in own if c not in ("hypothetical", "planned", CONDITION)]
                    tok = h
                    break
                if h.lemma_.lower() in lex.support_verbs or h.lemma_.lower() in lex.result_verbs:
                    _own_cues(ctx, h, cues)
                    tok = h
                    break
                # "if talks fail", "talks will resume": the verb's auxiliaries, not its
                # meaning; then on up the clause ("photos show convoys heading ...")
                if h.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in h.children) and not any(
                        c.dep_ in ("attr", "acomp") and _cue(ctx, c.lemma_) for c in h.children):  # but "is conditional on a ceasefire"
                    own = []
                    # "the strike was not deliberate", "the capture could not be more valuable
                    # than lives": the predicate is denied or weighed, not the event
                    _own_cues(ctx, h, own)
                    # and "wonder *if* his death was the result of a coup" asks of the death, no
                    # condition (but "if the talks are successful, ..." is one)
                    dropped = ("negated", "hypothetical", CONDITION) if h.dep_ == "ccomp" else ("negated", "hypothetical")
                    cues += [c for c in own if c not in dropped]
                else:
                    _own_cues(ctx, h, cues)
                tok = h
                break
            if h.dep_ == "prep" or h.pos_ == "ADP":
                if h.lower_ == "without":
                    cues.append("negated")
                h = h.head
                if h == tok.head:
                    break
            lemma = h.lemma_.lower()
            cue = _cue(ctx, lemma)
            if cue == "planned" and tok.head.lower_ in words("events", "topic_prepositions"):
                return cues  # "no detail to offer about the attack", "will speak about the bombing": the topic, not the plan
            if cue == "planned" and tok.head.lower_ == "of" and lemma in words("events", "aim_nouns") and _definite(tok):
                return cues  # "the objective of the invasion was to topple him": the invasion's aim, not the invasion, was planned
            if cue is None and tok.head.lower_ == "of" and h.i not in ctx.owner and h.pos_ == "NOUN" and lemma in words("events", "kind_nouns"):
                tok = h  # "reports of other forms of ill-treatment": as the forms are
                continue
            if tok.head.lower_ == "for" and lemma in words("events", "candidacy_verbs") and h.tag_ in ("VBG", "VBZ", "VBP", "VB"):
                return [*cues, "planned"]  # "a senator running for re-election": the election is ahead, whoever may run
            if cue is None and tok.head.lower_ == "of" and h.i not in ctx.owner and h.pos_ == "NOUN" and lemma in words("events", "report_nouns"):
                cue = "reported"  # "reports of fighting in the north": the reports tell it
            if cue is None and tok.head.lower_ in ("of", "with", "for") and lemma in words("events", "charge_words") and not _definite(tok):
                # "faces charges of murder", "charged with murder", "arrested on suspicion of
                # arson": alleged (but "indicted for the killing of the protester": it took place)
                cue = "reported"
            if cue == "negated" and tok.dep_ == "dobj" and lex.is_communication(d.cls):
                return cues  # "refused calls for talks", "denied the request": the calls were made
            if cue:
                cues.append(cue)
                _own_cues(ctx, h, cues)
                tok = h
                if h.pos_ in ("VERB", "AUX"):
                    break
                continue
            if h.pos_ in ("VERB", "AUX") and (lemma in lex.support_verbs or lemma in lex.result_verbs):
                _own_cues(ctx, h, cues)
                tok = h
                break
            if tok is start and h.pos_ == "AUX" and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in h.children):
                _own_cues(ctx, h, cues)  # "is conditional on a ceasefire": the adjective the copula takes
                tok = h
                break
            if (h.pos_ == "VERB" or h.lemma_ == "be") and tok.dep_ in ("dobj", "attr", "oprd") and lemma not in words("events", "cessative_verbs") and any(
                c.dep_ == "aux" and c.lower_ in words("events", "deontic_auxiliaries") for c in h.children
            ):
                cues.append(DEONTIC)  # "must be allowed safe passage", "should deliver aid", "there should be no looting"
                return cues
            if h.pos_ in ("NOUN", "PROPN") and h.dep_ == "dobj" and h.head.lemma_.lower() in lex.result_verbs:
                _own_cues(ctx, h.head, cues)  # "could turn the dispute into all-out war"
                tok = h.head
                break
            return cues
    # up the clause from a verb
    for _ in range(6):
        dep, h = tok.dep_, tok.head
        if h == tok:
            break
        to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if dep == "xcomp" and h.lemma_.lower() in words("events", "cessative_verbs"):
            break  # "must stop attacking ships": the attacks go on, the stopping is demanded
        if dep == "xcomp" and to_inf and h.lemma_.lower() in words("events", "deontic_verbs"):
            cues.append(DEONTIC)  # "has to withdraw", "need to be released"
            _own_cues(ctx, h, cues)
            tok = h
            continue
        if dep == "advcl" and to_inf and ctx.lex.is_communication(d.cls) and (g := ctx.owner.get(h.i)) is not None and ctx.lex.is_a(g.cls, "Protest"):
            break  # "took to the streets to demand the lifting of sanctions": the protest makes the demand
        if dep == "xcomp" or (dep in ("advcl", "acl") and to_inf):
            if h.pos_ == "NOUN" and h.i not in ctx.owner and any(c.dep_ == "det" and c.lower_ == "no" for c in h.children):
                cues.append("negated")  # "made no attempt to flee", "there is no plan to evacuate": not done
                break
            if dep == "acl" and h.lemma_.lower() in ctx.lex.purpose_nouns:  # "in order to ensure"
                cues.append("planned")
                up = h.head.head if h.head.dep_ == "prep" else None
                if up is None:
                    break
                _own_cues(ctx, up, cues)
                tok = up
                continue
            cue = _cue(ctx, h.lemma_)
            gov = ctx.owner.get(h.i)
            if cue:
                cues.append(cue)
            elif gov is None and dep == "xcomp" and _hearsay(ctx, h):
                cues.append("reported")  # "is reported to have captured", "are said to have fled"
            elif gov is not None and lex.has_frame(gov.cls, "appeal"):
                cues.append(DEONTIC)  # called for, whatever negation: "urged them to ensure people are not arrested"
            elif h.pos_ == "ADJ" and h.lemma_.lower() in words("events", "implicative_verbs") and not _past_copula(h):
                cues.append("hypothetical")  # "the rebels still able to make hit-and-run attacks": what they can do, no occasion
            elif h.lemma_.lower() in words("events", "implicative_verbs") and not any(
                c.dep_ == "aux" and c.lemma_ in ("will", "would", "could", "may", "might")
                for c in (*h.children, *(h.head.children if h.dep_ == "acomp" else ()))
            ):
                pass  # "forced thousands to flee", "were able to retake": they fled, they retook
            elif not (tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)):
                cues.append("planned")  # but "believed to have fled", "said to have captured" happened
            _own_cues(ctx, h, cues)
            tok = h
            continue
        if dep == "advcl" and _future_condition(tok, h):
            cues.append(CONDITION)  # "would send troops once the prime minister steps down"
            break
        if dep == "conj" and h.pos_ in ("VERB", "AUX"):
            if _finite(tok) and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
                break  # "were sent to relieve the camp but got stuck and were ambushed": they were
            if not (tok.tag_ in ("VBD", "VBZ", "VBP") and h.tag_ == "VB") and not (
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and any(c.dep_ in ("aux", "auxpass") for c in tok.children)):
                # but "did not believe the warnings and shelled the village": a verb in its own
                # tense is outside the auxiliaries (and their "not") of the bare verb before it,
                # and so is a verb with its own subject and auxiliary ("don't have details, but I
                # can confirm"; not a gapped one: "were reportedly killed, and scores of others injured")
                _own_cues(ctx, h, cues)
            tok = h
            continue
        if dep == "pcomp" and h.lower_ in ("of", "to", "toward", "towards", "at") and h.head.pos_ in ("NOUN", "VERB") and _cue(ctx, h.head.lemma_) == "planned":
            cues.append("planned")  # "with the aim of capturing Kidal", "were aiming at inflicting casualties"
            break
        if dep == "ccomp" and tok.tag_ == "VB" and h.lemma_.lower() in words("events", "causative_verbs") and h.i not in ctx.owner:
            _own_cues(ctx, h, cues)  # "wants to make the locals surrender": as the making is
            tok = h
            continue
        if h.i not in ctx.owner and (
            (dep == "ccomp" and h.lemma_.lower() in words("events", "implicative_verbs"))
            or (dep == "advcl" and tok.tag_ == "VBG" and h.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))
        ):
            # "wants to clear the area, allowing displaced persons to return": what is let
            # happen, and a participle of result, are as real as the act they follow from
            _own_cues(ctx, h, cues)
            tok = h
            continue
        if dep in ("acl", "ccomp") and h.pos_ == "NOUN" and h.i not in ctx.owner and h.lemma_.lower() in words("events", "report_nouns") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            cues.append("reported")  # "concern at reports that the government has shut down news websites"
            break
        noun = h.head
        while dep == "pcomp" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.lemma_.lower() in words("events", "kind_nouns"):
            noun = noun.head.head  # "reports of several cases of looting": as the cases are
        if (dep == "pcomp" and h.lower_ == "of" and noun.pos_ == "NOUN" and noun.i not in ctx.owner
                and noun.lemma_.lower() in words("events", "report_nouns")):
            cues.append("reported")  # "reports of fighting in the north"
            break
        if dep == "ccomp" and h.pos_ == "VERB" and h.i not in ctx.owner and not _cue(ctx, h.lemma_) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
            if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                break  # "to help the thousands uprooted by the violence": a participle on the noun, done already
            tok = h  # "to ensure people are not arrested": as the infinitive is (called for, planned)
            continue
        if dep == "ccomp" and _cue(ctx, h.lemma_) and h.i not in ctx.owner:
            cues.append(_cue(ctx, h.lemma_))  # "photos show ...", "fears that ..."
            _own_cues(ctx, h, cues)
            tok = h
            continue
        break
    return cues


def _lasting(noun: "Token", verb: "Token") -> bool:
    """Whether ``verb`` tells of its subject ``noun`` that it lasts or is over ("the ceasefire
    is not *holding*", "the truce did not *last*", "the war is not *over*"): a state of the
    event, whose denial does not deny the event (but "the vote was not held": passive, it did
    not take place)."""
    if noun.dep_ != "nsubj":
        return False
    if verb.lemma_.lower() in words("events", "endurance_verbs"):
        return True
    return verb.lemma_ == "be" and any(
        c.dep_ in ("acomp", "advmod", "prt", "prep", "attr") and c.lower_ in words("events", "ended_words") for c in verb.children)


def _counterfactual(tok: "Token") -> bool:
    """Whether ``tok`` names the course not taken, after ``counterfactual_prepositions``
    ("shelled the town *instead of* negotiating", "*rather than* holding talks", "chose to
    fight *rather than* surrender", "*in place of* elections")."""
    phrases = words("events", "counterfactual_prepositions")
    if tok.dep_ in ("pcomp", "pobj"):
        prep = tok.head
        said = [c for c in prep.lefts if c.dep_ == "advmod"]
        if " ".join(t.lower_ for t in (*said, prep)) in phrases:
            return True
        noun = prep.head  # "in place of": the preposition, its noun, then "of"
        return noun.dep_ == "pobj" and f"{noun.head.lower_} {noun.lower_} {prep.lower_}" in phrases
    if tok.dep_ == "conj":
        for cc in tok.head.children:
            if cc.dep_ == "cc" and cc.i < tok.i:
                said = [c for c in cc.lefts if c.dep_ == "advmod"]
                if " ".join(t.lower_ for t in (*said, cc)) in phrases:
                    return True
    return False


def _nobody(subject: "Token") -> bool:
    """Whether ``subject`` names nobody and nothing ("no group", "no one", "nobody", "none of
    the soldiers"): what its verb tells did not happen."""
    if subject.lower_ in words("events", "negative_subjects"):
        return True
    return any(c.dep_ == "det" and c.lower_ in words("events", "negative_determiners") for c in subject.children)


def _conditional(verb: "Token") -> bool:
    """Whether ``verb`` tells, with a modal auxiliary, what follows from a condition: "if
    troops advance, commanders *will* withdraw", "should any attempt be made to free them,
    they *will* be killed"; or what a rule makes possible "when" something holds ("a state
    of emergency *can* be declared when the union faces ..."): hypothetical, not planned."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not modals & words("events", "consequence_auxiliaries"):
        return False
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ in ("ccomp", "conj"):  # "warned that should any attempt be made ..., they will be killed"
        clauses += [c for c in verb.head.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i]
    for c in clauses:
        marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "advmod")}
        if marks & words("events", "conditional_marks"):
            return True
        if marks & words("events", "general_marks") and modals & words("events", "possibility_auxiliaries"):
            return True
        first = next((g for g in c.subtree if not (g.dep_ == "mark" and g.head.i == c.i)), c)
        if first.dep_ == "aux" and first.head.i == c.i and first.lower_ in words("events", "inversion_auxiliaries"):
            return True  # "should any attempt be made", "were the army to advance"
    return False


def _future_condition(clause: "Token", verb: "Token") -> bool:
    """Whether ``clause`` is a condition or a time (``temporal_marks``: "once", "after",
    "until") of ``verb``, which carries a modal or future auxiliary ("will arrive only
    *after* the council is sworn in"): what it tells is to happen first, so has not yet."""
    marks = {g.lower_ for g in clause.children if g.dep_ == "mark" or (g.dep_ == "advmod" and g.i < clause.i)}
    if verb.pos_ == "ADV" and verb.dep_ == "advmod":  # "as soon as the ceasefire is signed": its words, then their verb
        own = [*verb.lefts, verb, *(g for g in clause.children if g.dep_ == "mark")]
        marks.add(" ".join(t.lower_ for t in sorted(own, key=lambda t: t.i)))
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not marks & words("events", "temporal_marks"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in words("events", "consequence_auxiliaries") for c in verb.children)


def _reported_future(ctx: ArticleContext, verb: "Token") -> bool:
    """Whether ``verb`` carries a will / would of its own ("talks will resume on Monday"):
    what goes on again then is a plan, not a state that holds now."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children)


def _may_restart(verb: "Token") -> bool:
    """Whether ``verb`` says that something stopped may start again ("talks *could resume* next
    month", "aid deliveries *may resume* on Sunday", ``restart_verbs`` with a modal of
    ``possibility_auxiliaries``): it is not going on now, so its modal tells its modality."""
    return verb.lemma_.lower() in words("events", "restart_verbs") and any(
        c.dep_ == "aux" and c.lower_ in words("events", "possibility_auxiliaries") for c in verb.children)


def _finite(verb: "Token") -> bool:
    """Whether ``verb`` carries its own tense ("got stuck", "were ambushed", "fled"), so is no
    part of an infinitive it is conjoined to."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _declared(ctx: ArticleContext, speech: Draft, d: Draft) -> bool:
    """Whether ``d`` is done by the announcement that is its governor (``declared_classes``:
    "declared a ceasefire", "announced a curfew", "declared war"); the announcement stays an
    event of its own, with its own time ("announced a truce that begins on Sunday")."""
    lex = ctx.lex
    return lex.is_a(speech.cls, "Announcement") and any(lex.is_a(d.cls, str(c)) for c in lexicon("events")["declared_classes"])


def _said_of(ctx: ArticleContext, speech: Draft, d: Draft) -> bool:
    """Whether event noun ``d`` is what a statement says something of with a copula ("claimed
    *the election* was a fraud", "said *the explosion* was an accident", "denied that *the
    strike* was deliberate"): the predicate is the claim or the denial; the event it is said
    of is taken as given."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.support is not None or n.dep_ != "nsubj":
        return False
    be = n.head
    if be.lemma_ != "be" or not any(c.dep_ in ("attr", "acomp") for c in be.children):
        return False
    anchor = speech.trigger.verb or speech.head
    return be.dep_ == "ccomp" and be.head.i == anchor.i and ctx.lex.is_communication(speech.cls)


def _involved_in(d: Draft) -> bool:
    """Whether event noun ``d`` is, definite, what a denied part is in ("dismissed the charge
    that it was involved *in the raid*", "denied any role in *the killings*"): the part is
    denied, the event is taken as given ("denied reports *of a massacre*" denies it)."""
    n = d.noun
    return n is not None and d.trigger.verb is None and n.dep_ == "pobj" and n.head.lower_ in ("in", "behind") and _definite(n)


def _denied_word(ctx: ArticleContext, denial: Draft, d: Draft) -> bool:
    """Whether ``d`` is a speech act a denial has for its object ("denied *the accusations*",
    "rejected the claims"): the accusations were made; their content is what is denied."""
    if not ctx.lex.is_a(denial.cls, "Denial") or not ctx.lex.is_communication(d.cls) or d.noun is None:
        return False
    anchor = denial.trigger.verb or denial.head
    return d.noun.dep_ == "dobj" and d.noun.head.i == anchor.i


def _content_of_appeal(ctx: ArticleContext, d: Draft) -> bool:
    """Whether event noun ``d`` is what demands or calls are said to be or include ("the
    protesters' *demands include* the release of political prisoners", "their main *demand is*
    the resignation of the president"): called for, not yet done."""
    n = d.noun
    if n is None or d.trigger.verb is not None or d.support is not None:
        return False
    while n.dep_ == "conj":  # "include the release of prisoners and an end to the curfew"
        n = n.head
    verb = n.head
    if n.dep_ not in ("dobj", "attr") or verb.lemma_.lower() not in words("events", "content_verbs"):
        return False
    return any(c.dep_ == "nsubj" and (g := ctx.owner.get(c.i)) is not None and g.noun is not None and g.noun.i == c.i
               and ctx.lex.is_a(g.cls, "Appeal") for c in verb.children)


def _charged_with(ctx: ArticleContext, accusation: Draft, d: Draft) -> bool:
    """Whether event noun ``d`` is, with a definite or possessive determiner, what an
    accusation charges someone with ("blamed the army *for the bombing* of the market",
    "accused Russia *of the attack* on the dam"): it took place; who did it is the charge."""
    n = d.noun
    if n is None or d.trigger.verb is not None or not ctx.lex.is_a(accusation.cls, "Accusation"):
        return False
    if n.dep_ != "pobj" or n.head.lower_ not in ("for", "of"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss" for c in n.children):
        return False  # "accused them of war crimes": of a kind of act, itself the charge
    anchor = accusation.trigger.verb or accusation.head
    prep = n.head
    return prep.head.i == anchor.i or (prep.head.head.i == anchor.i and prep.head.dep_ in ("dobj", "nsubjpass", "pobj"))


def _accused_of(ctx: ArticleContext, d: Draft) -> bool:
    """Whether ``d`` is the act someone is accused or blamed of ("accused the army *of using
    excessive force*", "were accused by residents of *looting*"), by an accusation that is no
    condemnation (``factive_classes``: "condemned them for the killing" takes it as done)."""
    tok = d.trigger.verb
    if tok is None or tok.dep_ != "pcomp" or tok.head.lower_ not in ("of", "for"):
        return False  # "blamed for the bombing": the bombing took place, who did it is the charge
    factive = [str(c) for c in lexicon("events")["factive_classes"]]
    for _ in range(4):  # up the "of" phrase, also when parsed on the accuser ("accused by the protesters of ...")
        tok = tok.head
        g = ctx.owner.get(tok.i)
        if g is not None and g is not d and (g.trigger.verb is not None and g.trigger.verb.i == tok.i):
            return ctx.lex.is_a(g.cls, "Accusation") and not any(ctx.lex.is_a(g.cls, c) for c in factive)
        if tok.dep_ not in ("prep", "pobj", "agent", "pcomp") or tok.head.i == tok.i:
            return False
    return False


def _presupposed(ctx: ArticleContext, speech: Draft, d: Draft) -> bool:
    """Whether ``d`` is what a speech act of ``factive_classes`` takes for granted ("condemned
    Sunday's attack", "welcomed the release of the crew"): it took place, as the act is told;
    not a kind of event ("condemns *any* attack on civilians")."""
    if not any(ctx.lex.is_a(speech.cls, str(c)) for c in lexicon("events")["factive_classes"]):
        return False
    noun = d.noun if d.trigger.verb is None and d.noun is not None else None
    if noun is not None and any(c.dep_ == "det" and c.lower_ in words("events", "generic_factive_determiners") for c in noun.children):
        return False
    # what the act is about, in its own phrase: not a clause joined to it ("was criticised ...
    # and *guided the protests*") nor one told inside its object ("criticism from a commission
    # which *called* it a massacre")
    anchor = speech.trigger.verb or speech.support or speech.head
    tok = noun if noun is not None else d.head
    for _ in range(12):
        if tok.i == anchor.i:
            return True
        if tok.head.i == tok.i or tok.dep_ in ("conj", "ccomp", "advcl", "relcl", "acl", "parataxis", "appos", "oprd", "attr"):
            return False
        tok = tok.head
    return False


def _background(ctx: ArticleContext, d: Draft, appeal: Draft) -> bool:
    """Whether an event inside an appeal is not what is called for: what the appeal asks to
    stop ("urged Israel to stop its offensive"), the topic of a thing asked for ("to disclose
    details about the crackdown", "called for an end to the war"), or what a relative clause
    says of someone named in it ("called for reinforcements from the Maute group, which was
    responsible for the 2016 Davao bombing")."""
    anchor = appeal.trigger.verb or appeal.support or appeal.head
    tok = d.noun if d.trigger.verb is None and d.noun is not None else d.head
    for _ in range(12):
        if tok.i == anchor.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("relcl", "appos") or (tok.dep_ == "acl" and tok.tag_ != "TO"):
            return True
        if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "xcomp") and tok.head.lemma_.lower() in words("events", "cessative_verbs"):
            return True
        if (tok.dep_ == "pobj" and tok.head.lower_ in ("into", "about") and tok.head.head.pos_ == "VERB"
                and (verb_of := ctx.owner.get(tok.head.head.i)) is not None and verb_of is not d and verb_of is not appeal):
            return True  # "to set up an investigation into allegations": the topic of the event set up
        if tok.dep_ == "pobj" and tok.head.lower_ in words("events", "means_prepositions"):
            return False  # "urged the Government to address grievances through dialogue": how, called for too
        if (tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN")
                and (tok.head.head.i not in ctx.owner or tok.head.lower_ in ("into", "about"))
                and not (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in words("events", "enabling_nouns"))):
            # "to disclose details about last week's crackdown", "an end to the war", "an
            # investigation into the killings" (an event, with its topic): its topic; but "to
            # allow the delivery of aid": what is called for
            return True
        tok = tok.head
    return False


def _told_in_appeal(ctx: ArticleContext, d: Draft, appeal: Draft) -> str | None:
    """The modality of an event an appeal tells as its background ("called for an inquiry
    into the killings of 19 protesters", "urged restraint after days of fighting", "urged
    Israel to stop its offensive"): it happened, as the appeal is told (asserted, or reported
    when a statement carries the appeal), unless its own words say otherwise ("into the
    *possible* killings", "an *alleged* massacre"); not what the appeal's call makes of it."""
    start = d.noun if d.trigger.verb is None and d.support is None else (d.trigger.verb or d.support)
    own: list[str] = []
    if start is not None:
        _own_cues(ctx, start, own)
    if own:
        return "hypothetical" if DEONTIC in own or CONDITION in own else own[0]
    return "reported" if _attribution(ctx, appeal) is not None else "asserted"


def _hearsay(ctx: ArticleContext, verb: "Token") -> bool:
    """A speech verb in the passive ("is said to", "are reported to", "was believed to"):
    what it raises is reported, by nobody the sentence names."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ in ("acl", "relcl")
    speech = any(ctx.lex.is_communication(p.cls) for p in ctx.lex.verbs_for(verb.lemma_)) or verb.lemma_.lower() in words("events", "belief_verbs")
    return passive and verb.tag_ == "VBN" and speech


def assign_modalities(ctx: ArticleContext) -> None:
    quotes = ctx.quotes
    said: dict[int, bool] = {}  # drafts reported only because a statement carries them
    for d in ctx.drafts:
        inner = _attribution(ctx, d)
        verb = (inner.trigger.verb or inner.head) if inner is not None else None
        ctx.backshift = (
            verb is not None and verb.tag_ == "VBD" and not any(a <= d.head.idx < b for a, b in quotes)
        )
        cues = _modality_cues(ctx, d)
        modality = None
        if DEONTIC in cues or CONDITION in cues:  # an obligation, a prohibition or a condition: it has not happened
            cues = ["hypothetical"]
        for cue in cues:
            if modality is None or modality == "reported":
                modality = cue
            elif modality == "planned" and cue in ("hypothetical", "negated"):
                modality = cue
            elif modality == "hypothetical" and cue == "negated":
                modality = cue  # "would never negotiate"
        d.attributed_to = inner
        given = inner is not None and modality is None and (_said_of(ctx, inner, d) or _denied_word(ctx, inner, d))
        if given:
            # "claimed the election was a fraud": the election took place, the fraud is the
            # claim; "denied the accusations": they were made, their content is denied
            modality = "reported" if _attribution(ctx, inner) is not None else "asserted"
        if inner is not None and not given and ctx.lex.is_a(inner.cls, "Denial") and modality in (None, "reported"):
            if _involved_in(d):
                modality = "reported" if _attribution(ctx, inner) is not None else "asserted"  # "denied it was involved in the raid": the raid took place
            else:
                modality = "negated"  # what is denied is said not to have happened
        if inner is not None and modality is None and _presupposed(ctx, inner, d):
            modality = "reported" if _attribution(ctx, inner) is not None else "asserted"  # "condemned Sunday's attack": it took place
        if inner is not None and inner is d.governor and modality in (None, "reported") and _declared(ctx, inner, d):
            modality = "asserted"  # "the Houthis declared a ceasefire": declaring it does it, it is no report
        if inner is not None and ctx.lex.is_a(inner.cls, "Appeal") and modality in (None, "reported", "hypothetical", "negated"):
            if not _background(ctx, d, inner):
                if modality in (None, "reported", "negated"):  # "to ensure people are not arrested": asked for, not a fact
                    modality = "hypothetical"  # what is called for has not happened
            else:
                modality = _told_in_appeal(ctx, d, inner)
        if modality is None and _content_of_appeal(ctx, d):
            modality = "hypothetical"  # "the protesters' demands include the release of political prisoners"
        if inner is not None and modality is None and _charged_with(ctx, inner, d):
            # "blamed the army for the bombing of the market": the bombing took place, who did it is the charge
            modality = "reported" if _attribution(ctx, inner) is not None else "asserted"
        if modality is None and _accused_of(ctx, d):
            modality = "reported"  # "have been accused by the protesters of using excessive force": the accusers' word
        if modality is None:
            modality = "reported" if inner is not None else "asserted"
            said[id(d)] = modality == "reported"
        if modality in ("asserted", "reported") and disbelieved(d):
            modality = "negated"  # "we do not believe that there was a second explosion": said not to have happened
            said[id(d)] = False
        d.modality = modality
        if d.noun is not None and any(c.dep_ == "amod" and c.lower_ in ctx.lex.outcome_cues for c in d.noun.children):
            d.outcome = "failed"  # "the failed assault", "a foiled attack", "an attempted coup"
        # (and any event of a general rule, a speech act too: "a state of emergency can be
        # legally proclaimed if the life of the nation is threatened")
        if (not ctx.lex.is_communication(d.cls) and _habitual(ctx, d)) or general_rule(d.trigger.verb or d.support, d.noun):
            d.period = True  # told again and again, or of a kind: no single dated occasion (timing keeps its own time only)
            d.habitual = True
    for d in ctx.drafts:
        inner = d.attributed_to
        if said.get(id(d)) and inner is not None and inner.modality == "negated" and not ctx.lex.is_a(inner.cls, "Denial"):
            d.modality = "asserted"  # "no group has claimed the bombing": nobody's word carries it, the article tells it


def _habitual_clause(verb: "Token") -> bool:
    """Whether ``verb``'s clause tells what happens again and again: an adverb of frequency
    ("regularly kill", "frequently kidnap"), a time quantified by "every" or "each" ("every
    year, floods displace"), or a subject naming a kind of event ("such strikes kill")."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):  # "regularly shell and loot"
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ in words("events", "habitual_adverbs"):
                return True
            if c.dep_ in ("npadvmod", "tmod", "advmod") and any(
                    g.dep_ == "det" and g.lower_ in words("events", "habitual_quantifiers") for g in c.children):
                return True
            if c.dep_ in ("nsubj", "nsubjpass") and _generic_noun(c):
                return True
    return False


def _generic_noun(noun: "Token") -> bool:
    """Whether ``noun`` names a kind of event, not an occasion ("*such* strikes")."""
    return any(c.dep_ in ("det", "amod", "predet") and c.lower_ in words("events", "generic_determiners") for c in noun.children)


def _habitual(ctx: ArticleContext, d: Draft) -> bool:
    """Whether ``d`` is told as habitual or generic ("such strikes regularly kill
    civilians", "armed gangs frequently kidnap travellers", "attacks on schools are
    increasing", "abductions have become routine"): no single occasion."""
    verb = d.trigger.verb or d.support
    if d.support is not None and _trend(d.support) and any(c.dep_ == "aux" for c in d.support.children):
        # "the paramilitaries have intensified drone attacks": more and more of them (not
        # "amid intensifying border clashes": one stretch of fighting, told elsewhere)
        return True
    if verb is not None:
        return _habitual_clause(verb) or _toll_over_a_period(ctx, verb) or campaign(verb, d.noun)
    noun = d.noun
    if noun is None:
        return False
    if _generic_noun(noun) or kind_told(noun):
        return True
    h = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ not in ("NNS", "NNPS") or h.pos_ not in ("VERB", "AUX"):
        return False
    if h.i in ctx.owner:
        return _habitual_clause(h)  # "attacks on convoys regularly kill aid workers"
    return _trend(h)


def _phrasal(verb: "Token") -> set[str]:
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def _trend(h: "Token") -> bool:
    """Whether ``h`` tells a trend in the present ("are increasing", "have intensified",
    "have become routine"), not a change at one time ("attacks rose sharply in March")."""
    if not (_phrasal(h) & words("events", "trend_verbs")) or h.tag_ == "VBD" or _past_aux(h):
        return False
    if h.lemma_.lower() == "become":
        return any(c.dep_ in ("attr", "acomp", "oprd") and c.lemma_.lower() in words("events", "trend_adjectives") for c in h.children)
    return True


def _toll_over_a_period(ctx: ArticleContext, verb: "Token") -> bool:
    """Whether ``verb`` tells, in the present perfect, the toll of a stretch of conflict or of
    many events ("the war has killed tens of thousands", "attacks on the city have killed
    500 civilians"): counted over a period, no single occasion."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        verb = verb.head  # "has killed tens of thousands and displaced 12 million"
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i not in ctx.owner:
        return False  # "the RSF has killed ...": a doer, not a stretch of time
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "this", "that") for c in subj.children) or any(c.dep_ == "nummod" for c in subj.children):
        return False  # "an airstrike has killed 20 people": one occasion
    lemma = subj.lemma_.lower()
    compound = next((f"{c.lower_} {lemma}" for c in subj.children if c.dep_ in ("amod", "compound") and c.i == subj.i - 1), "")
    return subj.tag_ in ("NNS", "NNPS") or lemma in words("events", "period_nouns") or compound in words("events", "period_nouns")


def _past_copula(adj: "Token") -> bool:
    """Whether the adjective ``adj`` is told in a past or perfect tense by its copula ("*were*
    able to retake the town", "*has been* able to deliver aid"): what it let happen happened;
    with none ("the rebels, still able to strike") or in the present ("are able to reach the
    town") it tells what can be done."""
    cop = adj.head if adj.dep_ == "acomp" else None
    if cop is None or cop.i == adj.i:
        return False
    return cop.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in cop.children)


def _past_aux(verb: "Token") -> bool:
    """Whether ``verb`` is told in a past tense by its auxiliaries ("had risen", "were increasing")."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _attribution(ctx: ArticleContext, d: Draft) -> Draft | None:
    best: Draft | None = None
    for other in ctx.drafts:
        if other is d or other.frame is None or other is d.channel_event:
            continue
        if other.frame.covers(d.head) or (d.noun is not None and other.frame.covers(d.noun)):
            if d.frame is not None and d.frame.covers(other.head):
                continue
            if d.frame is not None and d.roles.get("speaker") and d.roles.get("speaker") == other.roles.get("speaker"):
                continue  # "emphasized ..., while also pressing ...": one speaker's acts
            if best is None or other.frame.size() < best.frame.size():
                best = other
    if best is None and d.governor is not None:
        best = d.governor
    return best
