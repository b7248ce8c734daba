"""Helpers for tests (importable as ``helpers``: pytest puts tests/ on sys.path)."""
from __future__ import annotations

from datetime import date

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


def role(ex, event, name):
    """Sorted labels of the participants of ``event`` in role ``name``."""
    return sorted(ex.entities[p.entity].label for p in event.participants if p.role == name)


def event_at(ex, trigger):
    """The first event (of any type) whose trigger reads ``trigger``."""
    return next(e for e in ex.events if e.trigger.text == trigger)


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
