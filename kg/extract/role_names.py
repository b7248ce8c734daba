"""The names of the people posts are held by, as the title phrase shows them.

A post's title ties a name to a person more firmly than the NER's guess does, so the name
spans of :mod:`kg.extract.spans` are corrected by it before entities are typed:

* a **name a title is apposed to or written before** is one person's name, whole: the NER
  may cut it and call its pieces places or bodies ("*Antonio* (GPE) *García* (GPE), the top
  commander of the ELN"; "Thura *San Lwin* (GPE), the chief minister of Rakhine state");
  the capitalised words the parser chains to the name's head become one PERSON span,
  when no piece is a name the knowledge base knows;
* a **name whose last word a title makes a person** elsewhere in the article is a person's
  name: "*Volodymyr Zelenskiy* (ORG) met Donald Trump ... Ukrainian President *Zelenskiy*
  said" (so that the surname, and the post it is given, reach the full name), and a
  one-word name that is the surname of a person a title is tied to is that person ("High
  Commissioner for Human Rights Volker Türk ... *Türk* (ORG) said");
* a **title's last words** the NER ran into a person's name are cut from it ("*Rights*
  Volker Türk" of "High Commissioner for Human Rights Volker Türk");
* the capitalised words before a **local post's title** and its holder's name are a place's
  name, whole, hyphens and all: "*Grand-Bassam* Mayor X", "*Mazar-i-Sharif* governor X"
  (``roles.toml`` ``local_post_heads``), where the NER found none or a piece ("Cap" of
  "Cap-Haïtien").

Called once by :func:`kg.extract.spans.name_candidates`; the posts themselves are read by
:mod:`kg.extract.roles`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .doctext import tokens_tagged, tokens_written
from .lexicon import TITLE_HEADS, TITLE_MODIFIERS
from .names import acronym_shaped, is_title, name_lexicon, titled, word_key
from .posts import OFFICE_HEADS
from .role_phrases import capitalised_title_over
from .wordlists import lexicon, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .spans import Candidate

__all__ = ["post_holder_names"]

#: NER labels a piece of a person's name may wrongly carry ("Vitel'Homme Innocent" as a PRODUCT).
_PIECE_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
#: The most words a person's name runs to ("Rimtalba Jean Emmanuel Ouedraogo").
_LONGEST = 5


def post_holder_names(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """``cands`` with the names of post holders made whole and typed as people, and the
    towns local posts are named by."""
    cands = _titles_cut_from_names(doc, cands)
    cands = _whole_titled_names(doc, cands)
    cands = _surnames_titled_elsewhere(doc, cands)
    cands = _surnames_of_titled_people(doc, cands)
    return _towns_of_local_posts(doc, cands)


def _name_word(token: "Token") -> bool:
    """A capitalised proper noun that can be a word of a person's name (no title, no word of a
    body's name, no acronym)."""
    if token.pos_ != "PROPN":  # (first: asked of every token of an article)
        return False
    text = token.text
    if not (text[:1].isupper() and _letters(text)):
        return False
    lex = name_lexicon()
    key = word_key(text)
    return (
        not token.is_upper
        and not is_title(token) and token.lower_ not in TITLE_HEADS and token.lower_ not in TITLE_MODIFIERS
        and key not in lex.org_words and key not in lex.group_heads and key not in lex.unit_heads
        and key not in OFFICE_HEADS  # "the General *Staff*": an office, no surname after a rank
        and not acronym_shaped(token.text)
    )


def _letters(word: str) -> bool:
    """Letters, with apostrophes or hyphens inside: "García", "Vitel'Homme"."""
    inner = word.replace("'", "").replace("’", "").replace("-", "")
    return inner.isalpha() and word[-1:].isalpha()


def _joining_hyphen(token: "Token") -> bool:
    """A hyphen joining two words of one name: "Faustin-Archange"."""
    doc = token.doc
    return (
        token.text in ("-", "‐", "‑") and 0 < token.i < len(doc) - 1 and not token.whitespace_
        and not doc[token.i - 1].whitespace_
    )


def _title_noun(token: "Token") -> bool:
    return token.lower_ in TITLE_HEADS and token.pos_ in ("NOUN", "PROPN") and not (token.is_upper and len(token) > 1)


def _tied_to_title(doc: "Doc", start: int, root: "Token") -> bool:
    """Whether the name ending in ``root`` (from token ``start``) has a post's title apposed
    ("X, the top commander of ...", "The governor of Borno, X") or written just before it
    ("Fano commander X")."""
    if any(c.dep_ == "appos" and c.i > root.i and (_title_noun(c) or any(
        x.dep_ == "conj" and _title_noun(x) for x in c.children  # "X, the UN resident and humanitarian coordinator"
    )) for c in root.children):
        return True
    post_verbs = lexicon("roles").get("post_verbs", {})
    if any(
        c.dep_ == "relcl" and c.i > root.i and c.lemma_.lower() in post_verbs
        and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children) for c in root.children
    ):  # "X, *who leads* the Congo River Alliance" (a body "which" leads)
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in post_verbs \
            and root.head.head.dep_ == "acl" and root.head.head.head.ent_type_ == "ORG":
        return True  # "JNIM, *led by* Iyad Ag Ghaly"
    if root.dep_ == "appos" and root.head.i < start and _title_noun(root.head):
        return True
    if capitalised_title_over(doc[start:root.i + 1]) is not None:  # "IOM Chief of Mission in Sudan *X*"
        return True
    verb = root.head
    if root.dep_ in ("dobj", "oprd") and verb.lemma_.lower() in words("roles", "naming_verbs") and any(
        (c.dep_ == "oprd" and _title_noun(c)) or (c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" and _title_noun(o) for o in c.children))
        for c in verb.children
    ):  # "appointed *Succes Masra* (ORG) as prime minister"
        return True
    return start > 0 and doc[start - 1].lower_ in TITLE_HEADS and doc[start - 1].pos_ in ("NOUN", "PROPN") and titled(doc, start)


def _ends_capitalised_title(doc: "Doc", start: int) -> bool:
    """Whether the words before token ``start`` end a capitalised title whose portfolio is
    title words: "High Commissioner for Human *Rights*", "Under-Secretary-General for Political
    *Affairs*" (up to four capitalised words after "for"/"of" after a title head, the last of
    them a title word, so that the name is not taken for the portfolio's last word)."""
    j = start - 1
    if j < 0 or not doc[j].text[:1].isupper() or doc[j].lower_ not in TITLE_MODIFIERS | TITLE_HEADS:
        return False
    while j >= 0 and start - j <= 4 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        j -= 1
    return j >= 1 and doc[j].lower_ in ("for", "of") and doc[j - 1].lower_ in TITLE_HEADS and doc[j - 1].text[:1].isupper()


def _titles_cut_from_names(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """PERSON spans without the last words of the title written before them: the NER's
    "*Rights* Volker Türk" of "High Commissioner for Human Rights Volker Türk", "*Affairs*
    Rosemary DiCarlo" (a title word right after another title word or "for", "of")."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    title_words = TITLE_HEADS | TITLE_MODIFIERS
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        start = span.start
        while (
            span.label_ == "PERSON" and not span.kb_id_ and c.name is None and c.long_form is None
            and span.end - start > 2 and start > 0 and doc[start].lower_ in title_words and doc[start].text[:1].isupper()
            and (doc[start - 1].lower_ in title_words or doc[start - 1].lower_ in ("for", "of", "and"))
        ):
            start += 1
        out.append(c if start == span.start else Candidate(SpacySpan(doc, start, span.end, label="PERSON")))
    return out


def _whole_titled_names(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """Runs of name words a title is tied to, replacing the NER's pieces of them."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    owner = {t.i: c for c in cands for t in c.span}
    out = list(cands)
    for root in (doc[i] for i in tokens_tagged(doc, "PROPN")):  # (a name word is a proper noun: no Token made of the others)
        if not _name_word(root) or root.dep_ in ("compound", "flat"):
            continue
        start = root.i
        while start > 0 and root.i - start < _LONGEST - 1:
            if start > 1 and _joining_hyphen(doc[start - 1]) and _name_word(doc[start - 2]) and doc[start - 2].dep_ in ("compound", "flat") \
                    and start <= doc[start - 2].head.i <= root.i:
                start -= 2  # "Clementine *Nkweta-*Salami": a surname written with a hyphen
            elif _name_word(doc[start - 1]) and doc[start - 1].dep_ in ("compound", "flat") and start <= doc[start - 1].head.i <= root.i:
                start -= 1
            else:
                break
        end = root.i + 1
        pieces = {id(c): c for i in range(start, end) if (c := owner.get(i)) is not None}.values()
        # "High Commissioner for Human Rights *Volker Türk*": a name the NER did not see as a
        # person's after a capitalised title (not "Chief of Defence *Staff* Christopher Musa")
        after_title = not any(c.span.label_ == "PERSON" for c in pieces) and _ends_capitalised_title(doc, start)
        if end - start < 2 or not (after_title or _tied_to_title(doc, start, root)):
            continue
        if any(
            c.span.kb_id_ or c.name is not None or c.long_form is not None or c.span.label_ not in _PIECE_LABELS
            or c.span.start < start or c.span.end > end
            for c in pieces
        ):
            continue  # a name the KB knows, a defined one, or one reaching past the run
        if pieces and all(c.span.label_ == "PERSON" for c in pieces) and sum(len(c.span) for c in pieces) == end - start:
            continue  # the NER's people, joined (or not) by the rules for split people
        gone = {id(c) for c in pieces}
        out = [c for c in out if id(c) not in gone]
        whole = Candidate(SpacySpan(doc, start, end, label="PERSON"))
        out.append(whole)
        for i in range(start, end):
            owner[i] = whole
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out


def _surnames_titled_elsewhere(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """Names of two or more name words the NER called a body or a place whose last word is,
    elsewhere in the article, a one-word person's name after a title ("President
    *Zelenskiy*"): PERSON spans."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    titled_surnames = {
        c.span.text for c in cands
        if c.span.label_ in _PIECE_LABELS and len(c.span) == 1 and not c.span.kb_id_ and _name_word(c.span[0])
        and c.span.start > 0 and doc[c.span.start - 1].lower_ in TITLE_HEADS
    }  # (whatever the NER called the surname itself: "President *Touadéra*" (ORG))
    if not titled_surnames:
        return cands
    out: list[Candidate] = []
    for c in cands:
        span = c.span
        if (
            span.label_ in ("ORG", "GPE", "NORP") and not span.kb_id_ and c.name is None and c.long_form is None
            and 2 <= len(span) <= _LONGEST + 2 and span[-1].text in titled_surnames
            and all(_name_word(t) or _joining_hyphen(t) for t in span)
        ):
            out.append(Candidate(SpacySpan(doc, span.start, span.end, label="PERSON")))
        else:
            out.append(c)
    return out


def _surnames_of_titled_people(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """One-word names the NER called a body, a place or a people that are the surname of a
    person a title is tied to elsewhere in the article: "High Commissioner for Human Rights
    Volker Türk ... “…,” *Türk* (ORG) said" is the person, not Turkey."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    surnames = {
        c.span[-1].text for c in cands
        if c.span.label_ == "PERSON" and len(c.span) >= 2 and _name_word(c.span[-1]) and _tied_to_title(doc, c.span.start, c.span.root)
    }
    if not surnames:
        return cands
    return [
        Candidate(SpacySpan(doc, c.span.start, c.span.end, label="PERSON"))
        if c.span.label_ in ("ORG", "GPE", "NORP") and len(c.span) == 1 and not c.span.kb_id_ and c.name is None
        and c.long_form is None and c.span.text in surnames else c
        for c in cands
    ]


def _towns_of_local_posts(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """GPE spans for the names written before a local post's title and its holder's name."""
    from spacy.tokens import Span as SpacySpan

    from .spans import Candidate

    titles = tokens_written(doc, words("roles", "local_post_heads"), lower=True)
    owner = {t.i: c for c in cands for t in c.span} if titles else {}
    out = list(cands)
    for at in titles:
        title = doc[at]
        if title.i + 1 >= len(doc) or not _name_word(doc[title.i + 1]):
            continue
        start = title.i
        while start > 0 and (_name_word(doc[start - 1]) or _joining_hyphen(doc[start - 1]) or (
            _joining_hyphen(doc[start]) and doc[start - 1].is_alpha and not doc[start - 1].whitespace_
        )):  # (any word joined by a hyphen: "*Grand*-Bassam", "Port-*au*-Prince", "Mazar-*i*-Sharif")
            start -= 1
        while start < title.i and _joining_hyphen(doc[start]):
            start += 1
        if start == title.i or not _name_word(doc[start]):
            continue
        pieces = {id(c): c for i in range(start, title.i) if (c := owner.get(i)) is not None}.values()
        if any(c.span.kb_id_ or c.name is not None or c.long_form is not None or c.span.start < start or c.span.end > title.i for c in pieces):
            continue  # a name the KB knows (or reaching past the words) is read as it is
        if [(c.span.start, c.span.end) for c in pieces] == [(start, title.i)]:
            continue  # the NER's own span
        gone = {id(c) for c in pieces}
        out = [c for c in out if id(c) not in gone]
        town = Candidate(SpacySpan(doc, start, title.i, label="GPE"))
        out.append(town)
        for i in range(start, title.i):
            owner[i] = town
    out.sort(key=lambda c: (c.span.start, c.span.end))
    return out
