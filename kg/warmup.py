"""kg's warm-up: what extraction builds once per process, built before worker processes are
forked (:func:`warm_up`, re-exported as ``kg.run.warm_up``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Settings

__all__ = ["warm_up"]


def warm_up(settings: "Settings") -> None:
    """Load the model and the GeoNames place table here, before workers are forked, so that
    they start with both in (shared) memory instead of each loading its own; and the other
    tables and indexes extraction builds once per process, at their first use otherwise
    (over 40 short news articles, a twentieth of the time of the first to read them).

    What it loads is then left out of the garbage collector's full collections, as the
    model is (:func:`kg.nlp.pipeline._freeze_loaded_objects`), the first time for these
    settings: each full collection walked the ~30,000 objects of these tables again, 0.03
    of the ~1.1 CPU seconds kg spends after the parse of 47 news articles. Extraction with
    one job runs it too (:func:`kg.run.extract_rdf`)."""
    from .extract.country_initials import load_initials
    from .extract.nonnames import language_names
    from .extract.org_kinds import load_patterns
    from .extract.placing import common_place_words, region_groups, region_skeletons
    from .kb import geo
    from .kb.features import load_table as load_features
    from .kb.geocode import load_tables
    from .kb.geodistricts import load_table
    from .nlp import build_pipeline
    from .nlp.factories import KB_RULER

    nlp = build_pipeline(settings)
    geo.warm_up()
    language_names()  # ISO 639-3 through pycountry: read once, not by the first article that names a people
    if nlp.has_pipe(KB_RULER):  # the KB's regions by group name and by spelling (kg.extract.linking reads them)
        kb = nlp.get_pipe(KB_RULER).kb
        region_groups(kb)
        region_skeletons(kb)
    common_place_words()
    load_patterns()
    load_initials()
    load_tables()
    load_table()
    load_features()  # (natural features: 0.02 CPU s at the first place name otherwise)
    key = (settings.model, settings.kb_files, settings.include_default_kb)
    if key not in _WARMED:
        import gc

        _WARMED.add(key)
        _read_once(settings)
        gc.collect()  # no garbage of the loading frozen with the tables
        gc.freeze()


#: the settings (model and knowledge base) :func:`warm_up` has loaded and frozen the tables of
_WARMED: set[tuple[object, ...]] = set()

#: a short made-up report :func:`warm_up` reads once (see :func:`_read_once`)
_WARM_TEXT = "Gunmen attacked a convoy near the town on Monday, killing five people, officials said."


def _read_once(settings: "Settings") -> None:
    """Extract :data:`_WARM_TEXT` as a worker extracts an article (its RDF, N-Quads, events
    and signature) and drop the result: what extraction builds at its first article and
    keeps (the event lexicon read from the ontology, patterns compiled, modules imported,
    ~0.35 CPU s) is then built before workers are forked, once, not again in each of them
    (a callgrind count of an 8-article ``kg load --jobs 2`` found 53% more instructions
    after the fork than ``--jobs 1`` spent on the same articles). The tables are read-only
    and the caches pure: what an article yields does not depend on what was read before."""
    from .ingest.article import Article

    from .run import _extract_each

    for _ in _extract_each([Article.create(_WARM_TEXT, source="<warm-up>")], settings, nquads=True, events=True,
                           prepared=True, sign=True):
        pass
