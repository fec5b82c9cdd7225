"""Speaker fixes from the tune2 split of the English Wikinews gold set (tests/data/en/), each
measured on PolNeAR train articles 1-840; the sentences are made up.

- A capitalised role word with the "of" phrase of its office ("The Israeli Chief of Staff",
  "the Secretary of State") is a role, named with its office, not a name cut at "of"
  (speakers/mentions.py).
- A phrase of time the parser hung on a source's noun ("According to officials *on
  Saturday*") is not part of the source's name (speakers/source_phrases.py).
- A capitalised title with the name set off by a comma ("The current White House Press
  Secretary, Dana Perino, said") gives the name, not an earlier holder of the title
  (speakers/mentions.py)."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of


@pytest.mark.slow
def test_a_titled_office_keeps_its_of_phrase() -> None:
    text = 'The Israeli Chief of Staff said, "There has been less violence than we thought."'
    assert speaker_of(text, "less violence") == "The Israeli Chief of Staff"


@pytest.mark.slow
def test_a_role_without_an_office_is_unchanged() -> None:
    text = "The mayor of the city said that the troops would stay."
    assert speaker_of(text, "troops would stay") == "The mayor of the city"


@pytest.mark.slow
def test_a_time_phrase_is_no_part_of_the_source() -> None:
    text = "According to officials on Saturday, the virus may have killed two visitors."
    assert speaker_of(text, "the virus") == "officials"


@pytest.mark.slow
def test_a_place_phrase_stays_part_of_the_source() -> None:
    text = "Officials in the Obama administration said that the troops would stay."
    assert speaker_of(text, "troops would stay") == "Officials in the Obama administration"


@pytest.mark.slow
def test_a_title_with_its_name_after_a_comma_gives_the_name() -> None:
    text = (
        "John Baker, a former White House Press Secretary, says in a new book that he was "
        "misled.\n\nThe current White House Press Secretary, Dana Perino, said that it is not "
        "clear what Baker means."
    )
    assert speaker_of(text, "not clear") == "Dana Perino"
