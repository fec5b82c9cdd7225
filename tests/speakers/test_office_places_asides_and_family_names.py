"""Thirty-third round (what the Wikinews tune7/tune8 rounds left in the speaker's mention): a
role with its place before a name set off by commas is the name's title ("said Democratic
Senator for Vermont, Patrick J. Leahy": speakers/mentions.py); an aside between commas on how
a source spoke is no part of its name ("A spokeswoman for the ministry, on condition of
anonymity, said": speakers/source_phrases.py); an East Asian family name written first is no
woman's given name ("political scientist Ma Ngok ... He noted": speakers/lexicon.py). The
sentences are made up in the shape found in the articles."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

pytestmark = pytest.mark.slow


def test_a_role_with_its_place_before_a_name_is_the_name_s_title() -> None:
    text = (
        '"This is a sad day for the country," said Democratic Senator for Vermont, '
        "Patrick J. Leahy."
    )
    assert speaker_of(text, "This is a sad day") == "Patrick J. Leahy"


def test_a_place_the_parser_hung_on_the_verb_still_belongs_to_the_role() -> None:
    text = (
        '"To start that process would be a disaster," said Republican Senator from South '
        "Carolina, Lindsey O. Graham."
    )
    assert speaker_of(text, "To start that process") == "Lindsey O. Graham"


def test_a_role_with_its_place_and_no_name_stays_the_role() -> None:
    text = '"We will not give up," said the Senator from Ohio.'
    assert speaker_of(text, "We will not give up") == "the Senator"


def test_an_aside_on_how_a_source_spoke_is_no_part_of_its_name() -> None:
    text = (
        "A spokeswoman for the federal Justice Ministry, on condition of anonymity, said "
        "authorities were able to open a case against him."
    )
    speaker = speaker_of(text, "authorities were able")
    assert speaker == "A spokeswoman for the federal Justice Ministry"


def test_an_aside_that_names_whose_source_it_is_stays() -> None:
    text = "A spokesman, for the Justice Ministry, said the case would be opened next week."
    assert speaker_of(text, "the case would be opened") == ("A spokesman, for the Justice Ministry")


def test_an_east_asian_family_name_written_first_tells_no_gender() -> None:
    text = (
        "Hong Kong political scientist Ma Ngok said the turnout was seen as public support. "
        'He noted, "This is a big slap in the face because the public has shown its view."'
    )
    assert speaker_of(text, "This is a big slap") == "Ma Ngok"
