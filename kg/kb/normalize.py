"""How surface forms are compared: one normal form for labels, aliases and queries."""
from __future__ import annotations

import functools

import re
import unicodedata

__all__ = ["normalize_surface", "is_case_sensitive"]

# Letters NFKD does not decompose into a base letter plus a combining mark.
_TRANSLIT = str.maketrans(
    {
        "ə": "e", "Ə": "e", "ǝ": "e", "Ǝ": "e",
        "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h", "þ": "th", "Þ": "th",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
    }
)
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032\u02b9]")
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212/_]+")
_DROPPED = re.compile(r"[.,]")
_LEADING_THE = re.compile(r"^the\s+")


@functools.lru_cache(maxsize=65536)  # the same names come back in every article
def normalize_surface(text: str) -> str:
    """The form under which two names count as the same name.

    Case, accents and diacritics are ignored (``Erdoğan`` = ``Erdogan``, ``Xankəndi`` =
    ``Xankendi``), curly and straight apostrophes are equal, hyphens, dashes, slashes and
    runs of spaces are one space (``Nagorno-Karabakh`` = ``Nagorno Karabakh``), full stops
    and commas are dropped (``U.S.`` = ``US``) and a leading ``the`` is ignored.

    Parameters
    ----------
    text : str
        A label, an alias or a mention.

    Returns
    -------
    str
        The normal form; empty if nothing but punctuation was given.

    Examples
    --------
    >>> normalize_surface("the Nagorno–Karabakh")
    'nagorno karabakh'
    >>> normalize_surface("Azerbaijan’s") == normalize_surface("Azerbaijan's")
    True
    >>> normalize_surface("U.S.")
    'us'
    """
    if text.isascii():  # the common case: nothing to decompose, strip or transliterate
        folded = text.lower().replace("`", "'")
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = stripped.translate(_TRANSLIT).casefold()
        folded = _APOSTROPHES.sub("'", folded)
    folded = _DROPPED.sub("", folded)
    folded = _SEPARATORS.sub(" ", folded).strip()
    return _LEADING_THE.sub("", folded)


def is_case_sensitive(alias: str) -> bool:
    """Whether ``alias`` must match running text with its case kept.

    True for short abbreviations: at most four letters, written all in capitals or with
    full stops (``US``, ``EU``, ``UN``, ``U.S.``, ``AFP``, ``NATO``). Pattern generation
    should match these case-sensitively so that "us" or "un" in running text are not
    taken for the United States or the United Nations. :meth:`KnowledgeBase.lookup`
    ignores case: it resolves a mention already found.

    Examples
    --------
    >>> [is_case_sensitive(a) for a in ("US", "U.S.", "EU", "NATO", "Nato", "Baku", "USAID")]
    [True, True, True, True, False, False, False]
    """
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or len(letters) > 4:
        return False
    return "." in alias or all(ch.isupper() for ch in letters)
