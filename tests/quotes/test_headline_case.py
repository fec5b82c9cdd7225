"""Headlines: Title Case headlines read in sentence case, and the shapes of colon headlines."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

from quotewire.quotes.headline_case import body_word_forms, is_title_case, sentence_cased

_BODY = (
    "Conservative leader Morton Blackwell said on Monday that he backs Ted Cruz. "
    "Obama was not mentioned, and the icon of the movement praises the senator."
)


def test_title_case_is_told_from_sentence_case() -> None:
    assert is_title_case("Conservative Icon Morton Blackwell Endorses Ted Cruz.")
    assert not is_title_case("Rose Bowl skywriters blast Trump over his campaign.")


def test_sentence_case_keeps_names_and_offsets() -> None:
    headline = "Conservative Icon Morton Blackwell Endorses Ted Cruz And Barack Obama."
    cased = sentence_cased(headline, _BODY, {"barack", "ted"})
    # "Icon" and "Endorses" are common words (the body writes "icon"; "endorses" it never
    # writes capitalised); "Barack" is a first name before a name the body writes capitalised.
    assert cased == "Conservative icon Morton Blackwell endorses Ted Cruz and Barack Obama."
    assert len(cased) == len(headline)


def test_acronyms_and_inner_capitals_keep_their_case() -> None:
    cased = sentence_cased("Trump Praises GOP Leader McConnell.", "", set())
    assert cased == "Trump praises GOP leader McConnell."


def test_body_words_are_compared_whole() -> None:
    # "Trump" inside "Trumpism" is no use of the name; "Self-Funded" and "Trumpism" are
    body = "Trumpism is new. The Self-Funded races and the U.S.-Mexico talks: meets are held."
    cased = sentence_cased("Obama Meets Trump On Self-Funded Races In Trumpism.", body, set())
    assert cased == "Obama meets trump on Self-Funded races in Trumpism."
    forms = {"a", "self", "funded", "self-funded", "U", "S", "U.S", "Mexico", "run"}
    assert body_word_forms("a self-funded U.S.-Mexico run") == forms


def test_stem_ending_in_punctuation_is_searched_for() -> None:
    # "Clinton.’" keeps its full stop before the closing mark: no word chain holds it
    cased = sentence_cased("Rivals Praise ‘Clinton.’", "He met Clinton. Then he left.", set())
    assert cased == "Rivals praise ‘Clinton.’"


@pytest.mark.slow
def test_title_case_headline_verb_is_a_cue(attribute: Attribute) -> None:
    text = "Conservative Icon Morton Blackwell Endorses Ted Cruz.\n\n" + _BODY
    quotes, _ = attribute(text)
    quote = next(q for q in quotes if q.start == text.index("Ted Cruz"))
    assert quote.text == "Ted Cruz"
    assert (quote.cue, quote.speaker) == ("Endorses", "Morton Blackwell")


@pytest.mark.slow
def test_headline_source_speaking_to_an_audience(attribute: Attribute) -> None:
    text = (
        "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\n"
        "Hillary Clinton spoke to Planned Parenthood on Friday about the court."
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "Trump will reverse")
    assert (quote.cue, quote.speaker) == (":", "Hillary Clinton")


@pytest.mark.slow
def test_kicker_label_is_no_source(attribute: Attribute) -> None:
    text = (
        "Breaking: Federal Judge Rules Against The Records Request.\n\n"
        "A federal judge ruled on Friday against the request for the records."
    )
    quotes, _ = attribute(text)
    assert not [q for q in quotes if q.start < text.index("\n")]
