"""kg's custom spaCy components, registered in one place, and how they join a pipeline.

==================  ========================================  ==========================
component           what it does                              where
==================  ========================================  ==========================
``kg_paragraph_``   a blank line ends a sentence              before ``parser``
``breaks``          (:mod:`kg.nlp.paragraphs`)
``kg_kb_ruler``     knowledge-base names → entities linked    after ``ner``
                    to the KB (``ent.kb_id_``); patterns
                    generated from the KB files
``kg_clock_zones``  a time zone after "p.m." stays in its      before ``parser``
                    sentence (:mod:`kg.nlp.clock_times`)
==================  ========================================  ==========================

This module is imported only when a pipeline is built (:func:`kg.nlp.build_pipeline`);
importing it registers the factories with spaCy.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language

from .clock_times import CLOCK_ZONES
from .kb_ruler import KBEntityRuler
from .paragraphs import add_before_parser, add_paragraph_breaks

if TYPE_CHECKING:
    from ..kb import KnowledgeBase

__all__ = ["add_components", "KB_RULER"]

#: The name of the knowledge-base ruler in kg's pipelines.
KB_RULER = "kg_kb_ruler"


@Language.factory(
    KB_RULER,
    default_config={"kb_files": [], "include_default_kb": True},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "token.ent_kb_id", "doc._.kg_kb"],
    requires=["token.norm", "token.orth"],
)
def make_kb_ruler(nlp: Language, name: str, kb_files: list[str], include_default_kb: bool) -> KBEntityRuler:
    """The knowledge-base entity ruler over the shipped KB (unless excluded) and ``kb_files``."""
    return KBEntityRuler(nlp, name, load_kb(tuple(Path(p) for p in kb_files), include_default=include_default_kb))


def load_kb(kb_files: tuple[Path, ...], *, include_default: bool) -> "KnowledgeBase":
    """The knowledge base of a pipeline: the shared default one when no files are added."""
    from ..kb import KnowledgeBase

    if include_default and not kb_files:
        return KnowledgeBase.default()
    return KnowledgeBase.load(kb_files, include_default=include_default)


def add_components(nlp: Language, *, kb_files: tuple[Path, ...], include_default_kb: bool) -> Language:
    """Add kg's components to ``nlp`` (in place) and return it.

    The KB ruler goes right after the statistical NER (or last, in a pipeline without one),
    so that it can correct the NER's entities.

    Raises
    ------
    KnowledgeBaseError
        When a KB file is missing or malformed (the message names file and line).
    """
    if not nlp.has_pipe(KB_RULER):
        config = {"kb_files": [str(p) for p in kb_files], "include_default_kb": include_default_kb}
        if nlp.has_pipe("ner"):
            nlp.add_pipe(KB_RULER, after="ner", config=config)
        else:
            nlp.add_pipe(KB_RULER, last=True, config=config)
    add_paragraph_breaks(nlp)  # kg_paragraph_breaks (kg/nlp/paragraphs.py): blank lines end sentences
    add_before_parser(nlp, CLOCK_ZONES)  # kg_clock_zones (kg/nlp/clock_times.py): "2:45 p.m. JST, ..." is one sentence
    return nlp
