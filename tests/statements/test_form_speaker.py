"""The same statement is the same words by the same speaker (``statements.form_speaker``)."""

from dataclasses import replace

from quotewire.speakers.identity import Rule
from quotewire.statements.cluster import MemoryBackend, StatementIndex
from quotewire.statements.form_speaker import (
    quote_form,
    rekeyed,
    speaker_key,
    speaker_key_aliases,
)
from quotewire.statements.normalise import normalise
from quotewire.statements.verify import verify
from quotewire.types import Quote

LONG = "the border agreement is null and void and geographically ridiculous"


def spoken(text: str, speaker: str | None) -> Quote:
    return Quote(0, len(text), text, "indirect", speaker=speaker)


def test_names_that_could_be_one_person_share_a_key() -> None:
    assert speaker_key("George W. Bush") == speaker_key("Bush") == "person:bush"
    assert speaker_key("Sergei Lavrov") == speaker_key("Sergey Lavrov")
    assert speaker_key("Jacques Fame Ndongo") != speaker_key("George W. Bush")


def test_unnamed_speakers_have_no_key() -> None:
    for name in (None, "", "a spokesman", "The Samoan government", "officials"):
        assert speaker_key(name) == ""


def test_the_key_of_a_form_includes_its_speaker() -> None:
    words = quote_form(spoken("an end to the violence", None))
    assert words.key == normalise("an end to the violence").key
    bush = quote_form(spoken("an end to the violence", "George W. Bush"))
    assert bush.speaker == "person:bush" and bush.key != words.key


def test_short_words_of_two_named_speakers_are_two_statements() -> None:
    bush = quote_form(spoken("an end to the violence", "George W. Bush"))
    ndongo = quote_form(spoken("an end to violence", "Jacques Fame Ndongo"))
    verdict = verify(bush, ndongo)
    assert not verdict.same and verdict.conflict and verdict.reason == "speakers differ"


def test_an_unnamed_speaker_joins_a_named_one_only_with_distinctive_words() -> None:
    named = quote_form(spoken("a state of emergency", "Nasser Yousef"))
    unnamed = quote_form(spoken("a state of emergency", "The Samoan government"))
    assert not verify(named, unnamed).same
    long_named = quote_form(spoken(LONG, "Kyriakos Mitsotakis"))
    long_unnamed = quote_form(spoken(LONG, "the think tank"))
    assert verify(long_named, long_unnamed).same


def test_a_form_without_a_speaker_never_joins_two_speakers() -> None:
    """The unnamed form fits both named ones; they conflict, so it joins one of them only."""
    backend = MemoryBackend()
    forms = [
        replace(normalise(LONG), speaker="person:mitsotakis"),
        replace(normalise(LONG), speaker="person:erdogan"),
        normalise(LONG),
    ]
    keys = StatementIndex(backend).add(forms)
    statements = {backend.statement_of(key) for key in keys}
    assert len(statements) == 2
    assert backend.statement_of(keys[0]) != backend.statement_of(keys[1])


def test_a_users_merge_makes_two_surnames_one_speaker_key() -> None:
    merged = speaker_key_aliases([Rule("merge", "Alexander Lukashenko", "Alyaksandr Lukashenka")])
    assert merged == {"person:lukashenko": "person:lukashenka"}  # to the smaller key
    chained = speaker_key_aliases(
        [Rule("merge", "Lukashenko", "Lukashenka"), Rule("merge", "Lukashenka", "Lukaszenka")]
    )
    assert set(chained.values()) == {min(chained.values())}
    assert len(chained) == 2


def test_a_split_unties_a_merged_key_and_a_split_inside_one_surname_changes_nothing() -> None:
    merge = Rule("merge", "Alexander Lukashenko", "Alyaksandr Lukashenka")
    assert speaker_key_aliases([merge, Rule("split", "Alexander Lukashenko", "Lukashenka")]) == {}
    assert speaker_key_aliases([Rule("split", "John Roberts", "J. Roberts")]) == {}
    assert speaker_key_aliases([Rule("merge", "a spokesman", "Lukashenka")]) == {}


def test_rekeyed_forms_take_the_merged_key() -> None:
    words = "the border will stay open for trade"
    forms = [quote_form(spoken(words, "Alexander Lukashenko")), normalise(words)]
    aliases = {"person:lukashenko": "person:lukashenka"}
    kept, keys = rekeyed(forms, [form.key for form in forms], aliases)
    assert kept[0].speaker == "person:lukashenka"
    assert keys == [quote_form(spoken(words, "Alyaksandr Lukashenka")).key, forms[1].key]
