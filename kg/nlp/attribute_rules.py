"""The model's attribute ruler, matched through dictionaries: the same matches, found faster.

spaCy's ``attribute_ruler`` (in the English pipelines: fine tag → part of speech and
morphology, and word-and-tag exceptions such as "'s" → "be") finds its matches with a
``Matcher``, which tries each of its ~180 patterns at each token: 9 % of the parse of 47
news articles (0.14 of 1.6 CPU seconds). Nearly all of its patterns are a token or two in
a row given by exact attribute values (``{"LOWER": "'s", "TAG": "VBZ"}``, or one of a list
with ``IN``): each is a key in a dictionary keyed by those values, and the matches are the
keys the tokens' own values make, read from spaCy's array of them (:meth:`Doc.to_array`).
The few others (``NOT_IN``, ``REGEX``) are read condition by condition, the exact values
first, a regular expression once per distinct string. A quarter of the Matcher's time.

The matches are those the ``Matcher`` finds, sorted as the ruler sorts them (by rule,
then place), so the ruler sets the same attributes in the same order. A ruler with any
other kind of pattern (operators, extension attributes, fuzzy or comparison predicates)
keeps spaCy's matching.
"""
from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import re

    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.strings import StringStore
    from spacy.tokens import Doc

__all__ = ["index_attribute_rules"]

#: the token attributes a pattern may give for its rule to be matched through a dictionary
_PLAIN = ("ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "SHAPE",
          "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE")

Match = tuple[int, int, int, int]  # (rule number, rule key, start, end), as AttributeRuler.match gives them


class _Condition:
    """What one attribute of a token must be: one of some values (``IN``, or one value), none
    of them (``NOT_IN``), or a string a regular expression finds something in (``REGEX``)."""

    __slots__ = ("offset", "column", "kind", "values", "regex", "_found")

    def __init__(self, offset: int, column: int, kind: str, values: frozenset[int] = frozenset(),
                 regex: "re.Pattern[str] | None" = None) -> None:
        self.offset, self.column, self.kind, self.values, self.regex = offset, column, kind, values, regex
        self._found: dict[int, bool] = {}  # REGEX: its answer for each string seen (by hash)

    def holds(self, values: list[int], at: list[int], strings: "StringStore") -> list[int]:
        """Those of the places ``at`` where it holds, ``values`` being its attribute's column."""
        offset = self.offset
        if self.kind == "in":
            wanted = self.values
            return [i for i in at if values[i + offset] in wanted]
        if self.kind == "not_in":
            unwanted = self.values
            return [i for i in at if values[i + offset] not in unwanted]
        found, search = self._found, self.regex.search  # type: ignore[union-attr]
        kept = []
        for i in at:
            value = values[i + offset]
            hit = found.get(value)
            if hit is None:
                if len(found) > _REGEX_KEPT:
                    found.clear()
                hit = found[value] = bool(search(strings[value]))
            if hit:
                kept.append(i)
        return kept


#: strings whose answer to a REGEX condition is kept
_REGEX_KEPT = 100_000


class _Rules:
    """The ruler's patterns: those of exact values (one value or ``IN``) in dictionaries, one
    for each run of attribute names, by the values that match; the others (``NOT_IN``,
    ``REGEX``) as conditions read in turn."""

    def __init__(self, ruler: "AttributeRuler") -> None:
        self.strings = ruler.vocab.strings
        #: the attribute ids read from a Doc, and each one's column
        self.attrs: list[int] = []
        self._column: dict[int, int] = {}
        #: (length, places as (token offset, column)) → values (one, or a tuple) → rules
        self.tables: dict[tuple[int, tuple[tuple[int, int], ...]], dict[Any, list[tuple[int, int]]]] = {}
        #: the other patterns: (rule number, rule key, length, conditions)
        self.others: list[tuple[int, int, int, list[_Condition]]] = []
        for number, entry in enumerate(ruler.patterns):
            key = self.strings[str(number)]  # as AttributeRuler.add keys the rule in its Matcher
            for pattern in entry["patterns"]:
                self._add(number, key, pattern)

    def _column_of(self, name: str) -> int:
        from spacy.attrs import IDS

        upper = name.upper()
        if upper not in _PLAIN:
            raise _NotPlain(name)
        attr = IDS["ORTH" if upper == "TEXT" else upper]
        if attr not in self._column:
            self._column[attr] = len(self.attrs)
            self.attrs.append(attr)
        return self._column[attr]

    def _add(self, number: int, key: int, pattern: list[dict[str, Any]]) -> None:
        import re
        from itertools import product

        if not pattern:
            raise _NotPlain("an empty pattern")
        conditions: list[_Condition] = []
        for offset, spec in enumerate(pattern):
            if not spec:
                raise _NotPlain("a token of any kind")
            for name in sorted(spec):
                value = spec[name]
                column = self._column_of(name)
                if not isinstance(value, dict):
                    conditions.append(_Condition(offset, column, "in", frozenset((_hashed(value),))))
                elif list(value) == ["IN"] and isinstance(value["IN"], list):
                    conditions.append(_Condition(offset, column, "in", frozenset(_hashed(v) for v in value["IN"])))
                elif list(value) == ["NOT_IN"] and isinstance(value["NOT_IN"], list):
                    conditions.append(_Condition(offset, column, "not_in", frozenset(_hashed(v) for v in value["NOT_IN"])))
                elif list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
                    conditions.append(_Condition(offset, column, "regex", regex=re.compile(value["REGEX"])))
                else:
                    raise _NotPlain(f"{name}: {value!r}")
        if all(c.kind == "in" for c in conditions):
            places = tuple((c.offset, c.column) for c in conditions)
            table = self.tables.setdefault((len(pattern), places), {})
            for values in product(*(sorted(c.values) for c in conditions)):
                rules = table.setdefault(values[0] if len(values) == 1 else values, [])
                if (number, key) not in rules:
                    rules.append((number, key))
        else:  # the exact values first: they leave the fewest places to try the rest at
            conditions.sort(key=lambda c: ("in", "not_in", "regex").index(c.kind))
            self.others.append((number, key, len(pattern), conditions))

    def match(self, doc: "Doc") -> list[Match]:
        """The ruler's matches in ``doc``, sorted as :meth:`AttributeRuler.match` sorts them."""
        n = len(doc)
        if not n:
            return []
        array = doc.to_array(self.attrs)
        columns: list[list[int]] = [array.tolist()] if array.ndim == 1 else array.T.tolist()
        found: set[Match] = set()
        for (length, places), table in self.tables.items():
            starts = n - length + 1
            if starts <= 0:
                continue
            get = table.get
            # the value (or values) each start gives, and the starts whose value is a key,
            # found by C loops (compress, map), Python's only for the matches
            if len(places) == 1:
                offset, column = places[0]
                keys: list[Any] = columns[column][offset:offset + starts]
            else:
                keys = list(zip(*(columns[c][o:o + starts] for o, c in places)))
            for i in compress(range(starts), map(get, keys)):
                for number, key in get(keys[i]):
                    found.add((number, key, i, i + length))
        strings = self.strings
        for number, key, length, conditions in self.others:
            at = list(range(n - length + 1))
            for condition in conditions:
                if not at:
                    break
                at = condition.holds(columns[condition.column], at, strings)
            for i in at:
                found.add((number, key, i, i + length))
        return sorted(found)


class _NotPlain(Exception):
    """A pattern this module does not read (an operator, an extension attribute, ...)."""


def _hashed(value: object) -> int:
    """A pattern's value as the Matcher compares it: strings by their hash, booleans as 0 / 1."""
    from spacy.strings import get_string_id

    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (str, int)):
        return get_string_id(value)
    raise _NotPlain(repr(value))


def index_attribute_rules(nlp: "Language") -> None:
    """Match the patterns of ``nlp``'s attribute ruler through dictionaries (see the module),
    when every one of them is of the kind that can be; otherwise leave the ruler as it is.

    The ruler's ``match`` is replaced; ``set_annotations`` and everything else stay spaCy's.
    """
    from spacy.pipeline import AttributeRuler

    for _, pipe in nlp.pipeline:
        if not isinstance(pipe, AttributeRuler) or getattr(pipe, "_kg_indexed", False):
            continue
        try:
            rules = _Rules(pipe)
        except _NotPlain:
            continue
        pipe.match = rules.match  # type: ignore[method-assign]
        if _Setter.fits(pipe):
            pipe.set_annotations = _Setter(pipe)  # type: ignore[method-assign]
        pipe._kg_indexed = True  # type: ignore[attr-defined]


class _Setter:
    """``AttributeRuler.set_annotations``, each token set once: the attributes of all the
    rules that match it merged in the order of the matches, so that the last one of each
    attribute stands, as it does when spaCy sets them one rule after another (an attribute
    of a token set again is only overwritten). spaCy made a ``Span`` of each match (some
    16,000 over 47 news articles) and set its token's attributes: 0.04 CPU s, here 0.01.
    Only for rules that set attributes of the token alone (its lemma, tags, dependency,
    morphology and norm), not those of its word's lexeme, shared by the other tokens of the
    word, nor extension attributes.
    A rule whose token index falls outside its match is left to spaCy, which raises.
    """

    @staticmethod
    def fits(ruler: "AttributeRuler") -> bool:
        """Whether every rule of ``ruler`` sets attributes of the token alone."""
        from spacy.attrs import DEP, LEMMA, MORPH, NORM, POS, TAG

        return all(set(attrs) <= {DEP, LEMMA, MORPH, NORM, POS, TAG} for attrs in ruler.attrs)

    def __init__(self, ruler: "AttributeRuler") -> None:
        self.ruler = ruler
        self.spacy_set = ruler.set_annotations

    def __call__(self, doc: "Doc", matches: list[Match]) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        attrs, indices = self.ruler.attrs, self.ruler.indices
        merged: dict[int, dict[Any, Any]] = {}
        for number, _key, start, end in matches:
            index = indices[number]
            if not -(end - start) <= index < end - start:
                self.spacy_set(doc, matches)  # (raises spaCy's error)
                return
            at = (start if index >= 0 else end) + index
            found = merged.get(at)
            if found is None:
                merged[at] = dict(attrs[number])
            else:
                found.update(attrs[number])
        for at, values in merged.items():
            set_token_attrs(doc[at], values)
