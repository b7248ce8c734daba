"""How ``kg load`` and ``kg extract`` cut their input into batches (kg.run._batches)."""
from __future__ import annotations

from kg.run import _batches


def _cut(n: int, size: int, taper: int = 0, *, told_last: list[int] | None = None, halve: bool = True) -> tuple[list[int], list[int]]:
    """The sizes of the batches of ``n`` items, and after how many batches ``ending`` ran
    (``told_last``: after how many ``last`` ran)."""
    ended: list[int] = []
    sizes: list[int] = []
    last = (lambda: told_last.append(len(sizes))) if told_last is not None else None
    for batch in _batches(iter(range(n)), size, ending=lambda: ended.append(len(sizes)), last=last, taper=taper, halve=halve):
        sizes.append(len(batch))
    return sizes, ended


def test_without_taper_the_batches_are_whole_and_the_end_is_told_as_the_input_ends():
    assert _cut(10, 4) == ([4, 4, 2], [2])  # told while the last (short) batch was read
    assert _cut(8, 4) == ([4, 4], [2])  # told when the next read found nothing
    assert _cut(0, 4) == ([], [0])


def test_with_taper_the_last_articles_go_in_half_batches_in_their_order():
    sizes, ended = _cut(54, 4, taper=16)
    assert sum(sizes) == 54
    assert sizes[:9] == [4] * 9  # 36 articles in whole batches while more than 20 were ahead
    assert sizes[9:] == [2] * 9  # the last 18 in halves
    assert ended == [8]  # told once, as the input ended (with the ninth batch, 18 articles still ahead)


def test_with_taper_the_items_keep_their_order_and_none_is_lost():
    seen = [x for batch in _batches(iter(range(37)), 4, taper=8) for x in batch]
    assert seen == list(range(37))
    assert _cut(3, 4, taper=8) == ([2, 1], [0])
    assert _cut(0, 4, taper=8) == ([], [0])


def test_the_last_batch_is_told_as_it_is_handed_out():
    told: list[int] = []
    sizes, ended = _cut(54, 4, taper=16, told_last=told)
    assert (ended, told) == ([8], [len(sizes) - 1])  # the input's end, then the last batch (after 17)
    told.clear()
    assert _cut(10, 4, told_last=told) == ([4, 4, 2], [2]) and told == [2]  # without a taper: together
    told.clear()
    assert _cut(0, 4, taper=8, told_last=told) == ([], [0]) and told == [0]


def test_read_ahead_without_halving_keeps_whole_batches_and_tells_the_end_a_batch_early():
    """One job's load reads a batch ahead: the batches stay whole, and the input's end is
    told while a whole batch is still to come after the one handed out (the writer then
    writes what the store held back beside its extraction), the last batch as it is handed out."""
    told: list[int] = []
    assert _cut(54, 16, taper=16, halve=False, told_last=told) == ([16, 16, 16, 6], [1]) and told == [3]
    told.clear()
    assert _cut(48, 16, taper=16, halve=False, told_last=told) == ([16, 16, 16], [1]) and told == [2]
    told.clear()
    assert _cut(10, 16, taper=16, halve=False, told_last=told) == ([10], [0]) and told == [0]
