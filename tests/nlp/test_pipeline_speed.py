"""What kg/nlp/pipeline.py does for speed: the rule lemmatizer's word lists looked up through
sets (``_index_lemma_tables``: the same lemmas as the model as shipped, in a fraction of the
time), and the loaded pipeline left out of the garbage collector's full collections."""
from __future__ import annotations

import gc
import pickle

import pytest

from kg.nlp.pipeline import _WordList, load_model

pytestmark = pytest.mark.model

# sentences of several crises, with plural nouns, past and present participles, comparatives,
# proper nouns and words no table knows, so that every path of the rule lemmatizer is taken
SENTENCES = [
    "Paramilitary fighters shelled the camps around El Fasher, and aid workers said supplies were running out.",
    "M23 rebels seized the mining towns north of Goma after heavier clashes with Congolese troops.",
    "Houthi forces fired drones at tankers crossing the Red Sea; two crewmen were wounded.",
    "The junta's aircraft bombed villages in Sagaing, killing dozens of displaced families.",
    "Armed gangs blockaded the fuel terminals of Port-au-Prince for the longest time yet.",
    "Ukrainian officials reported that Russian strikes had damaged Kharkiv's power stations overnight.",
    "Jihadists ambushed a convoy near Gao, and the soldiers' bodies were recovered by villagers.",
    "Al-Shabaab militants overran the better-defended bases in Middle Shabelle, residents told reporters.",
]


@pytest.fixture(scope="module")
def shipped(settings):
    """The model as spaCy loads it, without kg's changes."""
    return load_model(settings.model)


def test_the_lemmas_are_those_of_the_shipped_model(nlp, shipped):
    ours = [[t.lemma_ for t in doc] for doc in nlp.pipe(SENTENCES)]
    theirs = [[t.lemma_ for t in doc] for doc in shipped.pipe(SENTENCES)]
    assert ours == theirs
    assert "shell" in ours[0] and "fighter" in ours[0] and "seize" in ours[1] and "heavy" in ours[1]


def test_the_word_lists_are_looked_up_through_sets(nlp, shipped):
    ours = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    theirs = shipped.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert ours.keys() == theirs.keys() and ours
    for key in theirs:
        assert isinstance(ours[key], _WordList)
        assert list(ours[key]) == theirs[key]  # the same words, in the same order
        assert theirs[key][0] in ours[key] and "no-such-word-x" not in ours[key]


def test_each_words_lemmas_are_worked_out_once(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = nlp("Rebels shelled Goma. Rebels shelled Goma.")
    first, second = doc[0], doc[4]
    assert first.text == second.text == "Rebels"
    assert lemmatizer.lemmatize(first) is lemmatizer.lemmatize(second)  # kept, not worked out again
    assert lemmatizer.lemmatize(first) == ["rebel"]


def test_the_tables_still_serialise():
    words = _WordList(["village", "camp"])
    assert pickle.loads(pickle.dumps(words)) == ["village", "camp"]
    assert "camp" in pickle.loads(pickle.dumps(words))


def test_the_loaded_pipeline_is_left_out_of_full_collections(nlp):
    from kg.nlp.pipeline import _freeze_loaded_objects

    frozen = gc.get_freeze_count()
    assert frozen > 100_000  # the model and the knowledge base, frozen when the pipeline was built
    _freeze_loaded_objects()  # once per process: what is made later is collected as usual
    assert gc.get_freeze_count() == frozen


def test_a_batch_gets_the_lemmas_spacys_own_call_sets(nlp):
    """``nlp.pipe`` lemmatizes each Doc through spaCy's arrays (``_KeptLemmas.pipe``); ``nlp(text)``
    through spaCy's ``Lemmatizer.__call__``: the same lemmas, the attribute ruler's ("'s" read as
    "be") left as they are, spelling's verb lemma first ("staged": "stage")."""
    texts = [*SENTENCES,
             "Farmers staged a protest in Kano; the army's spokesman said it's over.",
             "Police hoped the talks in Dhaka would ease the strikes that waged on."]
    piped = [[(t.text, t.lemma_) for t in doc] for doc in nlp.pipe(texts)]
    called = [[(t.text, t.lemma_) for t in nlp(text)] for text in texts]
    assert piped == called
    assert ("staged", "stage") in piped[-2] and ("'s", "be") in piped[-2] and ("hoped", "hope") in piped[-1]
    assert nlp.get_pipe("lemmatizer").pipe([]) is not None and list(nlp.pipe([""])) [0].text == ""


def test_young_objects_are_collected_less_often_once_the_pipeline_is_loaded(nlp):
    from kg.nlp.pipeline import _OLDER_THRESHOLD, _YOUNG_THRESHOLD, _raise_collection_thresholds

    young, middle, old = gc.get_threshold()
    assert young >= _YOUNG_THRESHOLD and middle >= _OLDER_THRESHOLD and old >= _OLDER_THRESHOLD
    before = gc.get_threshold()
    try:
        gc.set_threshold(50_000, 5, 5)
        _raise_collection_thresholds(gc)
        assert gc.get_threshold() == (50_000, _OLDER_THRESHOLD, _OLDER_THRESHOLD)  # never lowered
        gc.set_threshold(0)
        _raise_collection_thresholds(gc)
        assert gc.get_threshold()[0] == 0  # collection switched off stays off
    finally:
        gc.set_threshold(*before)
