"""Thirteenth round: a subject-less cue after a clause closed by a comma inside a quotation
mark, and a conjunct of such a cue; a name before an aside in parentheses; a participle on a
message whose verb has no subject (speakers/inherited.py); "called X "Y"" read as a naming
participle (quotes/sources.py); a titled name the recogniser tagged as an organisation
(speakers/antecedents.py); a title the tokenizer keeps whole ("Fr.",
data/en/title_abbreviations.toml). Each rule was measured on PolNeAR train articles 1-840;
the sentences here are made up in the shapes found there."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening

from quotewire import extract


@pytest.mark.slow
def test_the_conjunct_of_a_cue_after_a_clause_closed_inside_a_mark_shares_its_subject() -> None:
    text = (
        "Harbour vote.\n\n"
        "In a sharp attack on the council leader, Mayor Ben Okafor said Ruth Adams lacks “the "
        "patience or the vision” needed to run the port.\n\n"
        "Okafor further summed up Adams as “reckless,” denounced her record as harbour chief "
        "and said she should not even be allowed to stand for office again."
    )
    assert speaker_of_opening(text, "she should not even be allowed") == "Ben Okafor"


@pytest.mark.slow
def test_a_name_before_an_aside_in_parentheses_is_the_source_of_the_cue_after_it() -> None:
    text = (
        "The senator.\n\n"
        "Few politicians would ever admit this, but Sen. Ben Okafor (a Delaware Democrat so "
        "young he has been mistaken for an intern) says he was lost, a bit adrift, in the "
        "months after being elected to the upper chamber."
    )
    assert speaker_of_opening(text, "he was lost") == "Ben Okafor"


@pytest.mark.slow
def test_a_titled_name_tagged_as_an_organisation_is_a_person_she_can_refer_to() -> None:
    text = (
        "Guilty pleasures.\n\n"
        "“I watch old films about sailing ships, mostly,” Okafor said.\n\n"
        "Former Hewlett-Packard CEO Carly Fiorina named a Chicago favourite as her guilty "
        "pleasure. “’The Bridge,’” she said, “although I haven’t had time to watch the last "
        "season!”"
    )
    assert speaker_of_opening(text, "although I haven’t had time") == "Carly Fiorina"


@pytest.mark.slow
def test_the_name_after_an_abbreviated_title_is_the_source() -> None:
    text = (
        "Church and state.\n\n"
        '"We pray for the candidates, all of them, every Sunday," said Fr. Michael Pfleger '
        "of St. Sabina."
    )
    assert speaker_of_opening(text, "We pray") == "Michael Pfleger"


@pytest.mark.slow
def test_the_noun_before_a_participle_with_an_object_and_a_predicate_does_the_calling() -> None:
    text = (
        "Trump in Britain.\n\n"
        "That proposal prompted Britain's Parliament to call a debate in January on whether to "
        'ban Trump; one lawmaker called Trump "the loudest salesman of American '
        'self-publicity." But the move to ban him was unsuccessful.'
    )
    assert speaker_of_opening(text, 'Trump "the loudest') == "one lawmaker"


@pytest.mark.slow
def test_a_participle_on_a_message_says_what_its_issuer_says() -> None:
    # the tagger reads "Black Lives Matter" before "issued" as an adjective, a noun and an
    # adverb, so "issued" has no subject in the parse
    text = (
        "The parade.\n\n"
        "The police presence prompted Black Lives Matter, the grand marshal for the parade, to "
        "withdraw from the event. Black Lives Matter issued a statement saying it took the "
        'action "because of the unsafe conditions created for our communities."'
    )
    quotes = [q for q in extract(text).quotes if q.text.startswith("it took the action")]
    assert len(quotes) == 1
    mention = quotes[0].speaker_mention
    assert mention is not None and mention.text == "Black Lives Matter"
