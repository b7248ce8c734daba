"""The examples in the kg.canon docstrings run."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.canon.records", "kg.canon.geography", "kg.canon.link", "kg.canon.apart", "kg.canon.story", "kg.canon.anaphora"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
