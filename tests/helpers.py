"""Helpers for tests (importable as ``helpers``: pytest puts tests/ on sys.path)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest

SEED_PUBLISHED = date(2023, 9, 19)


def extract_text(nlp, text: str, *, published: date | None = SEED_PUBLISHED, title: str | None = None):
    """Extraction of a text snippet (for mechanism tests on sentences beyond the seed)."""
    from kg.extract import extract_doc
    from kg.ingest.article import Article

    article = Article.create(text, published=published, title=title, source="<test>")
    return extract_doc(nlp(text), article)


def events_of(ex, cls):
    """The events of type ``cls`` in an extraction."""
    return [e for e in ex.events if e.type == cls]


def one(ex, cls):
    """The one event of type ``cls``; fails the test when there are none or several."""
    found = events_of(ex, cls)
    assert len(found) == 1, f"{cls}: {[(e.type, e.trigger.text) for e in ex.events]}"
    return found[0]


def by_trigger(ex, cls, trigger):
    """The one event of type ``cls`` whose trigger reads ``trigger``; fails the test otherwise."""
    found = [e for e in ex.events if e.type == cls and e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in ex.events]
    return found[0]


def place_of(ex, event):
    """The label of an event's stated place (None when it has none)."""
    return ex.entities[event.place].label if event.place else None


def places_of_class(nlp, text: str, cls: str, *, published: date):
    """The stated place (label, or key when not an entity; None when none) of each event of
    class ``cls`` extracted from ``text``; fails when there is no such event."""
    ex = extract_text(nlp, text, published=published)
    found = [e for e in ex.events if e.type == cls]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return [ex.entities[e.place].label if e.place in ex.entities else e.place for e in found]


def role(ex, event, name):
    """Sorted labels of the participants of ``event`` in role ``name``."""
    return sorted(ex.entities[p.entity].label for p in event.participants if p.role == name)


def event_at(ex, trigger):
    """The first event (of any type) whose trigger reads ``trigger``."""
    return next(e for e in ex.events if e.trigger.text == trigger)


def event_in(nlp, text: str, trigger: str, *, published: date):
    """The first event whose trigger reads ``trigger`` in the extraction of ``text``; fails the
    test, listing the events found, when there is none."""
    ex = extract_text(nlp, text, published=published)
    found = [e for e in ex.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in ex.events]
    return found[0]


def role_names(ex, event, name) -> set[str]:
    """The lower-cased labels of the participants of ``event`` in role ``name``."""
    return {x.lower() for x in role(ex, event, name)}


def role_posts(ex) -> set[tuple[str, str, str | None]]:
    """(person, post label, organisation) of an extraction's roles, by label."""
    name = lambda key: ex.entities[key].label if key else None  # noqa: E731
    return {(name(r.person), r.label, name(r.org)) for r in ex.roles}


def statement_speakers(ex) -> list[list[str]]:
    """The speakers of each statement that has one, by label, in the order of the text."""
    out = []
    for e in sorted(ex.events, key=lambda e: e.trigger.start):
        said = [ex.entities[p.entity].label for p in e.participants if p.role == "speaker" and p.entity in ex.entities]
        if said:
            out.append(said)
    return out


# ---------------------------------------------------------------------- tables of cases
# A test module lists its sentences as data and one test loops over them: ``CASES =
# [*class_cases(...), *class_rows(...)]`` with ``@pytest.mark.parametrize("text, makes, makes_no",
# CASES)`` and :func:`assert_classes`; the same for roles (:func:`role_cases`, :func:`assert_role`)
# and modalities (:func:`modality_cases`, :func:`assert_modality`). The id of a case is the name of
# its group and its number in it ("a_strike_of_workers_is_a_protest-1").


def _params(name: str, rows: Iterable[tuple]) -> list:
    """pytest cases of ``rows``, with the ids ``name-0``, ``name-1``, ..."""
    return [pytest.param(*row, id=f"{name}-{i}") for i, row in enumerate(rows)]


def class_cases(name: str, texts: list[str], *, makes: tuple[str, ...] = (), makes_no: tuple[str, ...] = ()) -> list:
    """Cases ``(text, makes, makes_no)``: each text makes an event of every class of ``makes``
    and none of ``makes_no``."""
    return _params(name, ((text, makes, makes_no) for text in texts))


def class_rows(name: str, rows: list[tuple], present: bool | None = None) -> list:
    """Cases ``(text, makes, makes_no)`` from rows ``(text, cls)``, each of which makes an event of
    class ``cls`` (or, ``present=False``, none), or without ``present`` rows ``(text, cls, present)``."""
    full = [row if present is None else (row[0], row[1], present) for row in rows]
    return _params(name, ((text, (cls,) if yes else (), () if yes else (cls,)) for text, cls, yes in full))


def assert_classes(ex, makes: tuple[str, ...], makes_no: tuple[str, ...] = ()) -> None:
    """Fails, saying the events found, unless there is an event of each class of ``makes`` and none of ``makes_no``."""
    types = {e.type for e in ex.events}
    found = [(e.type, e.trigger.text) for e in ex.events]
    assert not set(makes) - types, f"no {sorted(set(makes) - types)}; found {found}"
    assert not set(makes_no) & types, f"{sorted(set(makes_no) & types)} found, which must not be: {found}"


def role_cases(name: str, rows: list[tuple[str, ...]], role: str | None = None, *, present: bool = True) -> list:
    """Cases ``(text, trigger, role, who, present)`` from rows ``(text, trigger, who)`` (or, without
    ``role``, ``(text, trigger, role, who)``): the event whose trigger reads ``trigger`` has (or,
    ``present=False``, has not) ``who`` in ``role`` (a set: exactly those)."""
    full = [row if role is None else (row[0], row[1], role, row[2]) for row in rows]
    return _params(name, ((*row, present) for row in full))


def assert_role(ex, trigger: str, role_name: str, who: str | set[str], present: bool = True) -> None:
    """Fails, saying the events and their roles, unless the event whose trigger reads ``trigger``
    has (``present``) or has not the lower-cased ``who`` among its participants in ``role_name``
    (``who`` a set: unless they are those participants, no more, no fewer)."""
    found = [(e.type, e.trigger.text) for e in ex.events]
    event = next((e for e in ex.events if e.trigger.text == trigger), None)
    assert event is not None, f"no event at {trigger!r}; found {found}"
    names = role_names(ex, event, role_name)
    held = names == who if isinstance(who, set) else who in names
    assert held == present, f"{role_name} of {event.type} {trigger!r}: {sorted(names)}"


def modality_cases(name: str, rows: list[tuple[str, ...]], modality: str | None = None) -> list:
    """Cases ``(text, cls, modality)`` from rows ``(text, cls)`` (or, without ``modality``,
    ``(text, cls, modality)``): the one event of class ``cls`` has that modality."""
    return _params(name, (row if modality is None else (row[0], row[1], modality) for row in rows))


def assert_modality(ex, cls: str, modality: str) -> None:
    """Fails, saying the events and their modalities, unless the one event of class ``cls`` (or
    of any of the classes "A|B") has ``modality``."""
    found = [(e.type, e.trigger.text, e.modality) for e in ex.events]
    of_class = [e for e in ex.events if e.type in cls.split("|")]
    assert len(of_class) == 1 and of_class[0].modality == modality, f"{cls} not one, or not {modality}: {found}"


def entity_named(ex, surface: str):
    """The entity of the last mention written ``surface`` (fails naming the mentions there are)."""
    found = [ex.entities[m.entity] for m in ex.mentions if m.span.text == surface]
    assert found, f"{surface!r} not found: {sorted({m.span.text for m in ex.mentions})}"
    return found[-1]


def extract_reports(settings, folder, reports: Iterable[tuple[str, str, str]]) -> dict[str, tuple[str, str, list]]:
    """Extract made-up reports as ``kg load`` does: each (name, published day, text) written to
    ``folder`` as an article with its sidecar (a url of its own, the day), then read and
    extracted once; name -> (its graph IRI, its article IRI, the triples of its claims), the
    arguments :func:`kg.canon.records.article_events` takes."""
    import json

    from kg.ingest import read_articles
    from kg.rdf.iris import Iris
    from kg.run import Report, extract_rdf

    paths = []
    for name, published, text in reports:
        path = folder / f"{name}.txt"
        path.write_text(f"Report\n\n{text}", encoding="utf-8")
        path.with_suffix(".json").write_text(json.dumps({"url": f"https://example.org/{name}", "published": published}),
                                             encoding="utf-8")
        paths.append(path)
    iris = Iris(settings.base_iri)
    return {path.stem: (str(rdf.graph), str(iris.article(rdf.article_id)), list(rdf.claim_triples))
            for path, rdf in zip(paths, extract_rdf(read_articles(paths), settings, Report()))}
