"""Bytes → text: decide the encoding, refuse binary data, normalise newlines.

The order of the checks is the policy:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. NUL bytes mean binary data;
3. valid UTF-8 is UTF-8;
4. bytes that *were* UTF-8 (valid multi-byte sequences before the bad byte, or a
   sequence cut off at the end) are broken UTF-8, not some legacy encoding;
5. an encoding declared by the caller (an HTML ``<meta charset>``) is tried strictly;
6. Western legacy text (Windows-1252 with only letters and common punctuation
   above ASCII) is accepted;
7. otherwise charset_normalizer must give a confident answer (little "chaos" and a
   plausible language), else the input is refused.

Finally newlines are normalised to ``\\n`` and text that is mostly control characters
is refused as binary.
"""
from __future__ import annotations

import codecs
import re

from ..errors import IngestError

__all__ = ["decode_text", "normalise_newlines"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
# Punctuation a Western legacy (cp1252 / Latin-1) news text plausibly carries above ASCII.
_LEGACY_PUNCTUATION = frozenset("‘’‚“”„–—…•€£¥¢°§©®™«»¡¿·×÷±²³¹¼½¾ªº¶†‡‰\u00a0\u00ad")
_MAX_LEGACY_SHARE = 0.15  # more non-ASCII than this is not a Western language in cp1252
_MAX_CHAOS = 0.05  # charset_normalizer's "mess" ratio of an accepted guess
_MIN_COHERENCE = 0.2  # and how well its characters fit some language
_MAX_CONTROL_SHARE = 0.02  # control characters in real text are rare
# C0/C1 controls other than tab, newline, vertical tab and form feed; U+FFFD marks garbage.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def decode_text(data: bytes, *, source: str, declared: str | None = None) -> str:
    """Decode ``data`` to text with ``\\n`` newlines, or raise :class:`IngestError`.

    Parameters
    ----------
    data : bytes
        The raw content of one input.
    source : str
        The input's name, used in error messages.
    declared : str, optional
        An encoding the content declares for itself (e.g. HTML ``<meta charset>``);
        tried after UTF-8 and before guessing.

    Returns
    -------
    str
        The text, newlines normalised to ``\\n``; otherwise unchanged.

    Raises
    ------
    IngestError
        The data looks binary or its encoding is neither UTF-8 nor confidently detected.

    Examples
    --------
    >>> decode_text("caf\\u00e9\\r\\n".encode("utf-8-sig"), source="x")
    'café\\n'
    >>> decode_text("The caf\\u00e9 reopened on Monday.".encode("cp1252"), source="x")
    'The café reopened on Monday.'
    """
    text = _decode(data, source=source, declared=declared)
    if text.startswith("\ufeff"):
        text = text[1:]
    text = normalise_newlines(text)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise _binary(source, "it is mostly control characters")
    return text


def normalise_newlines(text: str) -> str:
    r"""Turn ``\r\n``, ``\r`` and Unicode line/paragraph separators into ``\n``.

    Examples
    --------
    >>> normalise_newlines("a\r\nb\rc")
    'a\nb\nc'
    """
    return _NEWLINES.sub("\n", text)


def _decode(data: bytes, *, source: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (bad data at byte {exc.start + len(bom)}): re-save it as UTF-8",
                    source=source,
                ) from None
    if b"\x00" in data:
        raise _binary(source, "it contains NUL bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _was_utf8(data, utf8_error):
        raise _not_utf8(source, utf8_error, "it looks like UTF-8 with corrupt or cut-off characters")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    legacy = _western_legacy(data)
    if legacy is not None:
        return legacy
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    raise _not_utf8(source, utf8_error, "and its encoding could not be detected with confidence")


def _was_utf8(data: bytes, exc: UnicodeDecodeError) -> bool:
    """True when the bytes before the error hold valid multi-byte UTF-8, or it is cut off."""
    if exc.reason == "unexpected end of data":
        return True
    return not data[: exc.start].isascii()


def _western_legacy(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) >= 0x80]
    if len(high) > _MAX_LEGACY_SHARE * len(text):
        return None
    if all(ch.isalpha() or ch in _LEGACY_PUNCTUATION for ch in high):
        return text
    return None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported here: no work at import time

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS or best.coherence < _MIN_COHERENCE:
        return None
    return str(best)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _binary(source: str, why: str) -> IngestError:
    return IngestError(
        f"looks like a binary file, not text ({why}): pass text, HTML or JSON lines files only",
        source=source,
    )


def _not_utf8(source: str, exc: UnicodeDecodeError, why: str) -> IngestError:
    return IngestError(
        f"is not valid UTF-8 text (bad byte 0x{exc.object[exc.start]:02x} at offset {exc.start}; "
        f"{why}): re-save it as UTF-8",
        source=source,
    )
