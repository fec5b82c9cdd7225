"""Eleventh round: a subject the parser took from the quotation before an inverted cue
(speakers/source_heads.py), names the recogniser tagged as organisations
(speakers/antecedents.py, used by speakers/coref.py), and a quotation after a cue whose clause
hangs on the reporting verb of the quotation before (quotes/linking.py)."""

from __future__ import annotations

import pytest

from quotewire import extract


def speaker_of(text: str, fragment: str) -> str | None:
    quotes = [q for q in extract(text).quotes if fragment in q.text]
    assert len(quotes) == 1, [q.text for q in extract(text).quotes]
    return quotes[0].speaker


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
