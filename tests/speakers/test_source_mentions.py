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
