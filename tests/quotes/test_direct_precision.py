"""Direct-quote precision: quoted words that name or label something inside the writer's
sentence are not statements; a quotation a cue introduces stays one. Sentences are made up."""

from __future__ import annotations

import pytest

from quotewire.quotes.quoted_terms import is_quoted_term

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    from quotewire.nlp.model import load_english

    return load_english()


def term(nlp, text: str) -> bool:
    return is_quoted_term(nlp(text), text.index("“") + 1, None)


def test_quotation_inside_a_noun_phrase_is_a_term(nlp) -> None:
    assert term(nlp, "The town would be sent to the “end of the line” if it asked for money.")


def test_quotation_after_a_preposition_is_a_term(nlp) -> None:
    assert term(nlp, "Okafor pinned the long delay on “careless contractors.” The work resumed.")


def test_quotation_as_the_predicate_of_the_writers_clause_is_a_term(nlp) -> None:
    assert term(nlp, "Dermot told the Herald on Monday that she was “not ready yet” for a run.")
    assert not term(nlp, "The donors say they are “worried your campaign sends mixed signals.”")


def test_quotation_after_a_naming_participle_is_a_name(nlp) -> None:
    assert term(nlp, "Hess posted the outline of a night course called “Memory” on his website.")
    assert term(nlp, "Maria Olsen, the blogger known as “Nightjar,” wrote that she had left.")


def test_naming_verb_with_its_own_subject_reports(nlp) -> None:
    assert not term(nlp, "She went after Tim Hess, whom she dubbed “the little mayor.”")


def test_quotation_a_verb_of_saying_introduces_is_a_statement(nlp) -> None:
    assert not term(nlp, "Okafor said “we will not back down from this fight.”")
    assert not term(nlp, "He ended the speech by saying “thank you all for coming.”")


def test_reported_clause_opened_by_that_is_a_statement(nlp) -> None:
    assert not term(nlp, "The senator said that “the record is quite clear on this.”")


def test_quotation_opening_its_sentence_is_not_a_term(nlp) -> None:
    assert not term(nlp, "The vote is close. “We will win this,” she said.")


def test_term_in_an_article_is_not_a_quote_but_the_statement_is(attribute) -> None:
    text = (
        "Okafor warned that the town would be sent to the “end of the line” in the budget.\n\n"
        "“It is not going to happen any time soon,” Okafor said."
    )
    quotes, _ = attribute(text)
    texts = [q.text for q in quotes]
    assert "end of the line" not in texts
    assert "It is not going to happen any time soon," in texts


def test_one_statement_per_span(attribute) -> None:
    text = (
        "Carla Sanchez spoke out against the mayor, suggesting “Hessism” in the form "
        "of “loose promises” and “bluster” had started to spread across the county."
    )
    quotes, _ = attribute(text)
    spans = [(q.start, q.end) for q in quotes]
    assert len(spans) == len(set(spans))
