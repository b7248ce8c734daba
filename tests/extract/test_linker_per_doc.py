"""A document's linker is made once and kept with it: every reader of one article asks the
same linker (its people's surnames read once, its look-up caches shared), another article
gets its own."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_one_linker_a_document_with_its_peoples_surnames(nlp):
    from kg.extract.linking import linker_for

    sudan = nlp("UN envoy Ramtane Lamamra met army chief Abdel Fattah al-Burhan in Port Sudan on Monday.")
    ukraine = nlp("Ukrainian President Volodymyr Zelensky visited Kharkiv after a Russian strike, officials said.")
    first = linker_for(sudan)
    assert linker_for(sudan) is first
    assert linker_for(ukraine) is not first
    assert "Lamamra" in first.surnames and "Zelensky" not in first.surnames
    assert "Zelensky" in linker_for(ukraine).surnames
