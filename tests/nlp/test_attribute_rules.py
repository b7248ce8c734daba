"""kg/nlp/attribute_rules.py: the model's attribute ruler matched through dictionaries finds
exactly the matches spaCy's Matcher finds, so the tokens get the same attributes."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.nlp.attribute_rules import _Rules, _Setter, index_attribute_rules
from kg.nlp.pipeline import load_model

from .test_pipeline_speed import SENTENCES

# contractions, colloquial forms and spaces, for the model's word-and-tag exceptions and its
# REGEX and NOT_IN patterns ("ain't", "nothin'", "y'all", auxiliaries, determiners)
MORE = [
    "\"We ain't leaving,\" a farmer in Rakhine said; \"there's nothin' left, y'all know it.\"",
    "The ceasefire won't hold if the militias don't withdraw, the envoy's deputy warned.",
    "  Whether or not the talks resume, which side  controls the port is unclear.\n\nAid is blocked.  ",
    "I'm told they've been shelling since dawn, and it's the third day the wells haven't worked.",
]


def _spacy_matches(ruler, doc):
    """What AttributeRuler.match returns with spaCy's Matcher."""
    found = ruler.matcher(doc, allow_missing=True, as_spans=False)
    return sorted((int(ruler.vocab.strings[key]), key, start, end) for key, start, end in found)


@pytest.mark.model
def test_the_models_rules_match_as_spacys_matcher(settings):
    nlp = load_model(settings.model)  # the model as shipped
    ruler = nlp.get_pipe("attribute_ruler")
    rules = _Rules(ruler)
    assert rules.others and rules.tables  # both kinds of pattern are in the English model
    before = [name for name, _ in nlp.pipeline][: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=before):
        docs = list(nlp.pipe(SENTENCES + MORE + ["", " "]))
    for doc in docs:
        assert rules.match(doc) == _spacy_matches(ruler, doc)
    assert sum(len(rules.match(doc)) for doc in docs) > 100


@pytest.mark.model
def test_the_pipeline_sets_the_attributes_spacys_ruler_sets(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match.__self__, _Rules) and isinstance(ruler.set_annotations, _Setter)

    def read(doc):
        return [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.norm_, t.dep_, t.head.i) for t in doc]

    ours = [read(doc) for doc in nlp.pipe(SENTENCES + MORE)]
    match, set_annotations = ruler.match, ruler.set_annotations
    del ruler.match, ruler.set_annotations  # spaCy's own methods
    try:
        theirs = [read(doc) for doc in nlp.pipe(SENTENCES + MORE)]
    finally:
        ruler.match, ruler.set_annotations = match, set_annotations
    assert ours == theirs
    assert ("AUX", "VBZ", "be") in {(pos, tag, lemma) for doc in ours for pos, tag, _, lemma, *_ in doc}  # "'s", "it's"


def _ruler_with(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_every_kind_of_value_matches_as_the_matcher_does():
    nlp, ruler = _ruler_with([
        {"patterns": [[{"LOWER": "troops"}], [{"ORTH": "Troops"}]], "attrs": {"LEMMA": "troop"}},
        {"patterns": [[{"LOWER": {"IN": ["rebels", "militias"]}, "IS_TITLE": True}]], "attrs": {"NORM": "armed"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_ALPHA": True}]], "attrs": {"MORPH": "Foo=Bar"}},
        {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
        {"patterns": [[{"TEXT": "Goma"}, {"IS_PUNCT": True}]], "attrs": {"LEMMA": "goma"}, "index": -1},
        {"patterns": [[{"LOWER": "troops"}]], "attrs": {"LEMMA": "soldier"}},  # a later rule wins
    ])
    rules = _Rules(ruler)
    words = ["Rebels", "and", "troops", "left", "Goma", ",", "y'", "all", "said", "Militias", "the", "Troops", "y", "all"]
    doc = Doc(nlp.vocab, words=words)
    expected = _spacy_matches(ruler, doc)
    assert rules.match(doc) == expected and len(expected) > 10
    index_attribute_rules(nlp)
    doc = nlp(Doc(nlp.vocab, words=words))
    assert [t.lemma_ for t in doc][:3] == ["", "", "soldier"]
    assert doc[6].lemma_ == "you" and doc[0].norm_ == "armed" and doc[5].lemma_ == "goma"


def test_a_ruler_with_other_patterns_keeps_spacys_matching():
    nlp, ruler = _ruler_with([
        {"patterns": [[{"LOWER": "shelling", "OP": "+"}]], "attrs": {"LEMMA": "shell"}},
    ])
    index_attribute_rules(nlp)
    assert not isinstance(getattr(ruler.match, "__self__", None), _Rules)
    assert nlp("shelling")[0].lemma_ == "shell"


def test_the_last_rule_of_each_attribute_stands_and_a_bad_index_is_spacys_error():
    nlp, ruler = _ruler_with([
        {"patterns": [[{"LOWER": "shelled"}]], "attrs": {"LEMMA": "shell", "TAG": "VBD"}},
        {"patterns": [[{"LOWER": "shelled"}]], "attrs": {"LEMMA": "bombard"}},  # later: its lemma wins, the tag stays
        {"patterns": [[{"LOWER": "army"}, {"LOWER": "shelled"}]], "attrs": {"POS": "VERB"}, "index": -1},
    ])
    index_attribute_rules(nlp)
    assert isinstance(ruler.set_annotations, _Setter)
    doc = nlp("The army shelled Kharkiv and shelled Sumy.")
    assert [(t.lemma_, t.tag_, t.pos_) for t in doc if t.lower_ == "shelled"] == [("bombard", "VBD", "VERB"), ("bombard", "VBD", "")]
    nlp, ruler = _ruler_with([{"patterns": [[{"LOWER": "army"}]], "attrs": {"LEMMA": "x"}, "index": 3}])
    index_attribute_rules(nlp)
    with pytest.raises(ValueError, match="E1001"):
        nlp("The army left.")
    nlp, ruler = _ruler_with([{"patterns": [[{"LOWER": "army"}]], "attrs": {"LOWER": "troops"}}])
    index_attribute_rules(nlp)  # a lexeme's attribute: set as spaCy sets it
    assert not isinstance(ruler.set_annotations, _Setter)
