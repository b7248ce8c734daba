"""What the paths given to ``kg load`` / ``kg extract`` hold, before anything is read.

The readers (:mod:`kg.ingest.files`) skip what they cannot read without a word: hidden
files, files of unknown formats in a folder, sidecars. A newcomer then sees "0 articles"
and no reason. :func:`survey` names the reasons up front, so the command can say them:

* a web address given as a path (kg reads files and folders; it fetches nothing);
* files in a folder whose format kg does not read (``.doc``, ``.xlsx``…): one line each
  ("ignored …: unsupported format", unlike "skipped", which is an input kg could not read
  and makes the run fail), and a summary line by suffix;
* a sidecar ``.json`` given alone: it is metadata for a text file, not an article.

Hidden files and folders (``.git``, ``.DS_Store``) are not reported: they are never articles.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .files import STDIN
from .formats import format_for_path, known_extensions
from .sidecar import is_sidecar, sidecars_among

__all__ = ["Survey", "survey", "url_message", "supported_suffixes"]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass
class Survey:
    """The paths kg will not read as articles, by reason."""

    urls: list[str] = field(default_factory=list)
    unsupported: list[Path] = field(default_factory=list)  # files in folders, of no known format
    sidecars: list[Path] = field(default_factory=list)  # sidecars named on their own

    def unsupported_lines(self, limit: int = 20) -> list[str]:
        """One line per unsupported file (at most ``limit``, then a count), and a summary."""
        if not self.unsupported:
            return []
        lines = [f"ignored {p}: unsupported format" for p in self.unsupported[:limit]]
        if len(self.unsupported) > limit:
            lines.append(f"… and {len(self.unsupported) - limit} more files of unsupported formats")
        kinds = Counter(p.suffix.lower() or "(no suffix)" for p in self.unsupported)
        counted = ", ".join(f"{k} ×{n}" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
        n = len(self.unsupported)
        lines.append(f"{n} file{'s' if n != 1 else ''} of unsupported formats ignored ({counted}); kg reads {supported_suffixes()}")
        return lines

    def nothing_read_reason(self) -> str:
        """Why a run read no article, as far as the paths tell."""
        reasons = []
        if self.sidecars:
            names = ", ".join(str(p) for p in self.sidecars[:3])
            reasons.append(f"{names}: a sidecar holds the metadata of its text file; load the text file (or its folder)")
        if self.unsupported:
            reasons.append(f"the folders hold no file kg reads, only {len(self.unsupported)} of unsupported formats")
        if not reasons:
            reasons.append(f"no file kg reads ({supported_suffixes()}) in the paths given")
        return "; ".join(reasons)


def supported_suffixes() -> str:
    """The file suffixes kg reads, for messages: ``.docx .htm .html …``."""
    return " ".join(known_extensions()) + " (and .gz of them)"


def url_message(url: str) -> str:
    """What to do with a web address given where kg wants a file."""
    return (
        f"{url} is a web address: kg reads files and folders, it does not fetch pages. "
        f"To load a web page, save it first (curl -L -o page.html '{url}') and load the file; "
        "or put its text in a JSON lines file with its url; for an RSS or Atom feed, use --feed URL"
    )


def survey(paths: Iterable[str | Path]) -> Survey:
    """What among ``paths`` kg will not read as articles (see the module's docstring)."""
    found = Survey()
    for given in paths:
        text = str(given)
        if text == STDIN:
            continue
        path = Path(given)
        if not path.exists():
            if _URL.match(text):
                found.urls.append(text)
            continue
        if path.is_dir():
            found.unsupported += _unsupported_in(path)
        elif is_sidecar(path):
            found.sidecars.append(path)
    return found


def _unsupported_in(folder: Path) -> list[Path]:
    out: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        sidecars = sidecars_among(files)
        for name in sorted(files):
            if name.startswith(".") or name in sidecars:
                continue
            if format_for_path(name) is None:
                out.append(Path(root) / name)
    return out
