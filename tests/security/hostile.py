"""Builders of hostile inputs for the security tests (files written under a folder)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

#: Two short, ordinary news articles from different crises (each its own id).
GOOD = {
    "a-sudan.txt": (
        "The Rapid Support Forces attacked the town of El Fasher in North Darfur on Monday, "
        "the United Nations said. Thousands of civilians fled towards Tawila, aid groups reported.\n\n"
        "The Sudanese army said it had repelled the assault."
    ),
    "z-haiti.txt": (
        "Gangs attacked the main prison in Port-au-Prince on Saturday, Haitian officials said. "
        "The police said that several officers were wounded in the fighting.\n\n"
        "Kenya has offered to lead a security mission to Haiti."
    ),
}

_PARAGRAPH = (
    "Fighting between the army and the rebels continued near the border on Tuesday, officials said, "
    "and aid agencies warned that food supplies were running low in the camps. "
    "The government said it would open talks with the rebels next month.\n\n"
)


def long_text(size: int) -> str:
    """An article of exactly ``size`` characters, paragraphs of ordinary news prose."""
    text = _PARAGRAPH * (size // len(_PARAGRAPH) + 1)
    return text[:size - 1].rstrip() .ljust(size - 1, " ") + "."


def gzip_bomb(path: Path, expanded: int) -> None:
    """A gzip file of ``expanded`` bytes of letters, compressed about a thousand times."""
    block = b"a" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as out:
        for _ in range(expanded // len(block)):
            out.write(block)


def done_when_2(folder: Path, *, long_chars: int = 1_000_001, bomb: int = 200_000_000, line: int = 50_000_000) -> Path:
    """The folder of issue 12 "Done when 2": two good articles and four hostile inputs."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text)
    (folder / "b-long.txt").write_text(long_text(long_chars))
    (folder / "c-bangs.txt").write_text("!" * 300_000)
    with open(folder / "d-huge-line.jsonl", "w") as out:
        out.write(json.dumps({"text": "word " * (line // 5), "id": "huge"}) + "\n")
    gzip_bomb(folder / "e-bomb.txt.gz", bomb)
    return folder
