"""Headlines, round two: verbs of judgement read in the past tense, colon sources with
lower-case source nouns or with a verb, and copular kicker clauses."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

from quotewire.quotes.headline_verbs import in_past_tense


def _headline_quotes(quotes, text):
    return [q for q in quotes if q.start < text.index("\n")]


def test_verbs_of_judgement_are_put_in_the_past_tense() -> None:
    assert in_past_tense("Warren rips Bloomberg, Senators Slam Plan") == (
        "Warren ripped Bloomberg, Senators Slammed Plan"
    )
    assert in_past_tense("Warren meets Bloomberg") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "content", "cue"),
    [
        ("Warren trashes Bloomberg.", "Bloomberg", "trashes"),
        ("Warren swipes at Bloomberg over tax plan.", "Bloomberg over tax plan", "swipes"),
        ("Warren rebuffs Bloomberg on 'billionaire' tax.", "Bloomberg on 'billionaire'", "rebuffs"),
        ("Warren, campaigning in Iowa, mocks Bloomberg.", "Bloomberg", "mocks"),
    ],
)
def test_a_verb_of_judgement_reports_its_object(
    attribute: Attribute, headline: str, content: str, cue: str
) -> None:
    text = headline + "\n\nSenator Elizabeth Warren spoke in Des Moines on Sunday."
    quotes, _ = attribute(text)
    quote = find(_headline_quotes(quotes, text), content.split(" ")[0])
    assert quote.text.startswith(content)
    assert (quote.cue, quote.speaker) == (cue, "Elizabeth Warren")


@pytest.mark.slow
@pytest.mark.parametrize(
    "headline",
    [
        "Storm attacks test the mayor's plan.",  # a noun, not the verb
        "Senator Defends Himself Against New Charges.",  # a reflexive object is no statement
    ],
)
def test_no_judgement_without_a_verb_and_its_object(attribute: Attribute, headline: str) -> None:
    text = headline + "\n\nThe senator and the mayor spoke in the city on Sunday."
    quotes, _ = attribute(text)
    assert not [q for q in _headline_quotes(quotes, text) if q.cue in ("attacks", "Defends")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("headline", "mention"),
    [
        ("Warren camp: The debate rules favour Bloomberg.", "Warren camp"),
        ("Senate GOP leaders: The budget could fail.", "Senate GOP leaders"),
        ("Gazette editorial: 'Drop the tax now.'", "Gazette"),  # a statement noun: its author
        ("Democrats' new warning: The budget could fail.", "Democrats"),
    ],
)
def test_a_colon_source_may_end_in_a_source_noun(
    attribute: Attribute, headline: str, mention: str
) -> None:
    text = headline + "\n\nThe statement came on Sunday after a long week in the capital."
    quotes, _ = attribute(text)
    [quote] = _headline_quotes(quotes, text)
    assert (quote.cue, quote.speaker_mention.text) == (":", mention)


@pytest.mark.slow
@pytest.mark.parametrize(
    "headline",
    [
        "Gold is back: Prices rise in London.",  # a clause, not a source
        "Warren and Bloomberg: A long rivalry.",  # no source noun ends it
        "DEAL IS DONE: Senators Pass The Budget.",  # a copula in a kicker
    ],
)
def test_a_colon_after_a_clause_or_pair_names_no_source(
    attribute: Attribute, headline: str
) -> None:
    text = headline + "\n\nThe markets and the senators were busy on Sunday."
    quotes, _ = attribute(text)
    assert not [q for q in _headline_quotes(quotes, text) if q.cue == ":"]


@pytest.mark.slow
def test_the_subject_of_a_title_case_clause_before_a_colon_is_the_source(
    attribute: Attribute,
) -> None:
    text = (
        "Warren Addresses Dock Strike: 'This Must End Now.'\n\n"
        "Senator Elizabeth Warren spoke to dock workers on Sunday about the strike."
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "This Must End Now")
    assert (quote.cue, quote.speaker_mention.text) == (":", "Warren")
    assert quote.speaker == "Elizabeth Warren"


@pytest.mark.slow
def test_a_quotation_no_frame_reports_is_no_statement_of_the_headline(
    attribute: Attribute,
) -> None:
    text = (
        "'We are not giving up, friends.'\n\n"
        "Mayor Ann Lee said on Monday that the city would fight the closure."
    )
    quotes, _ = attribute(text)
    assert not _headline_quotes(quotes, text)
    text = (
        "Mayor: 'We are not giving up.'\n\nMayor Ann Lee said on Monday that the city would fight."
    )
    quotes, _ = attribute(text)
    assert [q.text for q in _headline_quotes(quotes, text)] == ["We are not giving up."]
