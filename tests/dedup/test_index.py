"""kg/dedup/index.py: the LSH index finds copies and leaves other stories alone."""
from __future__ import annotations

from pathlib import Path

from kg.dedup.index import DuplicateIndex, is_near_duplicate
from kg.dedup.minhash import signature

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "world" / "dev" / "articles"


def _dev() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))}


def test_every_dev_text_is_alone_and_its_copy_finds_it():
    texts = _dev()
    index = DuplicateIndex()
    for name, text in texts.items():
        assert index.matches(signature(text)) == [], f"{name} matched another story"
        index.add(name, signature(text))
    assert len(index) == len(texts)
    for name, text in texts.items():
        copy = "GENEVA (Reuters) - " + text + "\n\nReporting by our correspondents; editing by the desk."
        found = index.matches(signature(copy))
        assert [m.article_id for m in found] == [name]
        assert found[0].similarity > 0.8


def test_remove_and_replace():
    texts = _dev()
    a, b = "drc-goma-offensive-2025-01", "ukraine-kharkiv-region-civilians-2024-05"
    index = DuplicateIndex()
    index.add("x", signature(texts[a]))
    assert [m.article_id for m in index.matches(signature(texts[a]))] == ["x"]
    index.add("x", signature(texts[b]))  # the same id, another text: the old one is gone
    assert index.matches(signature(texts[a])) == []
    assert [m.article_id for m in index.matches(signature(texts[b]))] == ["x"]
    assert index.matches(signature(texts[b]), exclude="x") == []
    index.remove("x")
    assert len(index) == 0 and index.matches(signature(texts[b])) == []
    index.remove("x")  # twice is harmless


def test_a_short_item_is_not_a_copy_of_every_text_quoting_it():
    text = _dev()["somalia-mogadishu-sahafi-hotel-attack-2015-11"]
    first_sentence = text.split(". ")[0] + "."
    index = DuplicateIndex()
    index.add("long", signature(text))
    assert index.matches(signature(first_sentence)) == []


def test_the_decision():
    assert is_near_duplicate(0.9, 0.0) and is_near_duplicate(0.1, 0.95)
    assert not is_near_duplicate(0.3, 0.5)


def test_templated_short_items_are_not_copies_of_each_other():
    index = DuplicateIndex()
    template = "Update {0}: shelling near the city displaced {0} families overnight, local officials said on Monday."
    for i in range(30):
        index.add(str(i), signature(template.format(i)))
    assert index.matches(signature(template.format(100))) == []
    # the same item, its punctuation changed: a copy
    assert [m.article_id for m in index.matches(signature(template.format(7).replace(",", " -")))] == ["7"]


def test_a_long_series_of_copies_links_to_a_bounded_number():
    from kg.dedup.index import MAX_MATCHES

    text = _dev()["gaza-security-council-rafah-2024-05"]
    index = DuplicateIndex()
    for i in range(MAX_MATCHES + 10):
        index.add(str(i), signature(f"Edition {i}. " + text))
    assert len(index.matches(signature(text))) == MAX_MATCHES
