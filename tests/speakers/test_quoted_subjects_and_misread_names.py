"""Eleventh round: a subject the parser took from the quotation before an inverted cue
(speakers/source_heads.py), names the recogniser tagged as organisations
(speakers/antecedents.py, used by speakers/coref.py), and a quotation after a cue whose clause
hangs on the reporting verb of the quotation before (quotes/linking.py)."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire import extract


@pytest.mark.slow
def test_a_quoted_subject_before_an_inverted_cue_gives_way_to_the_name_after_it() -> None:
    text = (
        "Cruz attacked Rubio on immigration.\n\n"
        '"He opposed every single one of them. Every single amendment," said Cruz, who had '
        "introduced some of those amendments. \"It's not like people were quiet in sharing "
        'their concerns at the time."\n\n'
        '"Anybody who attacks him, it\'s like buyer beware," said Louise Sunshine, who has '
        "known Trump since the 1970s and worked closely with him."
    )
    assert speaker_of(text, "Every single amendment") == "Cruz"
    assert speaker_of(text, "quiet in sharing") == "Cruz"
    assert speaker_of(text, "buyer beware") == "Louise Sunshine"


@pytest.mark.slow
def test_a_name_tagged_as_an_organisation_is_a_person_when_described_as_one() -> None:
    text = (
        "Maryam Violet, an Iranian journalist visiting Nice on vacation, told the Guardian "
        "that she saw the truck running into people as they left the fireworks show.\n\n"
        '"I saw that suddenly people were fleeing and shouting," she said, speaking by phone '
        "from Nice. \"People were shouting, 'It's a terrorist attack! It's a terrorist "
        "attack!' It was clear that the driver was doing it deliberately.\""
    )
    assert speaker_of(text, "suddenly people were fleeing") == "Maryam Violet"
    assert speaker_of(text, "People were shouting") == "Maryam Violet"


@pytest.mark.slow
def test_a_name_tagged_as_an_organisation_is_a_person_when_its_surname_is_one() -> None:
    text = (
        "The campus auditorium was half-empty when GOP presidential candidate Carly Fiorina "
        "strode onstage, smiling and waving.\n\n"
        "Fiorina, 61, declined multiple requests for an interview for this article.\n\n"
        "Her husband, Frank Fiorina, sat in the front row.\n\n"
        '"If you are not leading, you are failing," she said. "To transform a company from a '
        'laggard to a leader took a lot of bold moves and tough choices."'
    )
    assert speaker_of(text, "not leading") == "Carly Fiorina"
    assert speaker_of(text, "laggard") == "Carly Fiorina"


@pytest.mark.slow
def test_a_quotation_goes_on_with_the_quotation_whose_cue_governs_the_last_cue() -> None:
    text = (
        '"We were attacked in downtown Manhattan where Wall Street is," Clinton said, with a '
        'passion that almost suggested that the question was out of line. "I did spend a '
        'whole lot of time and effort helping them rebuild."'
    )
    assert speaker_of(text, "helping them rebuild") == "Clinton"


@pytest.mark.slow
def test_a_capitalised_modal_before_a_past_form_is_a_name() -> None:
    text = (
        "Columnist George Will reignited his feud with Donald Trump this week.\n\n"
        "“The eruption of war in the capital of a NATO ally is a reminder that the nominating "
        "process will potentially send a commander in chief to Washington,” Will wrote.\n\n"
        "Instead, Will called for Republicans to throw their support behind Chris Christie."
    )
    assert speaker_of(text, "eruption of war") is not None
    assert speaker_of(text, "eruption of war").endswith("Will")
    assert speaker_of(text, "throw their support").endswith("Will")


@pytest.mark.slow
def test_a_conjunct_on_a_reported_clause_about_it_continues_the_reporting_verb() -> None:
    text = (
        "Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, "
        'said it was too early to congratulate winners but added, "I think you all have an '
        'idea of the results."'
    )
    assert speaker_of(text, "you all have an idea") == "Suu Kyi"


@pytest.mark.slow
def test_a_subject_cut_off_by_a_participle_aside_or_a_relative_clause() -> None:
    text = (
        "But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, "
        '"Let me tell you, he\'s got a heck of an email list."\n\n'
        "Although there is no such overlap with Sanders's team, a White House official who "
        'spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are '
        'discussions between the White House and the Sanders campaign."'
    )
    assert speaker_of(text, "email list") == "Richard J. Durbin"
    assert speaker_of(text, "Certainly there are").startswith("a White House official")


@pytest.mark.slow
def test_a_clause_naming_a_thing_or_a_time_before_a_quotation_is_not_its_source() -> None:
    text = (
        'Clinton has since apologized for what happened: "Yes, I should have used two email '
        'addresses, one for personal matters and one for my work at the State Department."\n\n'
        "In Washington, President Obama released a statement Thursday night condemning "
        '"what appears to be a horrific terrorist attack in Nice, France."'
    )
    assert speaker_of(text, "two email addresses") == "Clinton"
    assert speaker_of(text, "horrific terrorist attack") == "Obama"


@pytest.mark.slow
def test_a_party_or_a_quantified_group_object_does_what_the_infinitive_says() -> None:
    text = (
        "Even the sleepy timing of the debate led Republicans to say that Democrats were "
        "trying to protect a candidate.\n\n"
        "Clinton's recent polling decline in Iowa has led some allies to worry whether she "
        "could lose her dominance."
    )
    assert speaker_of(text, "trying to protect") == "Republicans"
    assert speaker_of(text, "lose her dominance") == "some allies"


@pytest.mark.slow
def test_a_demand_on_a_party_stays_with_the_one_who_makes_it() -> None:
    text = "Sanders pushes Dems to reject the Puerto Rico debt deal."
    assert speaker_of(text, "debt deal") == "Sanders"


@pytest.mark.slow
def test_a_contracted_has_said_is_a_perfect_not_a_passive() -> None:
    text = (
        "Since Bernie Sanders announced his candidacy last year, he's said the same thing at "
        "every diner stop, every rally and every campaign event: \"It's not about me, it's "
        'about us."'
    )
    assert speaker_of(text, "not about me") == "Bernie Sanders"


@pytest.mark.slow
def test_a_known_surname_tagged_as_an_organisation_is_the_person() -> None:
    """The tagger reads "Sanders" as a plural noun and the recogniser tags it ORG: it is
    the person the article named, not an organisation of its own that a later lone
    "Sanders" (and the quote after it) would join."""
    text = (
        "Senator Walter Sanders ended his campaign on Monday.\n\n"
        'In a speech, Sanders shared his reasons with voters, saying "the road is closed".\n\n'
        'Sanders said in his speech, "I do not take this lightly".\n\n'
        'On a talk show, Sanders called his rival a "decent man".'
    )
    article = extract(text)
    assert [(s.name, s.kind) for s in article.speakers] == [("Walter Sanders", "person")]
    assert speaker_of(text, "decent man") == "Walter Sanders"
