"""What the build steps share: where the sources are, whose Wikidata ids, the word lists
for naming divisions, and two tests on names."""
from __future__ import annotations

import json
import re
import unicodedata

from . import ROOT

KB_DIR = ROOT / "ontology" / "kb"
SOURCES = KB_DIR / "sources"

#: Where the Wikidata ids come from; ``wikidata_source`` values of the KB files.
RIGOUR_SOURCE = "https://pypi.org/project/rigour/2.6.1/ (rigour.territories, OpenSanctions, MIT)"
SUPRAVERDEN_SOURCE = (
    "https://github.com/confirmordeny/supraverden/blob/59ab4fa0f92f3c75bb45e230908e612f15e8dbdf/dist/ALL_BODIES.md"
)
SOURCE_ALIASES = {"supraverden": SUPRAVERDEN_SOURCE, "rigour": RIGOUR_SOURCE}

#: Word lists for naming divisions: ontology/kb/sources/admin1-words.json (what each is for is
#: said there and in ontology/kb/README.md).
_WORDS = json.loads((SOURCES / "admin1-words.json").read_text(encoding="utf-8"))
POSITION_WORDS: set[str] = set(_WORDS["position_words"])
TYPE_WORDS: set[str] = set(_WORDS["type_words"])
DIRECTION_VARIANTS: dict[str, str] = dict(_WORDS["direction_variants"])
GENERIC_TYPES: tuple[str, ...] = tuple(_WORDS["generic_types"])


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter (names in other scripts are left out)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)
