"""Twenty-first round (speakers/recogniser_gaps.names_in_person_appositions): a name the
recogniser did not tag as a person, or tagged as an organisation, is a person when an
apposition says so ("Reince Priebus, the GOP chairman, ..."); a place with a person noun
after it stays a place. Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire import extract
from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.recogniser_gaps import names_in_person_appositions

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def _names(nlp, text: str) -> list[str]:
    doc = nlp(text)
    proper = [t for t in doc if t.pos_ == "PROPN"]
    return [span.text for span in names_in_person_appositions(proper, load_people_lexicon())]


def test_an_untagged_name_with_a_person_noun_in_apposition_is_a_name(nlp) -> None:
    text = "Reince Priebus, the GOP chairman, this past week announced the creation of a website."
    assert _names(nlp, text) == ["Reince Priebus"]


def test_a_place_with_a_person_noun_after_it_is_no_name(nlp) -> None:
    text = "In Jupiter, Fla., the campaign manager, Corey Lewandowski, yanked her arm."
    assert "Jupiter" not in _names(nlp, text)


def test_an_organisation_noun_in_apposition_names_no_person(nlp) -> None:
    text = "Goldman Sachs, the investment bank, this past week announced new hires."
    assert _names(nlp, text) == []


def test_he_after_an_apposed_chairman_is_the_chairman() -> None:
    text = (
        "Polls show Sen. Ted Cruz leading the race in Wisconsin.\n\n"
        "Party officials are preparing for a contested convention.\n\n"
        "Reince Priebus, the GOP chairman, this past week announced the creation of a "
        "website.\n\n"
        '"The website is a tool for voters to learn about the rules," he said.'
    )
    (found,) = [q.speaker for q in extract(text).quotes if q.text.startswith("The website")]
    assert found == "Reince Priebus"
