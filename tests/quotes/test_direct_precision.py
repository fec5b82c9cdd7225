"""Direct-quote precision: quoted words that name or label something inside the writer's
sentence are not statements; a quotation a cue introduces stays one."""

from __future__ import annotations

import pytest

from quotewire.quotes.quoted_terms import is_quoted_term

pytestmark = pytest.mark.slow


def term(nlp, text: str) -> bool:
    doc = nlp(text)
    return is_quoted_term(doc, text.index("“") + 1, None)


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def test_quotation_inside_a_noun_phrase_is_a_term(nlp) -> None:
    assert term(nlp, "Britain would have to go to the “back of the queue” if it wanted a deal.")


def test_quotation_after_a_preposition_is_a_term(nlp) -> None:
    assert term(nlp, "Cruz blamed the law on “knuckleheaded Democratic politicians.” He left.")


def test_quotation_as_the_predicate_of_the_writers_clause_is_a_term(nlp) -> None:
    assert term(nlp, "Trump told the Post on Monday that he was “not quite there yet” on Ryan.")
    assert not term(
        nlp, "The donors say they are “concerned your campaign is sending mixed messages.”"
    )


def test_quotation_after_a_naming_participle_is_a_name(nlp) -> None:
    assert term(nlp, "Carson shared a syllabus for a class called “Perception” on Facebook.")
    assert term(nlp, "Marcel Lehel, the hacker known as “Guccifer,” stated that he had access.")


def test_naming_verb_with_its_own_subject_reports(nlp) -> None:
    assert not term(nlp, "He took swipes at Marco Rubio, who he dubbed “the little senator.”")


def test_quotation_a_verb_of_saying_introduces_is_a_statement(nlp) -> None:
    assert not term(nlp, "Obama said “we will not back down from this fight.”")
    assert not term(nlp, "He ended the speech by saying “thank you all for coming.”")


def test_reported_clause_opened_by_that_is_a_statement(nlp) -> None:
    assert not term(nlp, "The senator said that “the record is quite clear on this.”")


def test_quotation_opening_its_sentence_is_not_a_term(nlp) -> None:
    assert not term(nlp, "The vote is close. “We will win this,” she said.")


def test_term_in_an_article_is_not_a_quote_but_the_statement_is(attribute) -> None:
    text = (
        "Obama warned that Britain would go to the “back of the queue” in trade talks.\n\n"
        "“It is not going to happen any time soon,” Obama said."
    )
    quotes, _ = attribute(text)
    texts = [q.text for q in quotes]
    assert "back of the queue" not in texts
    assert "It is not going to happen any time soon," in texts


def test_one_statement_per_span(attribute) -> None:
    text = (
        "Manuel Valls spoke out against the candidate, suggesting “Trumpization” in the form "
        "of “sweeping accusations” and “slander” had started to spread across Europe."
    )
    quotes, _ = attribute(text)
    spans = [(q.start, q.end) for q in quotes]
    assert len(spans) == len(set(spans))
