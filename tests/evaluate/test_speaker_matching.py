"""Speaker comparison: normalised names, titles, last names, pronouns, missing speakers."""

from __future__ import annotations

from eval_samples import GOLD, gold_quote

from quotewire.evaluate.speakers import (
    is_pronoun,
    is_proper_name,
    name_words,
    normalised_name,
    speaker_is_correct,
)

DOE = GOLD.quotes[0]


def test_names_are_normalised() -> None:
    assert name_words("U.S. Sen. O'Neill's") == ("us", "sen", "oneill")
    assert normalised_name("President Barack Obama") == ("barack", "obama")
    assert normalised_name("Russian Foreign Minister Sergey Lavrov")[-1] == "lavrov"


def test_pronouns_and_proper_names() -> None:
    assert is_pronoun("He") and is_pronoun("who") and not is_pronoun("Doe")
    # "U.S." reads "us" once its dots are dropped, but it is a name, not the pronoun
    assert is_pronoun("US") and not is_pronoun("U.S.") and is_proper_name("The U.S.")
    assert speaker_is_correct(
        "U.S.", gold_quote("the repairs were rushed", "indirect", "said", "U.S.")
    )
    assert is_proper_name("PENCE") and is_proper_name("Mayor Jane Doe")
    assert not is_proper_name("Officials") and not is_proper_name("she")


def test_equal_names_with_titles_and_punctuation_are_right() -> None:
    assert speaker_is_correct("Jane Doe", DOE)
    assert speaker_is_correct("Mayor Jane Doe.", DOE)
    assert speaker_is_correct("Mrs. Doe", DOE)


def test_shared_last_name_with_a_proper_name_is_right() -> None:
    assert speaker_is_correct("J. Doe", DOE)
    assert not speaker_is_correct("Jane Smith", DOE)


def test_last_name_rule_needs_a_proper_name_in_gold() -> None:
    critics = GOLD.quotes[3]
    assert speaker_is_correct("critics", critics)
    assert not speaker_is_correct("Party critics", critics)


def test_pronoun_is_wrong_when_gold_has_a_name() -> None:
    assert not speaker_is_correct("she", DOE)
    only_pronoun = gold_quote("the repairs were rushed", "indirect", "said", "they", ("they",))
    assert speaker_is_correct("They", only_pronoun)
    assert not speaker_is_correct("he", only_pronoun)


def test_gold_without_speaker_wants_none() -> None:
    anonymous = gold_quote("the repairs were rushed", "indirect", "said", None)
    assert speaker_is_correct(None, anonymous)
    assert not speaker_is_correct("Jane Doe", anonymous)
    assert not speaker_is_correct(None, DOE)


def test_a_gold_mention_with_an_apposition_stands_for_its_name() -> None:
    described = gold_quote(
        "the repairs were rushed",
        "indirect",
        "said",
        "Tom Reyes, an engineer in Ohio, who inspected the bridge",
        ("Tom Reyes, an engineer in Ohio, who inspected the bridge",),
    )
    assert speaker_is_correct("Tom Reyes", described)
    assert speaker_is_correct("Reyes", described)
    assert not speaker_is_correct("an engineer", described)
    senator = gold_quote(
        "the repairs were rushed", "direct", "said", "Ann Vale (R-Ore.)", ("Ann Vale (R-Ore.)",)
    )
    assert speaker_is_correct("Sen. Ann Vale", senator)
