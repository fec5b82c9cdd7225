"""Twelfth round: a name set apart from its subject-less cue by an aside (a "who" clause, a
prepositional phrase) where the parser ran the sentence on from the paragraph before, the
subject of a fronted participle hung on a verb in the quotation after it
(speakers/inherited.py), and a name after a hyphenated title (speakers/source_heads.py)."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire import extract


@pytest.mark.slow
def test_a_name_before_a_who_clause_and_a_time_is_the_source_of_the_cue_after_them() -> None:
    text = (
        '"The senator, famously guarded, took three questions on Monday."\n\n'
        "Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump during the "
        "Republican presidential primaries, last week said Trump was seeking to start either a "
        "rebellious movement or a media empire."
    )
    assert speaker_of(text, "rebellious movement") == "Beck"


@pytest.mark.slow
def test_a_name_opening_its_paragraph_before_a_prepositional_aside_is_the_source() -> None:
    text = (
        "The Washington Post reports Clinton's last press conference was held on Dec. 4.\n\n"
        "Washington Post columnist Margaret Sullivan, in an attempt to draw attention to "
        "Clinton's lack of press conferences, wrote, \"The candidate, famously opaque, answered "
        'a grand total of seven questions on Dec. 4, 2015."'
    )
    assert speaker_of(text, "famously opaque") == "Margaret Sullivan"


@pytest.mark.slow
def test_a_fronted_participle_takes_the_subject_after_its_comma() -> None:
    text = (
        "Gov. Scott Walker spoke in Des Moines on Monday.\n\n"
        'Emphasizing the cost of the program, Walker said, "If we do not cut spending now, we '
        'are not going to have a budget at all."'
    )
    participles = [q for q in extract(text).quotes if q.cue == "Emphasizing"]
    assert [q.speaker for q in participles] == ["Scott Walker"]


@pytest.mark.slow
def test_a_name_after_a_hyphenated_title_is_the_source_not_the_title() -> None:
    text = (
        "The author is weighing a run for the White House.\n\n"
        '"Imagine Brad Thor going up against Trump and Clinton on the same stage," mused Blaze '
        'co-host Stu Burguiere. "Not to mention, President Thor."'
    )
    assert speaker_of(text, "Imagine Brad Thor") == "Stu Burguiere"
    assert speaker_of(text, "Not to mention") == "Stu Burguiere"


@pytest.mark.slow
def test_a_name_opening_its_paragraph_is_not_taken_for_an_object_of_the_paragraph_before() -> None:
    text = (
        "Trump attacked the mayor on Monday and said, "
        "\u201cWho are you going to trust on security?\u201d\n\n"
        "De Blasio, speaking on WOR710, called Trump a \u201cblowhard,\u201d and said his "
        "remarks were priceless \u201cpropaganda\u201d for terrorist groups."
    )
    quotes = [q for q in extract(text).quotes if q.cue == "called"]
    assert [q.speaker for q in quotes] == ["De Blasio"]


@pytest.mark.slow
def test_a_person_noun_after_an_inverted_cue_before_a_relative_clause_is_the_source() -> None:
    text = (
        "At a bakery near the school, a cashier was upset by the talk she had heard.\n\n"
        '"One man came in and said we should close the border," said the woman, who like '
        'many in the town did not want to be named. "It\'s too much."'
    )
    assert speaker_of(text, "One man came in") == "the woman"
