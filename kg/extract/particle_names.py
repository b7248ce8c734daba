"""Names that go on over a particle chain: the NER stopped before "wal-Muslimeen" in "Jama'at
Nusrat al-Islam wal-Muslimeen", before "bin Salman", before "-des-Bouquets" in a French town's
name, before "-us Saliheen" in "Riyad-us Saliheen" (an Arabic article hyphened to the word
before it). The particles are ``[particles]`` of ``ontology/lexicon/names.toml``.

Split from :mod:`kg.extract.names` (the step of reading a name's extent over particles).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .names import name_lexicon, word_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extend_over_particles"]


def extend_over_particles(doc: "Doc", start: int, end: int) -> int:
    """The end of a name that goes on over a particle chain ("... al-Islam *wal-Muslimeen*")."""
    particles = name_lexicon().particles
    alone = particles - name_lexicon().hyphen_only
    joined = particles | name_lexicon().hyphen_joined
    n = len(doc)
    if (
        end - start > 1 and end < n and doc[end - 1].is_lower and word_key(doc[end - 1].text) in alone
        and doc[end - 1].whitespace_ and doc[end].text[:1].isupper() and doc[end].is_alpha
    ):
        end += 1  # the NER stopped after the particle: "Bello Turji wa | Shinkafi"
    while end < n:
        t = doc[end]
        key = word_key(t.text)
        if key in alone and doc[end].whitespace_ and end + 1 < n and doc[end + 1].text[:1].isupper():
            end += 2  # "bin Salman", "ould Sidi"
        elif key in particles and end + 2 < n and doc[end + 1].text == "-" and doc[end + 2].text[:1].isupper():
            end += 3  # "wal-Muslimeen"
        elif "-" in t.text and t.text.split("-", 1)[0].lower() in particles and t.text.split("-", 1)[1][:1].isupper():
            end += 1  # "wal-Muslimeen" as one token
        elif (
            t.text == "-" and not doc[end - 1].whitespace_ and not t.whitespace_ and end + 2 < n
            and doc[end + 1].is_lower and word_key(doc[end + 1].text) in joined and doc[end + 1].whitespace_
            and doc[end + 2].text[:1].isupper() and doc[end + 2].is_alpha
        ):
            end += 3  # "Riyad" + "-us Saliheen": an article or izafat hyphened to the word before
        elif (
            t.text == "-" and not doc[end - 1].whitespace_ and end + 3 < n
            and word_key(doc[end + 1].text) in joined and doc[end + 2].text == "-"
            and not doc[end + 1].whitespace_ and not doc[end + 2].whitespace_ and doc[end + 3].text[:1].isupper()
        ):
            end += 4  # "Croix" + "-des-Bouquets", "Tehreek" + "-e-Labbaik": a hyphenated French, Arabic or Urdu name
        else:
            break
    return end
