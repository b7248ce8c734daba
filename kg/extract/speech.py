"""Reported speech: who said what to whom, in which words, through which channel.

A speech act is an event of a class under ``kgo:Communication`` (say, announce, urge,
accuse...). For its verb this module finds, from the dependency parse,

* the **speaker** (subject, passive agent, or "a statement issued by X"),
* the **addressees** ("urged Azerbaijan", "Speaking to POLITICO", "called on all sides"),
* the **channel** ("in a statement", "in an interview", "Speaking to POLITICO", "wrote on X"),
* the **content**: the clauses it governs and the quotations attributed to it.

A dateline ("DOHA, Qatar (AP) —", "KHARTOUM —") is never a speaker or a subject. A
platform named after "on" is a channel whatever the parser made of it ("said on X.").
"A Hamas official said", "a spokesman for the Arakan Army told Reuters": when the subject
is a spokesperson noun naming no one, the organisation it speaks for is the speaker.
"The U.N. human rights office said": a body of an organisation speaks for it. "The group
said" stands for the organisation named before; "the ministry said" for the body named
before with that noun ("the mission": the one named "the UN mission MINUSCA"). A document
speaks for who wrote it: "a UN report said", "a report by X", "the report said" after "X
said in its latest report". "said X, a mother ... sheltering in Y": a name the parser hung
under a participle still speaks. "According to X, ..." makes X the speaker of the clause,
X resolved as the subject of "X said" is. The words are data:
``ontology/lexicon/speech.toml``.

Events whose trigger lies in the content are the speech act's attributed content
(:attr:`Event.attributed_to <kg.extract.model.Event.attributed_to>`), reported rather than
asserted. Works on tokens only; :mod:`kg.extract.events` resolves tokens to entities.

>>> text = 'He said: “We will not attack,” and left.'
>>> [text[s:e] for s, e in quote_spans(text)]
['We will not attack,']
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .dateline import in_dateline
from .doctext import doc_text, sentence_start
from .event_lexicon import fold
from .wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "SpeechFrame",
    "quote_spans",
    "speech_frame",
    "attach_quotes",
    "subject_of",
    "best_quote",
]

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
_NOT_MEDIA_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "PERSON", "NORP", "CARDINAL", "ORDINAL", "QUANTITY"})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def _words(key: str) -> frozenset[str]:
    return words("speech", key)


_QUOTE_MARKS = re.compile(r'[“«„"]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The inner spans (without the marks) of the quotations in ``text``, in order.

    Curly and guillemet quotes pair by their shape; straight double quotes pair in turn.
    A quotation left open at the end of a paragraph closes there (a quote running over
    several paragraphs reopens each one). Single quotes (‘…’ or '…', as British and UN
    style quote) count where they cannot be apostrophes: opening before a capital at the
    start of a paragraph or after a space, closing after a comma or a stop, within the
    paragraph, outside any double-quoted span.

    >>> text = "'We are ready,' the RSF's spokesman said. Ukraine’s army said: ‘We held the line.’"
    >>> [text[s:e] for s, e in quote_spans(text)]
    ['We are ready,', 'We held the line.']
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while True:
        m = _QUOTE_MARKS.search(text, i)
        if m is None:
            break
        i = m.start()
        close = _OPEN_CLOSE.get(text[i], '"')
        end = text.find(close, i + 1)
        para = text.find("\n\n", i + 1)
        if end == -1 or (para != -1 and para < end):
            end = para if para != -1 else n
            spans.append((i + 1, end))
            i = end
            continue
        spans.append((i + 1, end))
        i = end + 1
    for m in _SINGLE_QUOTED.finditer(text):
        s, e = m.start("q"), m.end("q")
        if not any(a - 1 <= s and e <= b + 1 for a, b in spans):
            spans.append((s, e))
    return sorted((s, e) for s, e in spans if e > s)


# '…' / ‘…’ where neither mark can be an apostrophe
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?P<q>[A-Z][^\n'‘’]*?(?:[’'][a-z][^\n'‘’]*?)*[,.?!])['’](?=[\s)\]—–]|$)")


@dataclass
class SpeechFrame:
    """What the parse says about one speech act (tokens and character spans only)."""

    verb: "Token"
    verbs: list["Token"] = field(default_factory=list)  # the verb and the verbs merged with it
    speaker: "Token | None" = None
    issuer: "Token | None" = None  # "a statement issued by X"
    addressees: list["Token"] = field(default_factory=list)
    channel: str | None = None
    channel_noun: "Token | None" = None
    content: set[int] = field(default_factory=set)  # token indices
    quotes: list[tuple[int, int]] = field(default_factory=list)  # character spans
    excluded: set[int] = field(default_factory=set)  # speaker, channel, addressee tokens

    _covered: set[int] | None = field(default=None, repr=False)

    def covers(self, token: "Token") -> bool:
        """Whether ``token`` is part of what this speech act says (content or quotations)."""
        if self._covered is None:
            ids = set(self.content)
            doc = self.verb.doc
            for s, e in self.quotes:
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    ids.update(range(span.start, span.end))
            self._covered = ids
        return token.i in self._covered

    def add_quote(self, start: int, end: int) -> None:
        self.quotes.append((start, end))
        self._covered = None

    def drop_content(self, ids: set[int]) -> None:
        """Take tokens ``ids`` out of what this speech act says (another act's words)."""
        self.content -= ids
        self._covered = None

    def size(self) -> int:
        """How much text the content spans (to find the innermost of nested speech)."""
        return len(self.content) + sum(e - s for s, e in self.quotes) // 4


def _subtree_ids(token: "Token") -> set[int]:
    return {t.i for t in token.subtree}


def _complement_agent(verb: "Token") -> "Token | None":
    """The "by" agent of a passive that the parser hung on the passive's complement: "were
    designated a terrorist organization *by the United States*", "was recognized and
    acknowledged as an interim administration *by the Federal Government*" (also on a
    coordinated verb that shares the passive's subject)."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for v in verbs:
        for comp in v.children:
            if comp.dep_ == "prep" and comp.lower_ == "as":
                comp = next((g for g in comp.children if g.dep_ == "pobj"), comp)
            elif comp.dep_ not in ("dobj", "oprd", "attr"):
                continue
            for prep in comp.children:
                if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > comp.i:
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.pos_ in ("PROPN", "NOUN") and pobj.tag_ != "VBG":
                        return pobj
    return None


def subject_of(verb: "Token", *, climb: bool = True) -> "Token | None":
    """The subject of ``verb``: its nsubj, the agent of a passive, or (for a verb without
    one) the subject of the verb it depends on through conj, xcomp, advcl or "in order to".
    """
    seen = 0
    token = verb
    raised = False  # reached through "is said to have", "are believed to"
    while token is not None and seen < 6:
        seen += 1
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj") and not in_dateline(child):
                return child
        if raised and any(c.dep_ == "auxpass" for c in token.children):
            # "The RSF is reported to have captured Mellit": the passive's subject does it
            subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return subj
        if token.tag_ == "VBN" and token.dep_ in ("advcl", "ccomp", "conj") and not any(c.dep_ in ("aux", "dobj") for c in token.children):
            # "higher than announced by the police": a participle's "by" agent, with no auxiliary
            for child in token.children:
                if child.dep_ == "agent":
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            for child in token.children:
                if child.dep_ == "agent":
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
            return _complement_agent(token) if token == verb or verb.dep_ == "conj" else None
        if not climb:
            return None
        head = token.head
        if head == token:
            return None
        if token.dep_ in ("conj", "xcomp", "advcl", "pcomp") and head.pos_ in ("VERB", "AUX"):
            raised = token.dep_ == "xcomp"
            token = head
            continue
        if token.dep_ == "acl" and head.dep_ == "pobj" and head.lemma_.lower() in _words("purpose_nouns"):
            token = head.head.head if head.head.dep_ == "prep" else None
            continue
        if token.dep_ in ("advcl", "acl", "conj") and head.pos_ in ("NOUN", "PROPN"):
            # "emphasized the need ..., while also pressing the country": up to the verb
            token = head.head if head.head.pos_ in ("VERB", "AUX") else None
            continue
        return None
    return None


def _channel(verb: "Token", channel_nouns: frozenset[str]) -> tuple[str | None, "Token | None", list["Token"], set[int]]:
    """(channel text, channel noun, addressees, tokens used) of a speech verb."""
    doc = verb.doc
    # (and on its object, where the parser often hangs it: "claimed responsibility in a
    # statement", "condemned the attack in a statement"; or on a subject after the verb:
    # "said the Mission in a statement")
    preps = [*verb.children, *(p for o in verb.children if o.dep_ == "dobj" or (o.dep_ == "nsubj" and o.i > verb.i)
                               for p in o.children if p.i > o.i)]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lemma_.lower() not in _words("channel_preps"):
            continue
        platform = _platform_after(prep)
        if platform is not None and prep.i > verb.i:  # "said on X.", "wrote on Telegram"
            said = doc[prep.i:platform.end]
            return f"{verb.text} {said.text}".rstrip("."), platform.root, [], {t.i for t in said}
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if fold(pobj.lemma_) in channel_nouns and pobj.pos_ in ("NOUN", "PROPN"):
            if prep.lemma_.lower() == "on" and pobj.i < verb.i:
                continue
            left = min(prep.i, pobj.left_edge.i)
            words = doc[left:pobj.i + 1]
            text = words.text
            if prep.lemma_.lower() in _words("channel_after_preps") and pobj.i > verb.i:
                text = f"{verb.text} {text}"  # "wrote on X", "said on television"
            # "in a statement to Reuters": to whom it was said (not "in a call with Aliyev", who
            # takes part in the call, whatever was urged in it)
            addressees = [g for p in pobj.children if p.dep_ == "prep" and p.lemma_.lower() == "to"
                          for g in p.children if g.dep_ == "pobj"]
            return text, pobj, addressees, {t.i for t in words}
        if (prep.lemma_.lower() == "on" and pobj.pos_ == "PROPN" and pobj.ent_type_ not in _NOT_MEDIA_ENTS and pobj.i > verb.i
                and verb.lemma_.lower() not in _words("addressee_on_verbs")):  # "called on the Government": whom
            words = doc[prep.i:pobj.i + 1]
            return f"{verb.text} {words.text}", pobj, [], {t.i for t in words}
    for adv in verb.children:
        if adv.dep_ == "advcl" and adv.lemma_.lower() in _words("channel_verbs") and adv.tag_ == "VBG":
            prep = next((c for c in adv.children if c.dep_ == "prep"), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if pobj is None:
                continue
            words = doc[adv.i:pobj.i + 1]
            addressees = [pobj] if prep.lemma_.lower() in _words("addressee_preps") else []
            return words.text, None, addressees, {t.i for t in words}
    return None, None, [], set()


@functools.lru_cache(maxsize=1)
def _platform_names() -> frozenset[str]:
    """The platforms of ``speech.toml``, folded as :func:`_platform_after` compares them."""
    return frozenset(fold(n) for n in _words("platforms"))


def _platform_after(prep: "Token"):  # -> spacy Span | None
    """The platform named right after ``prep`` ("on X", "via Telegram"), if any."""
    doc = prep.doc
    names = _platform_names()
    for n in (3, 2, 1):
        span = doc[prep.i + 1:prep.i + 1 + n]
        if len(span) == n and span[0].text[:1].isupper() and fold(span.text.rstrip(".")) in names:
            return span
    return None


def _issuer(noun: "Token") -> "Token | None":
    """X in "a statement issued by X" or "X's statement"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "acl" and child.lemma_.lower() in _words("issue_verbs"):
            for agent in child.children:
                if agent.dep_ == "agent":
                    pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    return None


def _nearest_actor(verb: "Token", is_actor: Callable[["Token"], bool], excluded: set[int]) -> "Token | None":
    """For a speech verb the parser left without a subject: the nearest actor before it
    in its sentence that no other candidate governs ("Speaking to POLITICO, Hikmet Hajiyev,
    adviser to President Aliyev, said")."""
    sent = verb.sent
    candidates = [t for t in sent if t.i < verb.i and t.i not in excluded and is_actor(t)]
    ids = {t.i for t in candidates}
    free = [t for t in candidates if not any(a.i in ids for a in t.ancestors)]
    return free[-1] if free else None


def speech_frame(
    verb: "Token",
    *,
    channel_nouns: frozenset[str],
    is_actor: Callable[["Token"], bool],
    merged: Iterable["Token"] = (),
    addressee_objects: bool = True,
) -> SpeechFrame:
    """The speaker, addressees, channel and content of the speech act ``verb`` reports.

    Parameters
    ----------
    verb : Token
        The speech verb (or, for a speech noun such as "announcement", that noun).
    channel_nouns : frozenset of str
        Folded nouns that name a medium (from the ontology's ``kgo:channelNoun``).
    is_actor : callable
        Whether a token names an actor (has an entity); used when the parse gives no subject.
    merged : iterable of Token
        Other verbs of the same speech act ("said ... and added that ...").
    addressee_objects : bool
        Whether the direct object is the addressee ("urged Azerbaijan") rather than what
        is said ("announced an offensive").
    """
    frame = SpeechFrame(verb=verb, verbs=[verb, *merged])
    actor_test = is_actor
    is_actor = lambda t: not in_dateline(t) and actor_test(t)  # noqa: E731
    if verb.lemma_.lower() in _words("source_verbs"):
        return _source_frame(frame, is_actor)
    for v in frame.verbs:
        text, noun, addressees, used = _channel(v, channel_nouns)
        if text and frame.channel is None:
            frame.channel, frame.channel_noun = text, noun
            frame.excluded |= used
        frame.addressees.extend(a for a in addressees if a not in frame.addressees)
    if frame.channel_noun is not None:
        frame.issuer = _issuer(frame.channel_noun)
    if frame.issuer is None:
        # "a statement released by X read", "this statement, read by X, said": the channel
        # noun that is the speech act itself, or the subject of its verb, names who issues it
        for v in frame.verbs:
            medium = v if v.pos_ in ("NOUN", "PROPN") else next(
                (c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if medium is not None and fold(medium.lemma_) in channel_nouns and (issuer := _issuer(medium)) is not None and issuer.dep_ == "pobj":
                frame.issuer = issuer
                break
    for v in frame.verbs:
        if v.pos_ in ("NOUN", "PROPN"):
            for child in v.children:
                if child.dep_ == "prep" and child.lemma_.lower() in _words("content_preps"):
                    frame.content |= _subtree_ids(child)
                elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() not in _words("issue_verbs"):
                    frame.content |= _subtree_ids(child)
            continue
        for child in v.children:
            if child.dep_ in _CONTENT_DEPS:
                frame.content |= _subtree_ids(child)
            elif child.dep_ in ("dobj", "dative"):
                if addressee_objects or child.dep_ == "dative":
                    frame.addressees.append(child)
                    for prep in child.children:  # "accused the RSF of ethnic cleansing"
                        if prep.dep_ == "prep" and prep.lemma_.lower() in _words("object_content_preps"):
                            frame.content |= _subtree_ids(prep)
                else:  # what is said, without the writer's comment on it ("…, which could …")
                    frame.content |= _subtree_ids(child) - {t.i for c in child.children if c.dep_ == "relcl" for t in c.subtree}
            elif child.dep_ == "nsubjpass" and addressee_objects:
                frame.addressees.append(child)  # "the Council was briefed by ...", "Israel was urged to ..."
            elif (child.dep_ == "prep" and child.lemma_.lower() in _words("prepositional_addressee_preps")
                  and v.lemma_.lower() in _words("prepositional_addressee_verbs")):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.i not in frame.excluded:
                    frame.addressees.append(pobj)
            elif child.dep_ == "prep" and child.lemma_.lower() in _words("content_preps"):
                frame.content |= _subtree_ids(child)
    speaker = subject_of(verb)
    raising = any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)
    if raising:  # "The RSF is reported to have captured ...": who reports is not said
        frame.content |= {t.i for c in verb.children if c.dep_ in ("nsubjpass", "xcomp") for t in c.subtree}
    if speaker is not None and speaker.i in frame.content:
        speaker = None
    if speaker is None:
        # "Speaking to POLITICO, Hikmet Hajiyev, ..., said": the parser often makes the
        # speaker a conjunct of the addressee; a conjunct joined by a comma alone is not one
        for a in frame.addressees:
            for c in a.children:
                between = verb.doc[a.i + 1:c.i]
                if c.dep_ == "conj" and c.i < verb.i and not any(t.dep_ == "cc" for t in between) and is_actor(c):
                    speaker = c
                    frame.excluded.add(c.i)
    frame.excluded |= {a.i for a in frame.addressees}
    if speaker is None and not raising and verb.pos_ in ("VERB", "AUX"):
        # "“We have taken Kidal,” Colonel X, the army's spokesman, said": a name between the
        # closing quotation mark and the verb speaks, wherever the parser hung it
        named = _between_quote_and_verb(verb, is_actor)
        if named is not None:
            speaker = named
            frame.content -= {t.i for t in verb.doc[named.left_edge.i:verb.i]}
    if speaker is None and not raising and verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("ROOT", "parataxis"):
        blocked = frame.excluded | frame.content | {t.i for a in frame.addressees for t in a.subtree}
        speaker = _nearest_actor(verb, is_actor, blocked)
    if speaker is not None and in_dateline(speaker):
        speaker = None
    if speaker is not None and not is_actor(speaker):
        speaker = _author(speaker, is_actor) or speaker
    frame.speaker = speaker
    frame.content -= {verb.i}
    return frame


_CLOSING_MARKS = frozenset({"”", "»", '"', "’"})


def _between_quote_and_verb(verb: "Token", is_actor: Callable[["Token"], bool]) -> "Token | None":
    """The actor named between a closing quotation mark and the speech verb right after it,
    with no other verb between ("“…,” *Colonel X, the army's spokesman,* said"): the first
    person named there (else the first actor), whatever the parser made of it; None when no
    quotation closes just before."""
    doc = verb.doc
    i = verb.i - 1
    start = sentence_start(verb)
    while i >= start and doc[i].text not in _CLOSING_MARKS:
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in _OPEN_CLOSE:
            return None
        i -= 1
    if i < start or i == verb.i - 1:
        return None
    between = [t for t in doc[i + 1:verb.i] if is_actor(t)]
    people = [t for t in between if t.ent_type_ == "PERSON"]  # ("UNHCR spokesman X": X speaks)
    return (people or between or [None])[0]


def _author(token: "Token", is_actor: Callable[["Token"], bool], *, depth: int = 0) -> "Token | None":
    """Who speaks when the subject of a speech verb is no actor: the organisation a
    spokesperson, a body or a document speaks for (:func:`_spoken_for`), a name hung under
    a participle (:func:`_misparsed_subject`), the organisation "the group" or "the
    ministry" refers back to, or the author of "the report" named before
    (:func:`_antecedent`, :func:`_document_author`)."""
    if depth > 2:
        return None
    return (_spoken_for(token, is_actor) or _misparsed_subject(token, is_actor) or _antecedent(token, is_actor)
            or _document_author(token, is_actor, depth=depth))


def _is_document(token: "Token") -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in _words("document_nouns") or token.lower_ in _words("document_nouns"))


def _document_author(noun: "Token", is_actor: Callable[["Token"], bool], *, depth: int = 0) -> "Token | None":
    """Who wrote the document "the report" (with "the" or "this" and no name of its own)
    refers back to: the same noun in its sentence or the three before, and its author there:
    "X's report", "a report by X", "a report published by X" (:func:`_spoken_for`), or the
    subject of the verb that issues or carries it ("X said in its latest *report*", "X
    published a *report*"). None when the article does not say."""
    if not _is_document(noun):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    if any(c.dep_ in ("compound", "nmod", "poss") for c in noun.children):
        return None  # "the UN report": its own words say whose (_spoken_for)
    doc = noun.doc
    k = sentence_start(noun)
    for _ in range(3):  # the sentence and up to three before
        k = sentence_start(doc[k - 1]) if k > 0 else k
    lemma = noun.lemma_.lower()
    for t in reversed(doc[k:noun.i]):
        if t.lemma_.lower() != lemma or t.pos_ not in ("NOUN", "PROPN") or in_dateline(t):
            continue
        found = _spoken_for(t, is_actor)
        if found is not None:
            return found
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head if t.dep_ == "dobj" else None
        subject = subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.i >= sentence_start(noun) and subject.i > noun.i:
            return None
        if is_actor(subject):
            return subject
        return _author(subject, is_actor, depth=depth + 1)
    return None


def _misparsed_subject(token: "Token", is_actor: Callable[["Token"], bool]) -> "Token | None":
    """The speaker the parser hung under a participle it took for the subject: "said Um
    Ahmed, a mother of five *sheltering* in Rafah" (the participle the subject, the name
    its subject)."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBG", "VBN"):
        return None
    return next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i and is_actor(c)), None)


def _antecedent(noun: "Token", is_actor: Callable[["Token"], bool]) -> "Token | None":
    """The organisation "the group" (``speech.toml`` ``anaphor_nouns``, with "the" and no
    modifier of its own) stands for: the last name of an organisation before it, in its
    sentence or the one before ("The Houthis said ... “…,” *the group* said"); for "the
    ministry" (``same_noun_anaphors``), the body named before with that noun."""
    lemma = noun.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in noun.children):
        return None  # "the rebel group": a description of its own
    doc = noun.doc
    if lemma in _words("same_noun_anaphors"):
        # "Sudan's foreign ministry said ... the ministry added": the body named before with
        # the same noun (and only that: the last body named may be another one)
        for t in reversed(doc[:noun.i]):
            if t.lemma_.lower() != lemma or in_dateline(t):
                continue
            if is_actor(t):
                return t
            named = next((c for c in t.children if c.dep_ == "appos" and is_actor(c)), None)
            if named is not None:  # "the UN mission MINUSCA ... the mission": MINUSCA
                return named
            owner = next((c for c in t.children if c.dep_ in ("poss", "compound", "amod", "nmod") and is_actor(c)), None)
            if owner is not None:
                return owner
        return None
    if lemma not in _words("anaphor_nouns"):
        return None
    sent = noun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[start:noun.i]):
        if t.ent_type_ in ("ORG", "NORP") and is_actor(t) and not in_dateline(t):
            return t
    return None


def _spoken_for(noun: "Token", is_actor: Callable[["Token"], bool]) -> "Token | None":
    """The organisation a spokesperson noun speaks for: "a *Hamas* official", "a spokesman
    for *the Arakan Army*", "*the army*'s spokesman", or a body of one that speaks: "*the
    U.N.* human rights office said"; None when it names none."""
    nouns = _words("spokesperson_nouns") | _words("body_nouns") | _words("document_nouns")
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    if _is_document(noun):  # "a report published by X", "a report by X"
        issuer = _issuer(noun)
        if issuer is not None:  # "a bulletin issued by the centre": the centre named before
            found = issuer if is_actor(issuer) else _author(issuer, is_actor, depth=1)
            if found is not None:
                return found
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in _words("document_preps"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and is_actor(pobj):
                    return pobj
                if pobj is not None:  # "a report by the U.N. mission": the body's organisation
                    return _author(pobj, is_actor, depth=1)
    for child in noun.children:  # "Mali's junta leader, Assimi Goita": the one named speaks
        if child.dep_ == "appos" and is_actor(child):
            return child
    for child in noun.children:
        # "Russia's state-run RIA Novosti news agency reported": the organisation the body is named
        # after speaks, not its country, the possessor before it
        if child.dep_ in ("compound", "nmod") and child.i < noun.i and child.ent_type_ == "ORG" and is_actor(child):
            return child
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < noun.i and is_actor(child):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _words("spokesperson_preps"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    if is_actor(pobj):
                        return pobj
                    inner = _spoken_for(pobj, is_actor)  # "a spokesman for the RSF's media office"
                    if inner is not None:
                        return inner
                    found = next((t for t in pobj.subtree if is_actor(t)), None)
                    if found is not None:
                        return found
    if noun.lower_ in _words("spokes_nouns") and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in noun.children
    ):
        return _speaking_subject(noun, is_actor)
    return None


def _speaking_subject(noun: "Token", is_actor: Callable[["Token"], bool]) -> "Token | None":
    """The organisation "the spokesperson" speaks for: the one that is the subject of the
    sentence before ("UNHCR warned of ... “…,” *the spokesperson* said"), if it is named."""
    doc = noun.doc
    sent = noun.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.ent_type_ in ("ORG", "NORP")]
    found = [t for t in subjects if is_actor(t) and not in_dateline(t)]
    return found[0] if len(found) == 1 else None


def _source_frame(frame: SpeechFrame, is_actor: Callable[["Token"], bool]) -> SpeechFrame:
    """"According to X, ...": X is the speaker, the clause the phrase hangs on the content."""
    verb = frame.verb
    to = next((c for c in verb.children if c.dep_ == "prep"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is not None:
        frame.speaker = source if is_actor(source) else (_author(source, is_actor) or source)
        frame.excluded |= {t.i for t in verb.subtree}
    clause = verb.head if verb.head != verb else None
    if clause is not None:
        frame.content = {t.i for t in clause.subtree} - {t.i for t in verb.subtree}
    return frame


def attach_quotes(frames: list[SpeechFrame], quotes: list[tuple[int, int]], doc: "Doc") -> None:
    """Give each quotation to the speech act that introduces it.

    A quotation goes to the nearest speech verb outside it in a sentence it overlaps
    (‘“…,” he said.’, ‘He said: “…”’); one that runs over several sentences goes to the
    verb of the sentence where it closes, or where it opens.
    """
    if not frames:
        return
    sent_of = {f.verb.i: f.verb.sent for f in frames}
    breaks = [m.start() for m in re.finditer(r"\n\n", doc_text(doc))]  # paragraph ends, in order
    for s, e in quotes:
        span = doc.char_span(s, e, alignment_mode="expand")
        words = [t.i for t in span if not t.is_punct and not t.is_space] if span is not None else []
        holders = [
            f for f in frames
            if words and not s <= f.verb.idx < e and sum(i in f.content for i in words) * 2 >= len(words)
        ]
        if holders:  # the quotation is part of a clause a speech verb governs
            min(holders, key=lambda f: f.size()).add_quote(s, e)
            continue
        best: tuple[int, SpeechFrame] | None = None
        for f in frames:
            v = f.verb
            if s <= v.idx < e:
                continue
            sent = sent_of[v.i]
            if sent.end_char <= s or sent.start_char >= e:
                continue
            distance = s - v.idx if v.idx < s else v.idx - e
            if best is None or distance < best[0]:
                best = (distance, f)
        if best is not None:
            best[1].add_quote(s, e)
            continue
        # a quotation with no speech verb in its sentences goes on with the previous
        # sentence's speaker: ‘“We are ready,” Dagalo said. “But the army must stop.”’
        last_break = breaks[bisect.bisect_left(breaks, s) - 1] if breaks and breaks[0] < s else -1
        before = [f for f in frames if last_break < f.verb.idx < s]
        if before:
            last = max(before, key=lambda f: f.verb.idx)
            if s - sent_of[last.verb.i].end_char <= 3:  # the quotation opens the very next sentence
                last.add_quote(s, e)


def strip_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without surrounding spaces and trailing punctuation inside the marks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


_WORD = re.compile(r"\w")


def best_quote(frame: SpeechFrame, text: str) -> tuple[int, int] | None:
    """The longest quotation attributed to ``frame`` (as a trimmed span), if any has words."""
    spans = [strip_quote(text, s, e) for s, e in frame.quotes]
    spans = [(s, e) for s, e in spans if _WORD.search(text[s:e])]
    return max(spans, key=lambda se: se[1] - se[0]) if spans else None
