"""Fixes from the tune11 split of the English Wikinews gold set (tests/data/en/): an
infinitive hung on a noun that names an occasion of speaking ("used the dinner *as an
opportunity to say* ...") is said by the subject of the verb the noun completes, not by the
noun (quotes/sources.py ``_verb_of_occasion``, inherited_sources.toml ``occasion_nouns``);
the capitalised portfolio of an office between the role and the name set off after it ("the
Minister for Enterprise, Trade and Employment, John Martin, said") is part of the role, so
the name is the speaker (speakers/mentions.py ``_office_place``); a name after a role word
the tagger read as a verb right before the cue ('"...", Caloundra *coach* Geoff Ingram said')
is the cue's subject (quotes/misparsed_subjects.py ``name_after_role_read_as_verb``, used by
quotes/sources.py ``_parsed_source``). Measured on PolNeAR train
articles 1-840 too; the sentences are made up in the shape found in the articles."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Hale used the dinner as an opportunity to say that taxes would rise.",
        "Governor Tom Hale saw the debate as a chance to argue that taxes would rise.",
    ],
)
def test_an_infinitive_on_an_occasion_noun_is_the_subjects(text: str) -> None:
    assert speaker_of(text, "taxes would rise") == "Tom Hale"


@pytest.mark.parametrize(
    "text",
    [
        "The chance to say that taxes would rise came on Friday for Governor Tom Hale.",
        "This is a chance to say that taxes would rise, Governor Tom Hale wrote.",
    ],
)
def test_an_occasion_noun_that_is_no_object_gives_its_verb_no_say(text: str) -> None:
    """Only the verb the noun is the object of speaks through it, not "came" or "is"."""
    from quotewire.nlp.model import load_english
    from quotewire.quotes.sources import _verb_of_occasion

    doc = load_english()(text)
    say = next(t for t in doc if t.lower_ == "say")
    assert _verb_of_occasion(say) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Trade, John Martin, said the project was good.",
        "The Irish Minister for Enterprise, Trade and Employment, John Martin, said the "
        "project was good.",
        "The Secretary for Trade and Industry, John Martin, said the project was good.",
    ],
)
def test_a_name_after_an_offices_portfolio_is_the_speaker(text: str) -> None:
    assert speaker_of(text, "the project was good") == "John Martin"


@pytest.mark.parametrize(
    "text",
    [
        '"I am pretty happy with that", Caloundra coach Geoff Ingram said.',
        '"I am [pretty happy with that]", Caloundra coach Geoff Ingram said.',
    ],
)
def test_a_name_after_a_role_read_as_a_verb_is_the_speaker(text: str) -> None:
    assert speaker_of(text, "happy with that") == "Geoff Ingram"


def test_a_verb_before_a_name_after_a_comma_keeps_its_own_subject() -> None:
    text = "The team will coach Geoff Ingram next year, the manager said."
    assert speaker_of(text, "coach Geoff Ingram") == "the manager"
