"""Thirty-sixth round: the subject of a passive of feeling ("Campaign officials *were
thrilled* with ...", "Ms. Hale *is still persuaded* of ...") is the one who feels, and so the
source, as is the main clause's subject for a fronted participle of feeling ("*Worried* the
nation might miss ..., the government") and the noun a participle of feeling follows ("the
only ones *worried* about"): quotes/feelings.py, passives.toml ``feeling``. "Convinced" or
"persuaded" with an infinitive is someone else's act and keeps no source. The subject of a
passive verb of quoting with an agent ("was quoted by the AFP news agency as saying") is the
one who said it, and the reported words start after "saying"
(reported_extent.without_as_saying). Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire import extract

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "Campaign officials were thrilled with the editorial, which called the senator "
            "a fraud.",
            "the editorial",
            "Campaign officials",
            id="thrilled_with",
        ),
        pytest.param(
            "Ms. Hale, like most economists, is still persuaded of the long-established "
            "benefits that trade confers on the economy.",
            "the long-established benefits",
            "Hale",
            id="persuaded_of",
        ),
        pytest.param(
            "Worried the nation might miss its 2030 target, the Danish government has set "
            "aside billions for wind farms.",
            "the nation might miss",
            "the Danish government",
            id="a_fronted_feeling_is_the_main_subject_s",
        ),
        pytest.param(
            "Senator Hale called for a ban, but Democrats weren't the only ones worried about "
            "companies moving abroad to avoid taxes.",
            "companies moving abroad",
            "the only ones",
            id="a_feeling_after_its_noun",
        ),
    ],
)
def test_the_subject_of_a_feeling_passive_is_the_source(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_persuaded_to_act_is_not_a_feeling() -> None:
    from quotewire.nlp.model import load_english
    from quotewire.quotes.feelings import is_feeling_passive

    doc = load_english()("Mr. Dorn, who was persuaded to support the governor, stayed home.")
    persuaded = next(t for t in doc if t.lower_ == "persuaded")
    assert not is_feeling_passive(persuaded)


def test_quoted_by_an_agent_as_saying_credits_the_subject() -> None:
    text = (
        "General Arvid Tolland of the army was quoted by the AFP news agency as saying "
        '"the end of the fighting is near and we will win."'
    )
    assert speaker_of(text, "the end of the fighting") == "Arvid Tolland"


def test_the_words_quoted_as_saying_start_after_saying() -> None:
    quotes = extract("Senator Ellen Marsh was cited as saying the talks had failed.").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("the talks had failed", "Ellen Marsh")]


def test_the_words_quoted_as_saying_after_a_colon_start_at_the_quotation() -> None:
    quotes = extract('Senator Ellen Marsh was quoted as saying: "The talks have failed."').quotes
    assert [(q.text, q.speaker) for q in quotes] == [("The talks have failed.", "Ellen Marsh")]


def test_quoted_as_saying_reports_whatever_the_subject_is() -> None:
    """The passive reports the subject's words even when the recogniser does not take the
    subject for a person (the learned score of the frame alone may fall below the threshold)."""
    quotes = extract("Fonseka was quoted as saying that the war would end soon.").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("that the war would end soon", "Fonseka")]


def test_the_active_quoted_as_saying_still_credits_the_outlet() -> None:
    quotes = extract("The Herald quoted Marsh as saying that the talks had failed.").quotes
    assert [q.speaker for q in quotes] == ["Herald"]
