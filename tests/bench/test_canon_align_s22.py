"""Session 22: the canon bench takes a gold mention to be the extracted event whose trigger span
holds its offset when no extracted trigger begins there (the annotator's "bombing" of kg's
"suicide bombing", "explosion" of "set off an explosion"); dev2 is a tuning split."""
from __future__ import annotations

import pytest

from .loader import bench_script


@pytest.fixture(scope="module")
def bench():
    yield from bench_script("canon")


def test_a_gold_word_inside_a_trigger_is_that_event(bench) -> None:
    spans = {"s/un-sg": [(44, 59, "s/un-sg@44"), (141, 147, "s/un-sg@141")],
             "s/wiki": [(89, 109, "s/wiki@89"), (95, 109, "s/wiki@95")]}
    out = bench._aligned(["s/un-sg@52", "s/un-sg@141", "s/wiki@100", "s/wiki@300", "s/other@5"], spans)
    assert out == {"s/un-sg@52": "s/un-sg@44", "s/un-sg@141": "s/un-sg@141", "s/wiki@100": "s/wiki@95",
                   "s/wiki@300": "s/wiki@300", "s/other@5": "s/other@5"}


def test_dev2_is_tuned_on_and_the_held_back_ones_are_not(bench) -> None:
    assert "dev2" in bench.TUNING_SPLITS
    assert not {"heldback3", "check2"} & bench.TUNING_SPLITS
