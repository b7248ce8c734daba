"""Words in a script other than Latin: which words are, and the runs of them in a Doc
("Путин", "习近平", "السنوار" written beside their Latin forms)."""
from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

from .doctext import doc_text, positions_by_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


@functools.lru_cache(maxsize=4096)
def is_foreign_script(text: str) -> bool:
    """Whether ``text`` has letters and none of them is Latin ("Путин", "习近平", "السنوار")."""
    if text.isascii():  # every ASCII letter is Latin
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any("LATIN" in unicodedata.name(c, "") for c in letters)


def foreign_script_runs(doc: "Doc") -> list[tuple[int, int]]:
    """Token spans made of words in a script other than Latin (runs of such words)."""
    runs: list[tuple[int, int]] = []
    if doc_text(doc).isascii():
        return runs  # (an ASCII word is in no script but Latin, and no mark goes on a run)
    # only a word with a character outside ASCII is of another script or inside a run (the Doc's word index)
    texts = {i: text for text, at in positions_by_text(doc).items() if not text.isascii() for i in at}
    start = None
    last = -1
    for i in sorted(texts):
        if start is not None and i != last + 1:
            runs.append((start, last + 1))  # an ASCII word after the run ends it
            start = None
        text = texts[i]
        foreign = is_foreign_script(text) or (
            start is not None and not (token := doc[i]).is_space and not token.is_punct and not any(c.isalpha() for c in text)
        )
        if foreign and start is None:
            start = i
        elif not foreign and start is not None:
            runs.append((start, i))
            start = None
        last = i
    if start is not None:
        runs.append((start, last + 1))
    return runs
