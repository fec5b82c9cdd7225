"""Fifteenth round: people the clusters merged or missed (speakers/coref.py,
speakers/name_clusters.py, speakers/antecedents.py). An honorific whose gender is not that of
the one full name with its surname is another member of the family; a person's name after an
outlet's possessive inside an ORG span ("Fox Business’ Maria Bartiromo") is a person; a given
name before a known surname in a sentence the parser did not see is that person, not the surname's.
A "made it clear" without a subject of its own (a conjunct, a participle) is said by the
subject of the verb it hangs on (speakers/source_heads.py). A subject opening its paragraph
counts as a main-clause subject for a later "he" (speakers/antecedents.py). Sentences and
names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of_opening


@pytest.mark.slow
def test_an_honorific_of_the_other_gender_is_another_family_member() -> None:
    text = (
        "Omar and Zuleika Haddad spoke at the convention on Thursday.\n\n"
        "Mr. Haddad said the candidate had sacrificed nothing. Ms. Haddad wrote an essay for "
        'a newspaper on Sunday. She continued: "Does he really need to wonder why I did not '
        'speak?"'
    )
    assert speaker_of_opening(text, "Does he really need ") == "Haddad"


@pytest.mark.slow
def test_a_name_after_an_outlets_possessive_is_a_person() -> None:
    text = (
        "Networks covered the rally all night.\n\n"
        "Fox Business’ Maria Bartiromo noticed that the networks cut away for the senator. "
        'She commented that her network "held on" the governor during the speech.'
    )
    assert speaker_of_opening(text, 'that her network "he') == "Maria Bartiromo"


@pytest.mark.slow
def test_a_given_name_before_a_known_surname_is_another_person() -> None:
    text = (
        "Donald Trump champions working mothers.\n\n"
        "On the last day of the convention in July, Ivanka Trump strode across the stage in "
        "a blue dress. Then she shattered party norms, pledging that her father would "
        "revolutionize support for working mothers."
    )
    assert speaker_of_opening(text, "that her father woul") == "Ivanka Trump"


@pytest.mark.slow
def test_made_it_clear_without_a_subject_takes_the_subject_of_its_verb() -> None:
    text = (
        "Biden defended the senator as a mainstream candidate, mocked the other party, and "
        "made it clear that the White House isn't planning to replace the judge.\n\n"
        "But Obama, making it clear that security trumped other concerns in the region, "
        "stood beside the prime minister."
    )
    assert speaker_of_opening(text, "that the White House") == "Biden"
    assert speaker_of_opening(text, "that security trumpe") == "Obama"


@pytest.mark.slow
def test_a_subject_opening_its_paragraph_is_a_main_clause_subject() -> None:
    # the parser runs the second paragraph on from the first and hangs "weighed" there
    text = (
        "On Sunday, Senator Hayes opened a new line of attack, stating on a radio show that "
        'the governor\'s "judgment" was "clearly lacking."\n\n'
        "Mayor Tom Fisher weighed in as well, telling a local paper in an interview printed "
        'on Monday, "Look, they are both fit for the job," he said, adding, "The governor is '
        'very well qualified to lead the state."'
    )
    assert speaker_of_opening(text, "Look, they are both ") == "Tom Fisher"
