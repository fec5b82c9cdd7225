"""Sources of cues the parse leaves without a usable subject: noun cues inside prepositional
phrases, a participle far from its clause's subject, a raising verb before a colon and a
subject the parser put inside a quoted title."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire import extract


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


@pytest.mark.slow
def test_a_subject_before_an_aside_with_a_quoted_name_is_the_source() -> None:
    text = (
        "Not everyone was claiming success.\n\n"
        "“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, "
        "wearing a cowboy hat and “Ted Cruz” campaign pins, said as confetti fluttered down."
    )
    assert speaker_of(text, "more successful conventions") == "Bill Eastland"


@pytest.mark.slow
def test_a_bare_participle_after_a_passive_introduces_its_subjects_words() -> None:
    text = (
        "The group released a long video on Friday.\n\n"
        "In the video, the cleric Anwar al-Awlaki, who was killed in a 2011 drone strike, is "
        "shown lecturing: “Muslims of the West, take heed and learn from the lessons of "
        "history.”"
    )
    assert speaker_of(text, "take heed") == "Anwar al-Awlaki"


@pytest.mark.slow
def test_a_passive_participle_with_its_own_object_names_no_source() -> None:
    # PolNeAR leaves "X is shown discussing his plan" without a source
    text = (
        "Donald Trump appears in a new video.\n\n"
        "The candidate is shown discussing his plan to ban Muslims from entering the country."
    )
    quotes = [q for q in extract(text).quotes if "his plan" in q.text]
    assert quotes and all(q.speaker is None for q in quotes)


@pytest.mark.slow
def test_the_name_after_a_fronted_clause_introduces_a_quotation_in_an_unparsed_sentence() -> None:
    text = (
        "Wallace was governor for four terms.\n\n"
        "When Wallace died in 1998, President Clinton released the following statement:\n\n"
        "“Hillary and I offer our condolences to the family and friends of George Wallace. I "
        "remember working with him at the conference in 1983.”"
    )
    assert speaker_of(text, "offer our condolences") == "Clinton"


@pytest.mark.slow
def test_when_asked_names_no_asker_and_the_answer_stays_with_the_speaker() -> None:
    text = (
        "Sheldon Adelson rarely gives interviews.\n\n"
        "“I like him,” the casino owner told Reuters when asked if he had met Trump. “He was "
        "very charming and we talked for an hour.”"
    )
    quotes = extract(text).quotes
    asked = [q for q in quotes if "had met Trump" in q.text]
    assert asked and all(q.speaker is None for q in asked)
    assert speaker_of(text, "very charming") == speaker_of(text, "I like him")
    assert speaker_of(text, "very charming") is not None


@pytest.mark.slow
def test_the_agent_of_a_passive_before_a_colon_stays_the_source() -> None:
    text = (
        "The report was long.\n\n"
        'The challenge of transparency is exemplified by this finding: "27 companies reported '
        '16,389 subsidiaries to the Federal Reserve, while only reporting 2,279 to the S.E.C."'
    )
    assert speaker_of(text, "27 companies reported") == "this finding"


@pytest.mark.slow
def test_a_description_later_identified_as_a_name_is_that_person() -> None:
    text = (
        "Clinton was working a rope line, shaking hands. A woman later identified as Jane "
        "Porter, an activist for a conservation group, demanded to know whether Clinton would "
        "refuse donations from oil companies."
    )
    assert speaker_of(text, "whether Clinton would refuse") == "Jane Porter"


@pytest.mark.slow
def test_the_object_of_a_psychological_verb_before_a_colon_speaks() -> None:
    text = (
        "Sanders rose in the polls after Iowa.\n\n"
        "The timing of the surge doesn’t surprise Republican pollster Daron Shaw: "
        "“Lesser-known candidates who win early contests see the biggest boost.”"
    )
    assert speaker_of(text, "Lesser-known candidates") == "Daron Shaw"


@pytest.mark.slow
def test_a_cue_modifying_the_source_phrase_is_not_part_of_its_name() -> None:
    text = (
        "The two candidates are in a tie, with Sanders receiving more support from the youth "
        "and the older population endorsing the former secretary of state."
    )
    quotes = [q for q in extract(text).quotes if q.cue == "endorsing"]
    assert [q.speaker for q in quotes] == ["the older population"]


@pytest.mark.slow
def test_made_it_clear_is_said_by_the_subject_of_made() -> None:
    text = (
        "Ted Cruz spoke in Ohio on Sunday. Although he did not mention Rubio by name, he made "
        "it clear that he felt they should drop out."
    )
    quotes = [q for q in extract(text).quotes if q.cue == "clear"]
    assert [q.speaker for q in quotes] == ["Ted Cruz"]
