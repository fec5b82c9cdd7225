"""Fixes from the tune7 split of the English Wikinews gold set (tests/data/en/): a relative
clause that reports, hung on a name inside the source's phrase, is no part of the source
("said local farmer, Hashim Bakri *who also said that ...*"); a verb the parser read as an
adjective of its object is no part of the object's phrase ("This *angered* Egyptian officials
who said ..."); a part of a message is its owner's ("Part of the judge's statement reads"); a
participle set off by a comma after a thing, the object of a preposition, has the verb's
subject ("referred to the cartoons saying, ..."); a reflexive stressing a noun is not the
subject ("In the report itself Acme ..."); a day before a name with no comma is no part of it
("On Friday Acme Holdings announced"); "the Minister" is not the Prime Minister ("prime" in
``rank_prefixes``, as "the president" is not the vice president). Measured on PolNeAR train
articles 1-840 too; the sentences are made up in the shape found in the articles."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire import extract

pytestmark = pytest.mark.slow


def _mention_of(text: str, fragment: str) -> str | None:
    found = [q for q in extract(text).quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in found]
    mention = found[0].speaker_mention
    return mention.text if mention is not None else None


def test_a_reporting_relative_clause_on_an_apposed_name_is_cut() -> None:
    text = (
        '"I saw smoke coming out of the roof," said local farmer, Hashim Bakri who also said '
        "that he had to find shelter."
    )
    assert _mention_of(text, "I saw smoke") == "local farmer, Hashim Bakri"


def test_a_verb_read_as_an_adjective_is_not_part_of_the_group() -> None:
    text = (
        "The mayor closed the old market. This angered Egyptian officials who said it was an "
        "insult to the town."
    )
    assert _mention_of(text, "it was an insult to the town") == "Egyptian officials"


def test_part_of_a_message_speaks_for_its_owner() -> None:
    text = (
        "Judge Maria Lopez ruled on Friday that the law was void. Part of the judge's "
        'statement reads "the law treats two groups of workers differently."'
    )
    assert speaker_of(text, "the law treats two groups") == "Maria Lopez"


def test_a_participle_after_a_thing_has_the_verb_subject() -> None:
    text = (
        'Mahmoud Karimi also referred to the new cartoons saying, "they were drawn to insult '
        'us and they keep drawing them."'
    )
    assert speaker_of(text, "they were drawn to insult us") == "Mahmoud Karimi"


def test_a_participle_after_a_person_stays_with_the_person() -> None:
    text = (
        "The reporter pointed to Mahmoud Karimi, saying he had left the city on Monday. "
        "Karimi spoke later."
    )
    assert speaker_of(text, "he had left the city") != "Mahmoud Karimi"


def test_a_reflexive_stressing_a_noun_is_not_the_subject() -> None:
    text = (
        "Acme Holdings filed a report on Monday. In the report itself Acme also made this "
        'point, writing "We have told the regulators about the problem."'
    )
    assert speaker_of(text, "We have told the regulators") in ("Acme", "Acme Holdings")


def test_a_day_before_a_name_is_not_part_of_it() -> None:
    text = "On Friday Acme Holdings announced the regulators were looking into its accounts."
    assert speaker_of(text, "the regulators were looking into its accounts") == "Acme Holdings"
    assert _mention_of(text, "the regulators were looking") == "Acme Holdings"


def test_the_minister_is_not_the_prime_minister() -> None:
    text = (
        "Prime Minister Anna Berg said on Monday that the budget was ready. In an interview "
        "last week, the Minister said that he was tired of the long meetings."
    )
    assert speaker_of(text, "he was tired of the long meetings") != "Anna Berg"
