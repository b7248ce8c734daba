"""Text laid out in lines and pages (PDF, Word) back into paragraphs.

Report formats break prose into lines at the page width and repeat running heads and
page numbers on every page. :func:`paragraphs_from_pages` undoes that: lines that recur
on most pages (a running head, "Page 3 of 10") are dropped, a word hyphenated at a line
end is joined, and lines are joined into paragraphs, a new one starting after a blank
line or after a short line that ends a sentence; a short line that starts a block and
ends no sentence is a heading, a paragraph of its own.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

__all__ = ["paragraphs_from_pages", "paragraphs_from_lines"]

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_HYPHENATED = re.compile(r"[A-Za-zÀ-ÿ]-$")


def _norm(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def paragraphs_from_pages(pages: Sequence[str]) -> str:
    """The text of ``pages`` (one string each, lines separated by newlines) as paragraphs.

    Examples
    --------
    >>> pages = ["OCHA Flash Update\\nFighting displaced 4,000 peo-\\nple in the town.\\nPage 1 of 2",
    ...          "OCHA Flash Update\\nAid convoys were delayed.\\nPage 2 of 2"]
    >>> print(paragraphs_from_pages(pages))
    Fighting displaced 4,000 people in the town.
    <BLANKLINE>
    Aid convoys were delayed.
    """
    split = [[line.strip() for line in page.splitlines()] for page in pages]
    recurring: set[str] = set()
    if len(split) >= 3 or (len(split) == 2 and all(p for p in split)):
        counts = Counter(_norm(line) for page in split for line in set(filter(None, page)))
        recurring = {line for line, n in counts.items() if n >= max(2, (len(split) + 1) // 2)}
    lines: list[str] = []
    for page in split:
        kept = [line for line in page if not (line and (_norm(line) in recurring or _PAGE_NUMBER.match(line)))]
        lines.extend(kept)
        lines.append("")  # a page break ends a paragraph only if the line before ends a sentence
    return paragraphs_from_lines(lines)


def _is_heading(line: str, width: int, block_ended: bool, after: str) -> bool:
    """A short line that ends no sentence, after a block's end and before a capital."""
    return (
        block_ended
        and bool(width)
        and len(line) < 0.6 * width
        and len(line.split()) <= 8
        and not _SENTENCE_END.search(line)
        and (not after or after[:1].isupper() or after[:1].isdigit())
    )


def paragraphs_from_lines(lines: Sequence[str]) -> str:
    """Join wrapped ``lines`` into paragraphs separated by a blank line.

    >>> print(paragraphs_from_lines(["Background", "The army and the militia clashed", "in the capital.", "Next steps", "Talks resumed."]))
    Background
    <BLANKLINE>
    The army and the militia clashed in the capital.
    <BLANKLINE>
    Next steps
    <BLANKLINE>
    Talks resumed.
    """
    lines = [" ".join(line.split()) for line in lines]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    block_ended = True  # at the start, after a heading, or after a line that ends a sentence
    for i, line in enumerate(lines):
        if not line:
            if current and _SENTENCE_END.search(current):
                paragraphs.append(current)
                current = ""
            continue
        after = next((x for x in lines[i + 1:] if x), "")
        if _is_heading(line, width, block_ended, after):
            if current:
                paragraphs.append(current)
                current = ""
            paragraphs.append(line)
            continue
        if not current:
            current = line
        elif _HYPHENATED.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        block_ended = bool(_SENTENCE_END.search(line))
        # a short line that ends a sentence closes its paragraph (the last line of a block)
        if width and len(line) < 0.7 * width and _SENTENCE_END.search(line):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
