"""Reading a source mention: name, role, kind, gender (loads the model)."""

from __future__ import annotations

import pytest

from quotewire.speakers.lexicon import load_people_lexicon
from quotewire.speakers.mentions import SourceMention, describe

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def subject_of_said(nlp, text: str) -> SourceMention:
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    return describe(subject, load_people_lexicon())


def test_title_before_the_name_is_the_role(nlp) -> None:
    mention = subject_of_said(nlp, "Russian Foreign Minister Sergey Lavrov said it was over.")
    assert (mention.kind, mention.name, mention.role) == (
        "name", "Sergey Lavrov", "Russian Foreign Minister",
    )  # fmt: skip
    assert mention.text == "Russian Foreign Minister Sergey Lavrov"


def test_apposition_is_the_role(nlp) -> None:
    mention = subject_of_said(nlp, "Jane Doe, a spokeswoman for the ministry, said it was over.")
    assert (mention.name, mention.role, mention.gender) == (
        "Jane Doe", "spokeswoman for the ministry", "female",
    )  # fmt: skip


def test_honorific_is_dropped_and_tells_gender(nlp) -> None:
    mention = subject_of_said(nlp, "Mr. Smith said it was over.")
    assert (mention.kind, mention.name, mention.gender) == ("surname", "Smith", "male")


def test_pronoun_role_noun_and_group(nlp) -> None:
    assert subject_of_said(nlp, "She said it was over.").kind == "pronoun"
    role = subject_of_said(nlp, "The minister said it was over.")
    assert (role.kind, role.role) == ("role", "minister")
    group = subject_of_said(nlp, "Six million people who lost their insurance said it was over.")
    assert group.kind == "role"
    assert group.text == "Six million people who lost their insurance"


def test_organisations(nlp) -> None:
    named = subject_of_said(nlp, "The World Health Organization said it was over.")
    assert named.kind == "organisation" and named.name == "World Health Organization"
    noun = subject_of_said(nlp, "The ministry said it was over.")
    assert noun.kind == "organisation" and noun.name is None


def mention_at(nlp, text: str, word: str) -> SourceMention:
    """Describe the source whose head the parser gave as ``word``."""
    doc = nlp(text)
    return describe(next(t for t in doc if t.text == word), load_people_lexicon())


def test_dateline_is_not_the_source(nlp) -> None:
    text = "MACAU (Reuters) – Casino owner Sheldon Adelson said on Friday he met Donald Trump."
    assert mention_at(nlp, text, "MACAU").name == "Sheldon Adelson"
    text = "RENO, Nev. (AP) — Republican hopeful Donald Trump says he does not watch football."
    assert mention_at(nlp, text, "AP").name == "Donald Trump"


def test_dateline_before_a_spaced_hyphen_is_not_the_source(nlp) -> None:
    text = "CLEVELAND - Donald Trump's advisers were exuberant and confident that it went well."
    assert mention_at(nlp, text, "CLEVELAND").text == "Donald Trump's advisers"
    text = "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday claimed a victory."
    assert mention_at(nlp, text, "RANGOON").text == "Aung San Suu Kyi's political allies"


def test_opening_participle_is_not_the_source(nlp) -> None:
    text = "Conceding that there would be a deal “down the line” he warned: “Not soon.”"
    assert mention_at(nlp, text, "Conceding").text == "he"


def test_place_in_an_opening_phrase_is_not_the_source(nlp) -> None:
    text = "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush."
    assert mention_at(nlp, text, "Hampshire").name == "Trump"
    assert mention_at(nlp, "Russia said it was over.", "Russia").name == "Russia"


def test_object_read_as_inverted_subject(nlp) -> None:
    text = "Asked on Fox News who leads the party in his view, he said Ryan."
    assert mention_at(nlp, text, "Ryan").text == "he"
    assert mention_at(nlp, "“It is over,” said Ryan.", "Ryan").name == "Ryan"


def test_quantities_and_indefinites_are_groups(nlp) -> None:
    some = subject_of_said(nlp, "Some of his rivals said it was over.")
    assert (some.kind, some.text) == ("role", "Some of his rivals")
    assert subject_of_said(nlp, "You said it was over.").kind == "pronoun"


def test_group_leaves_out_a_clause_with_its_own_report(nlp) -> None:
    text = "Some commentators who have suggested that Rubio is weak said it was over."
    assert subject_of_said(nlp, text).text == "Some commentators"


def test_person_before_dashes_stays_the_source(nlp) -> None:
    text = "Kall -- co-editor of Debating The Donald, a book -- said the candidate was ready."
    assert mention_at(nlp, text, "Kall").name == "Kall"
