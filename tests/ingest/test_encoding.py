"""kg/ingest/encoding.py: which bytes are text, in which encoding."""
from __future__ import annotations

import codecs
import random

import pytest

from kg.errors import IngestError
from kg.ingest.encoding import decode_text

TEXT = "The mayor\u2019s office said the caf\u00e9 would reopen. \u201cGood news,\u201d she said. Prices rose 5% \u2014 the most since 2011."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1252"],
)
def test_encodings_that_are_accepted(data):
    assert decode_text(data, source="x.txt") == TEXT


def test_newlines_are_normalised_and_nothing_else_changes():
    assert decode_text(b"one\r\ntwo\rthree\n\n  four\t", source="x") == "one\ntwo\nthree\n\n  four\t"


def test_declared_encoding_is_used_for_non_utf8():
    russian = "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e"
    assert decode_text(russian.encode("cp1251"), source="x", declared="windows-1251") == russian


def test_confident_detection_of_another_encoding():
    russian = "Правительство объявило о новых мерах поддержки экономики во вторник, сообщили в министерстве финансов."
    assert decode_text(russian.encode("cp1251"), source="x") == russian


@pytest.mark.parametrize(
    "data, message",
    [
        (random.Random(1).randbytes(4000), "binary"),
        (bytes(b | 0x80 for b in random.Random(2).randbytes(4000)), "not valid UTF-8"),
        ((TEXT + " \u2026").encode("utf-8")[:-1], "not valid UTF-8"),  # cut inside the last character
        (TEXT.encode("utf-8")[:40] + b"\xff" + TEXT.encode("utf-8")[40:], "not valid UTF-8"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary"),
        (b"text \x01\x02\x03\x04\x05\x06\x07\x08 more \x0e\x0f\x10\x11\x12", "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
    ],
    ids=["random", "random-high", "truncated-utf8", "bad-byte", "zip", "control-chars", "bad-utf16"],
)
def test_inputs_that_are_refused_name_the_file_and_say_what_to_do(data, message):
    with pytest.raises(IngestError) as caught:
        decode_text(data, source="in/story.txt")
    assert caught.value.source == "in/story.txt"
    assert message in str(caught.value)
    assert str(caught.value).startswith("in/story.txt: ")
    assert ": " in caught.value.reason and "\n" not in str(caught.value)
