"""Short names the text defines and acronyms: "the Sudanese Armed Forces (SAF)", "the 23
March Movement, or M23", "Mohamed Hamdan Dagalo, known as Hemedti" link a short name to the
long one (:func:`definitions`); an acronym must fit its long form's initials
(:func:`acronym_fits`: "Dmitry Peskov (AFP)" is a credit), and an undefined acronym may be
an organisation's initials (:func:`initials`).

Split from :mod:`kg.extract.names` (the step of reading definitions); the word tests it
shares with the other name readers (:func:`~kg.extract.names.acronym_shaped`,
:func:`~kg.extract.names.capitalised`, :func:`~kg.extract.names.name_word`) live there.
"""
from __future__ import annotations

import functools

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .doctext import tokens_written
from .names import acronym_shaped, capitalised, name_lexicon, name_word, word_key
from .scripts import is_foreign_script

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Definition", "definitions", "acronym_fits", "initials"]

_KNOWN = frozenset({"known", "called", "dubbed", "nicknamed", "named", "styled"})


@dataclass(frozen=True)
class Definition:
    """A short name the text defines as standing for a long one (token offsets)."""

    long_start: int
    long_end: int
    short_start: int
    short_end: int

    def short(self, doc: "Doc") -> str:
        return doc[self.short_start:self.short_end].text

    def long(self, doc: "Doc") -> str:
        return doc[self.long_start:self.long_end].text


@functools.lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """Words an acronym's letters skip in its long form (``acronym`` of
    ``ontology/lexicon/connectors.toml``)."""
    from .wordlists import words

    return words("connectors", "acronym")


def _long_words(long: str) -> list[str]:
    words = []
    for w in re.split(r"[\s\-–]+", long):
        w = w.strip("’'\"()")
        if w:
            words.append(w)
    return words


#: Words an acronym writes with two letters ("China Central Television (CCTV)", "Ethiopian
#: Television (ETV)"); either may stand for the word.
_WORD_LETTERS = {"television": "tv", "télévision": "tv"}


def acronym_fits(acronym: str, long: str) -> bool:
    """Whether ``acronym`` is made of the initials (and numbers) of ``long``, in order.

    >>> acronym_fits("SAF", "Sudanese Armed Forces"), acronym_fits("M23", "23 March Movement")
    (True, True)
    >>> acronym_fits("RSF", "Sudanese Armed Forces"), acronym_fits("CCTV", "China Central Television")
    (False, True)
    """
    core = acronym.replace(".", "").replace("-", "").replace("–", "")
    numbers = re.findall(r"\d+", core)
    letters = re.sub(r"\d+", "", core).lower()
    words = _long_words(long)
    if any(num not in words for num in numbers):
        return False
    initials = [_WORD_LETTERS.get(w.lower(), w[0].lower()) for w in words if not w.isdigit()]
    i = 0
    for initial in initials:
        if letters.startswith(initial, i):
            i += len(initial)
        elif i < len(letters) and initial[0] == letters[i]:
            i += 1
    if i == len(letters) and len(letters) + len(numbers) >= 2:
        return True
    # an acronym of the name in another language, its words in another order ("MNLC" for
    # the "National Movement for the Liberation of the Central African Republic"): every
    # letter the initial of a word of substance, the first among the first two
    skip = name_lexicon().particles | _connectors()
    content = [w[0].lower() for w in words if not w.isdigit() and w.lower() not in skip]
    if len(letters) < 3 or numbers or letters[0] not in content[:2]:
        return False
    pool = list(content)
    for letter in letters:
        if letter not in pool:
            return False
        pool.remove(letter)
    return True


def initials(long: str) -> str:
    """The initials of a name's significant words, as its acronym would be written.

    >>> initials("Forces Armées de la République Démocratique du Congo"), initials("Jama'at Nusrat al-Islam wal-Muslimeen")
    ('FARDC', 'JNIM')
    """
    skip = name_lexicon().particles | _connectors()
    return "".join(w[0].upper() for w in _long_words(long) if w.lower() not in skip and w[0].isalnum())


def _long_start(doc: "Doc", end: int, starts: dict[int, int], *, over_places: bool = False) -> int | None:
    """The first token of a name ending at token ``end`` (exclusive), or None; with
    ``over_places``, over a place the name ends on after a connector ("... Assistance
    Mission in *Somalia* (UNTMIS)") when the acronym does not fit the place alone."""
    def joins(k: int) -> bool:
        # a capitalised word a name goes on from over "of", "in the" ...; not a sentence's
        # first common noun ("Fighters of the 23 March Movement, or M23")
        t = doc[k]
        return capitalised(t) and not (t.is_sent_start and t.pos_ != "PROPN")

    def connectors_before(k: int) -> int:
        # how many connectors (one or two: "of", "in the") lead back to a word a name goes on from
        run = 0
        while run < 2 and k - run - 1 > 0 and doc[k - run - 1].lower_ in _connectors():
            run += 1
            if joins(k - run - 1):
                return run
        return 0

    i = end
    if end in starts:
        i = starts[end]
        if not connectors_before(i) or (doc[i].ent_type_ in ("GPE", "LOC", "FAC") and not over_places):
            return i  # "... Mission in *Sudan* (UNITAMS)": a place after "in" may just say where
        # the NER cut a longer name at its connectors: "Islamic State in Iraq and the
        # *Levant* (ISIL)", "... for the Liberation of the *Central African Republic* (MNLC)"
    while i > 0:
        t = doc[i - 1]
        if capitalised(t) or t.like_num or word_key(t.text) in name_lexicon().particles or t.text in ("-", "–"):
            i -= 1  # ("Islamic State – Khorasan Province": an en dash inside a name)
        elif t.lower_ in _connectors() and i < end and (run := connectors_before(i)):
            i -= run
        else:
            break
    while i < end and (doc[i].lower_ in _connectors() or doc[i].text in ("-", "–")):
        i += 1
    if i == end or not any(doc[k].text[:1].isupper() or is_foreign_script(doc[k].text) for k in range(i, end)):
        return None
    return i


def _short_end(doc: "Doc", start: int) -> int | None:
    """The end of a short name starting at token ``start``: an acronym, a name in another
    script or a run of capitalised words (at most four)."""
    n = len(doc)
    if start >= n:
        return None
    if acronym_shaped(doc[start].text):
        if (
            start + 2 < n and doc[start + 1].text in ("-", "–") and not doc[start].whitespace_
            and not doc[start + 1].whitespace_ and acronym_shaped(doc[start + 2].text)
        ):
            return start + 3  # "IS–KP", "M-23": an acronym written over a dash
        return start + 1
    if not capitalised(doc[start]):
        return None
    end = start
    while end < n and end - start < 6 and (capitalised(doc[end]) or (end > start and name_word(doc[end]))):
        end += 1
    while end > start + 1 and not capitalised(doc[end - 1]):
        end -= 1  # a name never ends on a particle or a hyphen
    return end


def definitions(doc: "Doc", names: list[tuple[int, int]]) -> list[Definition]:
    """Short names the text defines, with the long name each stands for.

    ``names`` are the token spans already taken as names (a long form is one of them when
    one ends right before the definition). Patterns: ``LONG (SHORT)``, ``LONG, or SHORT``,
    ``LONG, known [in X] as SHORT``, ``LONG (known as SHORT)``.
    """
    starts = {e: s for s, e in names}
    out: list[Definition] = []
    n = len(doc)
    for i in tokens_written(doc, ("(", ",")):  # (every pattern begins at one of these)
        if i == 0:
            continue
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < n else None
        if token.text == "(" and nxt is not None:
            j = i + 1
            if nxt.lower_ in _KNOWN:
                j = _after_as(doc, j)
                if j is None:
                    continue
            short_end = _short_end(doc, j)
            close = short_end
            other = None
            if close is not None and close + 1 < n and doc[close].lower_ == "or" and acronym_shaped(doc[j].text):
                # "(IS–KP or ISIS-K)", "(FDLR or Abacunguzi)": the acronym, then another name of the body
                other_end = next((k for k in range(close + 2, min(close + 6, n)) if doc[k].text == ")"), None)
                if other_end is not None and _short_end(doc, close + 1) is not None:
                    other, close = (close + 1, other_end), other_end
            if close is not None and close + 1 < n and doc[close].text == "/" and acronym_shaped(doc[j].text):
                # "(ISIL/Da'esh)": the acronym, then another name of the same body
                close = next((k for k in range(close + 1, min(close + 5, n)) if doc[k].text == ")"), None)
            if close is not None and close + 1 < n and close == short_end and doc[close].text == "," and acronym_shaped(doc[j].text):
                close = _closing(doc, close)  # "(JNA, dominated by Serbs ...)": the acronym, then a remark
            if short_end is None or close is None or close >= n or doc[close].text != ")":
                continue
            long_start = _long_start(doc, i, starts)
            if long_start is None:
                continue
            short = doc[j:short_end].text
            acronym = acronym_shaped(short) or (short_end - j == 3 and doc[j + 1].text in ("-", "–") and acronym_shaped(doc[j].text))
            if j == i + 1 and not (acronym or is_foreign_script(short)):
                continue  # "(Reuters)", "(Darfur)": not a definition
            if acronym:
                fitting = _fitting_start(doc, long_start, i, short)
                if (
                    fitting is None and (wider := _long_start(doc, i, starts, over_places=True)) is not None and wider < long_start
                    and any(capitalised(doc[k]) and doc[k].ent_type_ not in ("GPE", "LOC", "FAC") for k in range(wider, long_start))
                ):
                    # the NER's name ended on a place after "in" that the acronym does not fit
                    # alone: "the United Nations Transitional Assistance Mission in Somalia (UNTMIS)";
                    # not places alone ("the North-West and South-West (NWSW)": two regions)
                    fitting = _fitting_start(doc, wider, i, short)
                if fitting is None and _own_language(doc, long_start, i, j):
                    fitting = long_start  # "the Croatian Army (HV)": the body's initials in its own language
                if fitting is None:
                    continue  # "Dmitry Peskov (AFP)": a credit, not a definition
                long_start = fitting
            out.append(Definition(long_start, i, j, short_end))
            if other is not None:
                out.append(Definition(long_start, i, *other))
        elif token.text == "," and nxt is not None and (nxt.lower_ == "or" or nxt.lower_ in _KNOWN or nxt.lower_ == "also"):
            j = i + 2 if nxt.lower_ == "or" else _after_as(doc, i + 1)
            if j is None:
                continue
            short_end = _short_end(doc, j)
            long_start = _long_start(doc, i, starts)
            if short_end is None or long_start is None:
                continue
            if short_end < n and doc[short_end].text not in (",", ".", ")", ";", "—", "–") and doc[short_end].pos_ not in ("VERB", "AUX", "CCONJ", "ADP"):
                continue
            short = doc[j:short_end].text
            if nxt.lower_ == "or" and not (
                (acronym_shaped(short) and acronym_fits(short, doc[long_start:i].text)) or is_foreign_script(short)
            ):
                continue  # "Sudan, or Chad": a choice, not a definition
            out.append(Definition(long_start, i, j, short_end))
    return out


def _closing(doc: "Doc", i: int) -> int | None:
    """The bracket that closes the one open at a comma ``i`` inside it, in its sentence."""
    return next((t.i for t in doc[i:doc[i].sent.end] if t.text == ")"), None)


def _own_language(doc: "Doc", start: int, end: int, short: int) -> bool:
    """Whether the acronym at token ``short``, in brackets right after the name
    ``doc[start:end]``, may be that body's initials in its own language though it does not
    fit the English name: "the Croatian Army (HV)" (Hrvatska vojska), "the Kurdistan Workers'
    Party (PKK)". The name is a body's by its head word ("... Army", "... Party": ``[groups]
    heads``), and the acronym is no name the knowledge base knows for something else (a news
    agency's credit: "the Defence Ministry (AFP)")."""
    from .names import head_word

    words = [t.text for t in doc[start:end] if not t.is_punct and t.lower_ != "the"]
    if len(words) < 2 or doc[short].ent_kb_id_ or any(t.ent_kb_id_ for t in doc[start:end]):
        return False
    return word_key(head_word(words)) in name_lexicon().group_heads


def _fitting_start(doc: "Doc", start: int, end: int, acronym: str) -> int | None:
    """The first token of the shortest name from ``start`` (or after one of its connectors)
    to ``end`` that ``acronym`` fits: "Justice Riot and the *National Movement for ...* (MNLC)"."""
    starts = []
    i = start
    while i < end:
        if doc[i].lower_ not in _connectors():
            starts.append(i)
        while i < end and doc[i].lower_ not in _connectors():
            i += 1
        while i < end and doc[i].lower_ in _connectors():
            i += 1
    return next((i for i in reversed(starts) if acronym_fits(acronym, doc[i:end].text)), None)


def _after_as(doc: "Doc", j: int) -> int | None:
    """The token after "[also] known [in Burmese] as", starting at ``j``; None without one."""
    n = len(doc)
    if j < n and doc[j].lower_ == "also":
        j += 1
    if j >= n or doc[j].lower_ not in _KNOWN:
        return None
    for k in range(j + 1, min(j + 5, n)):
        if doc[k].lower_ == "as":
            return k + 1
        if doc[k].is_punct:
            return None
    return None
