"""The knowledge-base entity ruler: names the knowledge base knows become linked entities.

Patterns are generated from :meth:`kg.kb.KnowledgeBase.surface_forms` when the component
is built, never kept by hand: every label and alias of every KB entity is a phrase
pattern, tokenised by the pipeline's tokenizer and kept in a token trie (the world KB has
tens of thousands of names; the tries are cached on disk by :mod:`kg.kb.cache`, so a
process that built them once builds them in milliseconds). Names are matched on spaCy's ``NORM`` attribute (case, curly apostrophes, in a word too, and
British/American spellings ignored: "Azerbaijan’s defence ministry" finds the alias
"Azerbaijan's defense ministry"), except short all-capital aliases (``US``, ``EU``, ``AP``;
see :func:`kg.kb.is_case_sensitive`), which must match with their case so that "us" and
"ap" in running text are left alone. A case-insensitive match is also refused when a word
the KB writes with a capital is all lower case in the text ("an amnesty" is not Amnesty
International).

Each match becomes an entity span whose ``kb_id_`` is the KB key and whose label is the
NER label of the entity's kind (``PERSON``, ``ORG``, ``GPE``, ``LOC``, ``FAC``). Matches
replace the statistical NER's entities they overlap, with one exception: a PERSON, ORG,
GPE, LOC or FAC entity that contains the match and more than a determiner, a possessive
or punctuation keeps its place ("Michel Barnier" is not Charles Michel), and no match
may start inside a place's name and run on past it ("*South Sudan*'s army" is not
"Sudan's army");
:mod:`kg.extract.entities` trims such a span ("President Ilham Aliyev") and looks it up
again.

The component also attaches its :class:`~kg.kb.KnowledgeBase` to each ``Doc`` as
``doc._.kg_kb`` so that extraction resolves links with the same KB that found them.
"""
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from ..kb import KBEntity, KnowledgeBase

__all__ = ["KBEntityRuler", "DOC_KB_ATTR", "NAME_LABELS", "ner_label_for", "kb_of", "kb_fingerprint", "files_fingerprint", "case_fits"]

#: The ``Doc`` extension attribute holding the knowledge base the ruler used.
DOC_KB_ATTR = "kg_kb"
#: NER labels of names (as opposed to dates, numbers, events ...).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})

_GPE_TYPES = frozenset({"Country", "State", "City", "AdministrativeArea"})
_FAC_TYPES = frozenset({"CivicStructure", "GovernmentBuilding", "Airport", "Bridge", "LandmarksOrHistoricalBuildings"})


def ner_label_for(entity: "KBEntity") -> str:
    """The spaCy NER label that fits a KB entity: ``PERSON``, ``ORG``, ``GPE``, ``FAC`` or ``LOC``.

    >>> from kg.kb import KBEntity
    >>> ner_label_for(KBEntity(key="k", label="Stepanakert", types=("City",)))
    'GPE'
    """
    kind = entity.kind
    if kind == "person":
        return "PERSON"
    if kind == "organization":
        return "ORG"
    types = set(entity.types)
    if types & _GPE_TYPES:
        return "GPE"
    if types & _FAC_TYPES:
        return "FAC"
    return "LOC"


def kb_of(doc: "Doc") -> "KnowledgeBase | None":
    """The knowledge base the ruler used on ``doc`` (None if the pipeline has no ruler)."""
    from spacy.tokens import Doc

    if not Doc.has_extension(DOC_KB_ATTR):
        return None
    return getattr(doc._, DOC_KB_ATTR)


def kb_fingerprint(kb: "KnowledgeBase") -> str:
    """Eight hex digits that change when any of the KB's files changes (or the set of files).

    It goes into the extractor version of every article (:func:`kg.nlp.model_description`),
    so that an article extracted with another knowledge base is not taken for unchanged.
    """
    return files_fingerprint(kb.files)


def files_fingerprint(files: "Iterable[Path]") -> str:
    """:func:`kb_fingerprint` of the knowledge base read from ``files`` (in that order),
    without reading it: known before the model and the KB are loaded."""
    import hashlib

    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode("utf-8") + b"\x00")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"?")
        h.update(b"\x00")
    return h.hexdigest()[:8]


def _fold(text: str) -> str:
    """``text`` without accents (``Xankəndi`` → ``Xankendi``), as another pattern."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ə", "e").replace("Ə", "E").replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    return [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]


@functools.lru_cache(maxsize=65536)  # the same names and mentions come back in every article
def case_fits(name: str, surface: str) -> bool:
    """Whether ``surface`` (found case-insensitively) is written as the name ``name`` allows.

    A word the KB capitalises must not be all lower case in the text; the rest may be
    written in any case.

    >>> case_fits("Amnesty", "amnesty"), case_fits("POLITICO", "Politico"), case_fits("Azerbaijani defense ministry", "Azerbaijani Defense Ministry")
    (False, True, True)
    """
    kb_words, text_words = _words(_fold(name)), _words(_fold(surface))
    if len(kb_words) != len(text_words):
        return True  # tokenised differently (hyphens, full stops): nothing to compare word by word
    return not any(k[:1].isupper() and t.islower() for k, t in zip(kb_words, text_words))


def _strip_article(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " and len(name) > 4 else name


class KBEntityRuler:
    """A spaCy component that marks knowledge-base names as entities linked to the KB.

    Parameters
    ----------
    nlp : Language
        The pipeline the component joins (its tokenizer builds the patterns).
    name : str
        The component's name in the pipeline.
    kb : KnowledgeBase
        Where the names come from.

    Examples
    --------
    >>> import spacy
    >>> from kg.kb import KnowledgeBase
    >>> nlp = spacy.blank("en")
    >>> ruler = KBEntityRuler(nlp, "kg_kb_ruler", KnowledgeBase.load())
    >>> [(e.text, e.label_, e.kb_id_.rsplit("/", 1)[-1]) for e in ruler(nlp("Baku and the EU met us in Khankendi.")).ents]
    [('Baku', 'GPE', 'baku'), ('EU', 'ORG', 'eu'), ('Khankendi', 'GPE', 'stepanakert')]
    """

    def __init__(self, nlp: "Language", name: str, kb: "KnowledgeBase") -> None:
        from spacy.tokens import Doc

        from ..kb import normalize_surface

        if not Doc.has_extension(DOC_KB_ATTR):
            Doc.set_extension(DOC_KB_ATTR, default=None)
        self.name = name
        self.kb = kb
        self.fingerprint = kb_fingerprint(kb)
        self._normalize = normalize_surface
        patterns = _cached_patterns(nlp, kb)
        self._loose: dict = patterns.loose
        self._exact: dict = patterns.exact
        self.n_patterns = patterns.n_patterns
        #: normalised name -> [(name as the KB writes it, entity, whether it is the label)]
        self._forms: dict[str, list[tuple[str, KBEntity, bool]]] = {}
        #: a word's matching key by its NORM hash, and its text by its ORTH hash (see :meth:`_keys`)
        self._norm_keys: dict[int, str] = {}
        self._orth_keys: dict[int, str] = {}
        for key, forms in patterns.forms.items():
            resolved = [(n, kb.get(k), is_label) for n, k, is_label in forms]
            self._forms[key] = [(n, e, is_label) for n, e, is_label in resolved if e is not None]

    # ------------------------------------------------------------------ matching

    def candidates(self, surface: str, *, exact: bool = False) -> list["KBEntity"]:
        """KB entities ``surface`` names, label matches first; case-checked unless ``exact``."""
        found = self._forms.get(self._normalize(surface), [])
        ok = [(n, e, is_label) for n, e, is_label in found if exact or case_fits(n, surface)]
        ordered = sorted(ok, key=lambda triple: not triple[2])
        return list(dict.fromkeys(e for _, e, _ in ordered))

    def matches(self, doc: "Doc") -> list["Span"]:
        """Non-overlapping KB name spans of ``doc`` (longest first), linked and labelled."""
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans: list[Span] = []
        for trie, keys, exact in (
            (self._loose, self._keys(doc, loose=True), False),
            (self._exact, self._keys(doc, loose=False), True),
        ):
            for start, end in _trie_matches(trie, keys):
                span = doc[start:end]
                if exact and end - start == 1 and _shouted_word(doc, start):
                    continue
                if end - start > 1 and _ends_on_a_small_word(doc[end - 1]):
                    continue  # "to Panama *by* January": no name ends on a lower-case function word
                found = self.candidates(span.text, exact=exact)
                if not found:
                    continue
                entity = found[0]
                spans.append(Span(doc, start, end, label=ner_label_for(entity), kb_id=entity.key))
        return filter_spans(_not_inside_a_place(spans))

    def _keys(self, doc: "Doc", *, loose: bool) -> list[str]:
        """What the tries are walked with, token by token: each token's ``norm_`` with its
        apostrophes made one (``loose``), else its ``orth_``. Read from spaCy's array of the
        tokens' string hashes, each word's key made once per process and then kept (a
        ``Token`` object made of every token, and its norm translated, were one percent of
        extracting news articles)."""
        from spacy.attrs import NORM, ORTH

        if not len(doc):
            return []
        kept = self._norm_keys if loose else self._orth_keys
        if len(kept) > _KEYS_KEPT:
            kept.clear()
        hashes = doc.to_array(NORM if loose else ORTH).tolist()
        keys = list(map(kept.get, hashes))
        if None in keys:  # words not seen before (a key is never None)
            strings = doc.vocab.strings
            for i in [i for i, key in enumerate(keys) if key is None]:
                h = hashes[i]
                key = kept.get(h)
                if key is None:
                    key = kept[h] = strings[h].translate(_APOSTROPHES) if loose else strings[h]
                keys[i] = key
        return keys

    def __call__(self, doc: "Doc") -> "Doc":
        setattr(doc._, DOC_KB_ATTR, self.kb)
        found = self.matches(doc)
        if not found:
            return doc
        doc.ents = merge_entities(doc.ents, found)
        return doc

    def pipe(self, docs: Iterable["Doc"], batch_size: int = 128) -> Iterable["Doc"]:
        for doc in docs:
            yield self(doc)


#: Lower-case English function words no name ends on, though a KB alias in another language
#: may ("Panama by", "Kuwait by": Danish for the capital): "from the US to Panama *by* 2000".
_SMALL_LAST_WORDS = frozenset({"by", "on", "in", "at", "to", "of", "for", "and", "or", "the", "a", "with", "from"})


def _ends_on_a_small_word(token) -> bool:  # token: spacy Token
    """Whether a match's last ``token`` is one of :data:`_SMALL_LAST_WORDS`, in lower case."""
    return token.text in _SMALL_LAST_WORDS


def _shouted_word(doc: "Doc", i: int) -> bool:
    """Whether the capitalised token ``i``, a short alias that is also an English word ("IS"
    of the Islamic State, "US"), stands next to another all-capital word: a line written in
    capitals ("THE ARMY IS READY"), where it is the word."""
    if not doc[i].is_stop:
        return False
    return any(0 <= j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1 for j in (i - 1, i + 1))


#: Apostrophes matched as one: spaCy's NORM makes the clitic "’s" "'s", but leaves a
#: typographic apostrophe inside a word ("Jama’atu", an 'ayn) as written.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'"})

#: words whose trie keys :meth:`KBEntityRuler._keys` keeps, at most (then it starts again)
_KEYS_KEPT = 1 << 18

#: Marks the end of a pattern in a token trie.
_END = None


class _Patterns:
    """What the ruler matches, built from a KB's names with a pipeline's tokenizer.

    ``loose`` and ``exact`` are token tries (nested dicts, :data:`_END` marking a complete
    pattern) over token ``NORM`` and ``ORTH`` strings; ``forms`` maps a normalised name to
    ``(name as written, entity key, whether it is the label)``.
    """

    def __init__(self, loose: dict, exact: dict, forms: dict[str, list[tuple[str, str, bool]]], n_patterns: int) -> None:
        self.loose = loose
        self.exact = exact
        self.forms = forms
        self.n_patterns = n_patterns


def _build_patterns(nlp: "Language", kb: "KnowledgeBase") -> _Patterns:
    """Patterns for every label and alias of ``kb`` (see the module docstring)."""
    from ..kb import is_case_sensitive, normalize_surface

    forms: dict[str, list[tuple[str, str, bool]]] = {}
    loose: dict[str, None] = {}
    exact: dict[str, None] = {}
    for raw_name, entity in kb.surface_forms():
        name_ = _strip_article(raw_name.strip())
        key = normalize_surface(name_)
        if not key:
            continue
        forms.setdefault(key, []).append((name_, entity.key, key == normalize_surface(entity.label)))
        if is_case_sensitive(name_):
            exact.setdefault(name_, None)
        else:
            loose.setdefault(name_, None)
            folded = _fold(name_)
            if folded != name_:
                loose.setdefault(folded, None)
    loose_trie: dict = {}
    exact_trie: dict = {}
    for names, trie, attr in ((loose, loose_trie, "norm_"), (exact, exact_trie, "orth_")):
        for doc in nlp.tokenizer.pipe(names):
            node = trie
            for token in doc:
                value = getattr(token, attr)
                node = node.setdefault(value.translate(_APOSTROPHES) if attr == "norm_" else value, {})
            node[_END] = True
    return _Patterns(loose_trie, exact_trie, forms, len(loose) + len(exact))


def _cached_patterns(nlp: "Language", kb: "KnowledgeBase") -> _Patterns:
    """:func:`_build_patterns`, read from kg's cache when the same KB and tokenizer built them before."""
    import spacy

    from ..kb import cache

    meta = nlp.meta
    key = cache.digest(
        [Path(__file__)],
        kb.digest(),
        spacy.__version__,
        f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}",
    )
    found = cache.load("kb-patterns", key)
    if isinstance(found, _Patterns):
        return found
    patterns = _build_patterns(nlp, kb)
    cache.store("kb-patterns", key, patterns)
    return patterns


def _trie_matches(trie: dict, keys: list[str]) -> list[tuple[int, int]]:
    """Every (start, end) token range of ``keys`` that spells a pattern of ``trie``."""
    found = []
    n = len(keys)
    firsts = list(map(trie.get, keys))
    for start in compress(range(n), firsts):  # the tokens a pattern begins with (a node is never empty)
        node = firsts[start]
        end = start + 1
        while node is not None:
            if _END in node:
                found.append((start, end))
            if end >= n:
                break
            node = node.get(keys[end])
            end += 1
    return found


def _not_inside_a_place(spans: list["Span"]) -> list["Span"]:
    """``spans`` without those that start inside a place's name and run on past it.

    "*South Sudan*'s army" also spells "Sudan's army", which is longer than "South
    Sudan": the longest match would give Sudan's army to South Sudan. A name that begins
    within a place name ("Port Sudan", "Papua New Guinea") is a word of that place, not
    the start of another name (:func:`merge_entities` applies the same rule to the places
    the NER found).
    """
    places = [s for s in spans if s.label_ in ("GPE", "LOC")]
    return [
        s
        for s in spans
        if not any(p.start < s.start < p.end < s.end for p in places)
    ]


def _runs_out_of_a_place(place: "Span", k: "Span") -> bool:
    """Whether the KB match ``k`` starts inside the NER's place name ``place`` (after a word
    of the name, not a determiner) and runs on past it: "Port *Sudan's military* airport"."""
    return (
        place.label_ in ("GPE", "LOC")
        and place.start < k.start < place.end < k.end
        and not all(_wrapping(t) for t in place.doc[place.start:k.start])
    )


def _wrapping(token) -> bool:  # token: spacy Token
    """A word that wraps a name without being part of it: "the", "’s", punctuation."""
    return token.lower_ in ("the", "a", "an", "'s", "’s", "'", "’") or token.is_punct


def merge_entities(ner: Sequence["Span"], kb: Sequence["Span"]) -> list["Span"]:
    """The NER's entities with the KB's spans laid over them (see the module docstring).

    Each span's bounds are read once (a ``Span``'s ``start`` and ``end`` are properties) and
    compared as numbers before anything else is asked of a pair."""
    bounds = [(e.start, e.end) for e in ner]
    kept_kb: list[Span] = []
    kept_bounds: list[tuple[int, int]] = []
    dropped: set[tuple[int, int]] = set()
    for k in kb:
        k_start, k_end = k.start, k.end
        overlapping = [(e, b) for e, b in zip(ner, bounds) if b[0] < k_end and k_start < b[1]]
        container = next(
            (
                e
                for e, (start, end) in overlapping
                if start <= k_start and k_end <= end and end - start > k_end - k_start and e.label_ in NAME_LABELS
                and not all(_wrapping(t) for t in (*e.doc[start:k_start], *e.doc[k_end:end]))
            ),
            None,
        )
        if container is not None or any(
            start < k_start < end < k_end and _runs_out_of_a_place(e, k) for e, (start, end) in zip(ner, bounds)
        ):
            continue
        kept_kb.append(k)
        kept_bounds.append((k_start, k_end))
        dropped.update(b for _, b in overlapping)
    merged = [
        e for e, (start, end) in zip(ner, bounds)
        if (start, end) not in dropped and not any(start < k_end and k_start < end for k_start, k_end in kept_bounds)
    ]
    return sorted([*merged, *kept_kb], key=lambda s: s.start)
