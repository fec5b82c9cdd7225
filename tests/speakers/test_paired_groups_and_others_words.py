"""Thirty-seventh round: a group named with "both", "either" or "neither" before its
conjuncts keeps that word (speakers/source_phrases.full_phrase), and a noun cue that is the
object of a verb that follows, looks into, stirs up or puts down other people's words ("The pledge
*follows reports* that ...") credits no one (quotes/uncredited_sources.credits_source). A noun
cue owned by the subject of another verb ("made the claim") keeps its
owner. Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "The mayor resigned on Monday. Both the council and the province called for his "
            "death to be investigated.",
            "to be investigated",
            "Both the council and the province",
            id="both_before_two_descriptions",
        ),
        pytest.param(
            "The bill passed on Monday. Both the union and its members said that the vote "
            "was a victory.",
            "the vote was a victory",
            "Both the union and its members",
            id="both_before_a_possessed_conjunct",
        ),
        pytest.param(
            "Both Ellen Marsh and Tom Hale said that the vote was a victory.",
            "the vote was a victory",
            "Ellen Marsh",
            id="names_keep_the_first_conjunct",
        ),
    ],
)
def test_a_paired_group_keeps_its_pairing_word(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(
            "The pledge follows reports that government troops are laying siege to the "
            "last rebel towns in the north.",
            "laying siege",
            id="an_event_follows_reports",
        ),
        pytest.param(
            "In July 2013, the Trade Department began investigating complaints that Corvania "
            "had been dumping steel below cost.",
            "dumping steel",
            id="an_office_investigates_complaints",
        ),
        pytest.param(
            "Two floods hit the valley last spring. Together they created a backdrop of "
            "anger, stoking fears about the harvest.",
            "the harvest",
            id="events_stoke_fears",
        ),
    ],
)
def test_others_words_have_no_named_owner(text: str, fragment: str) -> None:
    assert speaker_of(text, fragment) is None


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "Senator Ellen Marsh made the claim that the mill would close by May.",
            "the mill would close",
            "Ellen Marsh",
            id="a_claim_made_is_the_makers",
        ),
        pytest.param(
            "But the vote could fuel Marsh's nagging concern that she cannot trust the party "
            "leaders.",
            "she cannot trust",
            "Marsh",
            id="a_possessor_owns_the_fuelled_noun",
        ),
        pytest.param(
            "Senator Ellen Marsh followed the vote with a statement that the count was rigged.",
            "the count was rigged",
            "Ellen Marsh",
            id="follows_with_her_own_statement",
        ),
    ],
)
def test_owned_noun_cues_keep_their_owner(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker
