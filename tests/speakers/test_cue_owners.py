"""Sources of cues the parse leaves without a usable subject: noun cues inside prepositional
phrases, a participle far from its clause's subject, a raising verb before a colon and a
subject the parser put inside a quoted title."""

from __future__ import annotations

import pytest

from quotewire import extract


def speaker_of(text: str, fragment: str) -> str | None:
    quotes = [q for q in extract(text).quotes if fragment in q.text]
    assert len(quotes) == 1, [q.text for q in extract(text).quotes]
    return quotes[0].speaker


@pytest.mark.slow
def test_a_gerund_on_a_possessed_noun_is_the_possessors() -> None:
    text = (
        "Ben Carson appeared on three Sunday shows.\n\n"
        "But he broke briefly from his policy of not criticizing Donald Trump to take a swipe "
        "at the businessman."
    )
    assert speaker_of(text, "Donald Trump to take a swipe") == "Ben Carson"


@pytest.mark.slow
def test_a_noun_cue_after_with_is_the_subject_of_the_verb() -> None:
    text = (
        "The protesters interrupted the rally twice.\n\n"
        "Clinton supporters answered with chants of “Love trumps hate” until the candidate "
        "spoke up again."
    )
    assert speaker_of(text, "Love trumps hate") == "Clinton supporters"


@pytest.mark.slow
def test_a_participle_after_a_comma_speaks_for_a_subject_before_a_quoted_title() -> None:
    text = (
        "Later on Sunday, Carson posted the reading list for a 2002 class called “Perception” "
        "on his Facebook page, writing “Here is the list for the class you say never existed. "
        "I am still waiting on the apology.”"
    )
    assert speaker_of(text, "still waiting on the apology") == "Carson"


@pytest.mark.slow
def test_a_raising_verb_before_a_colon_does_not_take_the_quotation() -> None:
    text = (
        "As Breitbart’s Joel Pollak reported after the FBI appears to have abandoned the "
        "crime scene in San Bernardino:\n\n"
        '"For example, the government has done almost nothing with the trove of intelligence '
        'it recovered during the raid on the compound in May 2011."'
    )
    assert speaker_of(text, "the government has done almost nothing") == "Joel Pollak"


@pytest.mark.slow
def test_a_name_opening_the_paragraph_is_the_source_when_the_parser_chose_a_quoted_title() -> None:
    text = (
        "“Still waiting on the apology.”\n\n"
        "Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to "
        "make us ALL safer.”"
    )
    speakers = {q.speaker for q in extract(text).quotes if "make us ALL safer" in q.text}
    assert speakers == {"Washington"}
