"""Fixes of review6's English findings (mend6): a phrase cue's object can speak only by its
head noun, never by a place inside it (quotes/phrase_cue_frames.py); a document after a
reported object is where it was written only after "on", and "address" is read as listed
(quotes/object_occasions.py); a hyphen inside a word sets no quotation off
(quotes/nesting.py); "written" keeps an object of its own, which is no predicate of its subject
(quotes/declared_subjects.py); a candidate opening with a participle of saying falls through to
the test of a participle on a noun (quotes/frames.py). The sentences are made up in the shapes
the review found (and "names" is a verb of naming as "calls" is: one ``naming`` list in
cues.toml); the participle test's parse is written out."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find
from written_parses import doc_from_parse

from quotewire.quotes.cues import load_cue_lexicon
from quotewire.quotes.frames import _holds_a_saying_participle


@pytest.mark.slow
def test_according_to_the_laws_of_a_place_stays_in_the_claim(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Lawyers for the state argued the election was held according to the laws of Texas."
    )
    claim = next(q for q in quotes if q.speaker == "Lawyers for the state")
    assert claim.text == "the election was held according to the laws of Texas"


@pytest.mark.slow
def test_according_to_a_place_s_law_stays_in_the_claim(attribute: Attribute) -> None:
    quotes, _ = attribute("Lawyers argued the vote was counted according to Ohio law.")
    claim = next(q for q in quotes if q.speaker == "Lawyers")
    assert claim.text == "the vote was counted according to Ohio law"


@pytest.mark.slow
def test_a_letter_after_an_object_says_which_provisions(attribute: Attribute) -> None:
    quotes, _ = attribute("The senator criticized the provisions in the letter.")
    assert find(quotes, "provisions").text == "the provisions in the letter"


@pytest.mark.slow
def test_a_post_after_an_object_says_which_changes(attribute: Attribute) -> None:
    quotes, _ = attribute("The company praised the changes in the post.")
    assert find(quotes, "changes").text == "the changes in the post"


@pytest.mark.slow
def test_an_address_after_an_object_is_its_occasion(attribute: Attribute) -> None:
    quotes, _ = attribute("The president defended the plan in a televised address.")
    assert find(quotes, "the plan").text == "the plan"


@pytest.mark.slow
def test_a_quotation_after_a_hyphen_in_a_word_is_borrowed(attribute: Attribute) -> None:
    quotes, _ = attribute('The mayor said the council praised a pro-"growth" agenda for the city.')
    assert [q.speaker for q in quotes] == ["The mayor"]


@pytest.mark.slow
def test_a_quotation_after_a_spaced_hyphen_is_set_off(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'The mayor said the council praised the plan - "a growth agenda for the city".'
    )
    assert "the council" in [q.speaker for q in quotes]


@pytest.mark.slow
def test_an_object_of_written_is_no_declared_predicate(attribute: Attribute) -> None:
    quotes, _ = attribute("She was written a letter by the minister, who declined to comment.")
    assert "She" not in [q.text for q in quotes]


def test_a_candidate_opening_with_another_saying_participle_falls_through() -> None:
    """A candidate opening with a participle of saying that is neither an adverbial clause nor
    after "by" is still judged by the participle of saying on a noun inside it."""
    doc = doc_from_parse(
        "He/PRP/PRON/nsubj>1 left/VBD/VERB/ROOT>1 saying/VBG/VERB/xcomp>1 "
        "goodbye/UH/INTJ/dobj>2 to/IN/ADP/prep>2 aides/NNS/NOUN/pobj>4 "
        "saying/VBG/VERB/acl>5 thanks/NNS/NOUN/dobj>6 ././PUNCT/punct>1"
    )
    lexicon = load_cue_lexicon()
    assert not lexicon.is_speech("left")
    assert _holds_a_saying_participle(doc[1], list(doc[2:8]), lexicon)


@pytest.mark.slow
def test_names_after_a_reported_clause_is_the_source_s_next_act(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'Smith says he respects Clinton and names her "a tough opponent" in the race.'
    )
    assert find(quotes, "respects").text == "he respects Clinton"
