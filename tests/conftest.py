"""Shared fixtures: settings, the real spaCy pipeline (loaded once), the seed article."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

#: every test fails that connects to a non-loopback address (tests/network_guard.py)
pytest_plugins = ["network_guard"]

ROOT = Path(__file__).resolve().parents[1]
SEED_TEXT = ROOT / "examples" / "politico-2023-09-19.txt"
SEED_PUBLISHED = date(2023, 9, 19)


@pytest.fixture(scope="session")
def settings():
    from kg.config import Settings

    return Settings()


@pytest.fixture(scope="session")
def nlp(settings):
    """The real pipeline kg runs (model + kg's components), loaded once per session."""
    from kg.nlp import build_pipeline

    return build_pipeline(settings)


@pytest.fixture(scope="session")
def seed_article():
    """The seed article as kg reads it (sidecar metadata, boilerplate removed)."""
    from kg.ingest import read_articles

    (article,) = list(read_articles([SEED_TEXT]))
    return article


@pytest.fixture(scope="session")
def seed_extraction(nlp, seed_article):
    from kg.extract import extract_doc
    from kg.nlp import model_description

    return extract_doc(nlp(seed_article.text), seed_article, model=model_description(nlp))


@pytest.fixture(scope="session")
def seed_rdf(seed_extraction, settings):
    from kg.rdf import Iris, to_rdf

    return to_rdf(seed_extraction, Iris(settings.base_iri))


@pytest.fixture()
def memory_store(settings):
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        yield store


@pytest.fixture()
def seed_store(seed_rdf, settings):
    """A fresh in-memory store holding the seed article."""
    from kg.store import open_store

    with open_store("memory:", settings) as store:
        store.put_article(seed_rdf)
        yield store


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    """Say how many tests a missing system tool skipped, and the one command that installs them all."""
    skipped = terminalreporter.stats.get("skipped", [])
    tools = 0
    for report in skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        if ".ci/" in reason or "not installed" in reason:
            tools += 1
    if tools:
        terminalreporter.write_line(
            f"{tools} test{'s' if tools != 1 else ''} skipped because a system tool is missing; "
            "CI installs them all: sudo make tools (= .ci/install-tools.sh), then make test",
            yellow=True,
        )
