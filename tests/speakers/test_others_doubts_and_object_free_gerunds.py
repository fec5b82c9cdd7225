"""Twenty-second round: statements whose speaker is not the subject the parse gives them, or
that the parse left with none.

- Nouns of what others doubt, fear or say ("doubts", "concerns", "speculation", "complaints",
  "calls") governed like "questions" (quotes/question_nouns.py): a subject that faces or draws
  them is not the one who holds them, nor is a thing that raises, stokes or drives them; a
  person or group that raises them, or an owner ("Trump's concern"), does hold them.
- A gerund after "of" or "from" hung on a verb with no object (speakers/inherited.py) is done
  by that verb's subject: "stopped short of endorsing", "refrained from endorsing"; after an
  object it is the object's ("kept her from saying").

Sentences and names are made up."""

from __future__ import annotations

import pytest
from speaker_samples import speaker_of

from quotewire.quotes.uncredited_sources import credits_source

_NOUNS = ("doubts", "concern", "concerns", "speculation", "complaints", "calls")


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def _noun_cue(doc):
    return next(t for t in doc if t.lower_ in _NOUNS)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "After the vote, she faces renewed doubts about her strength as a candidate.",
            id="faces_doubts",
        ),
        pytest.param(
            "Within a year, though, the law was drawing complaints that it was underfunded.",
            id="drawing_complaints",
        ),
        pytest.param(
            "The dispute raised serious doubts about whether the council will act in time.",
            id="raised_by_a_thing",
        ),
        pytest.param(
            "The rise of Hollis as a rival stoked speculation that he might run himself.",
            id="stoked_by_a_thing",
        ),
        pytest.param(
            "It is a post that has raised her profile in the party, and driven speculation "
            "that she is in line for a top job.",
            id="conjoined_verb_of_a_thing",
        ),
    ],
)
def test_what_others_doubt_or_say_credits_no_one(nlp, text: str) -> None:
    noun = _noun_cue(nlp(text))
    assert not credits_source(noun, "indirect")
    assert credits_source(noun, "direct")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Senators raised concerns that the plan would fail.", id="raised_by_people"),
        pytest.param(
            "Right-wing politicians and average citizens raised concern that the border was "
            "open to anyone.",
            id="raised_by_politicians",
        ),
        pytest.param(
            "The remarks could fuel Hollis's nagging concern that he cannot trust the party.",
            id="owned_concern",
        ),
    ],
)
def test_people_who_raise_or_own_them_are_credited(nlp, text: str) -> None:
    assert credits_source(_noun_cue(nlp(text)), "indirect")


@pytest.mark.slow
def test_a_thing_that_raises_doubts_is_no_speaker() -> None:
    text = "The dispute over the budget raised serious doubts about whether the council will act."
    assert speaker_of(text, "whether the council will act") is None


@pytest.mark.slow
def test_a_gerund_after_an_object_is_not_the_subjects(nlp) -> None:
    from quotewire.speakers.inherited import inherited_source

    doc = nlp("Prosecutors kept her from saying that the deal was off.")
    saying = next(t for t in doc if t.lower_ == "saying")
    assert inherited_source(saying, lambda offset: False) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        pytest.param(
            "Mr. Hollis has been the most direct in his attacks, but Republicans, concerned "
            "about the party's declining appeal to women, have long stayed quiet.",
            "the party's declining appeal",
            "Republicans",
            id="adjective_after_comma",
        ),
        pytest.param(
            "But Governor Ellen Hartwell, eager all evening to jab senators for failing to "
            "lead, attacked her rival.",
            "senators for failing",
            "Ellen Hartwell",
            id="adjective_with_infinitive",
        ),
        pytest.param(
            "At the same time, Senator Ellen Hartwell has been the most aggressive in the "
            "field in denouncing the mainstream media.",
            "the mainstream media",
            "Ellen Hartwell",
            id="superlative_attr",
        ),
        pytest.param(
            "And it wasn't a one-off or an accident — Mark Dunmore, a spokesman for the "
            "senator, told reporters that the speaker gave the chairman a heads up.",
            "the speaker gave",
            "Mark Dunmore",
            id="expletive_it_before_the_source",
        ),
        pytest.param(
            "But Mayor Ellen Hartwell, the first Republican elected in the town in decades, "
            "stopped short of fully endorsing the governor's criticism.",
            "criticism",
            "Ellen Hartwell",
            id="stopped_short_of",
        ),
        pytest.param(
            "Senator Ellen Hartwell has refrained from endorsing either candidate.",
            "either candidate",
            "Ellen Hartwell",
            id="refrained_from",
        ),
    ],
)
def test_a_source_the_clause_names_elsewhere(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "participle"),
    [
        pytest.param(
            "Senator Hale, widely regarded as the most effective negotiator in the chamber, "
            "retired.",
            "regarded",
            id="regarded_as",
        ),
        pytest.param(
            "In a presidential year expected to produce record turnout among young voters, "
            "there are few signs of trouble.",
            "expected",
            id="expected_to",
        ),
        pytest.param(
            "The town, known to be supportive of the mayor, voted early.",
            "known",
            id="known_to_be",
        ),
    ],
)
def test_a_passive_relative_without_agent_credits_no_one(nlp, text: str, participle: str) -> None:
    cue = next(t for t in nlp(text) if t.lower_ == participle)
    assert not credits_source(cue, "indirect")


@pytest.mark.slow
def test_a_passive_relative_with_agent_is_credited(nlp) -> None:
    doc = nlp("Justice Arnold Hale, regarded by his colleagues as the dominant figure, retired.")
    cue = next(t for t in doc if t.lower_ == "regarded")
    assert credits_source(cue, "indirect")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "cue", "agent"),
    [
        pytest.param(
            "Mills was confirmed as another one of the passengers by the Assistant Foreign "
            "Minister for Consular Affairs.",
            "confirmed",
            "Minister",
            id="by_phrase_on_the_as_noun",
        ),
        pytest.param(
            "Hartwell and Mills are both seen as candidates who would best handle a crisis by "
            "about a quarter of voters.",
            "seen",
            "quarter",
            id="by_phrase_in_a_relative_clause",
        ),
    ],
)
def test_a_by_phrase_the_parser_hung_elsewhere_is_the_agent(
    nlp, text: str, cue: str, agent: str
) -> None:
    from quotewire.quotes.sources import find_speaker

    verb = next(t for t in nlp(text) if t.text == cue)
    source = find_speaker(verb)
    assert source is not None and source.text == agent
    assert credits_source(verb, "indirect")


@pytest.mark.slow
def test_a_by_phrase_on_an_event_noun_is_no_agent(nlp) -> None:
    doc = nlp("Hartwell was asked about the group's claim of credit for the attack by a citizen.")
    asked = next(t for t in doc if t.text == "asked")
    assert not credits_source(asked, "indirect")
