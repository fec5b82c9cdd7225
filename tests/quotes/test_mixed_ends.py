"""Where a mixed statement ends after its last quotation (quotes/mixed_ends): a lone dash-led
aside of the writer's is cut off; a clause of reason or condition after a bare closing mark is
taken in. Sentences are made up."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from quotewire.quotes.frames import Frame
from quotewire.quotes.linking import Statement
from quotewire.quotes.marks import QuotedSpan, find_quoted_spans
from quotewire.quotes.mixed_ends import cut_before_dash_asides, extend_over_reasons
from quotewire.types import Quote, Speaker

Attribute = Callable[[str], tuple[list[Quote], list[Speaker]]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    from quotewire.nlp.model import load_english

    return load_english()


def statement_up_to(
    doc: Doc, cue_word: str, first_word: str, end: int, link: str = "clause"
) -> Statement:
    cue = next(t for t in doc if t.text == cue_word)
    start = next(t.idx for t in doc if t.text == first_word)
    frame = Frame(cue, [cue], doc[0], None, 0.9)
    return Statement(start, end, "mixed", frame, 0, link)


def quotations(doc: Doc) -> list[QuotedSpan]:
    return find_quoted_spans(doc.text, [(0, len(doc.text))])


def texts(quotes: list[Quote]) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in quotes]


def test_a_lone_dash_aside_after_the_closing_mark_is_cut_off(attribute: Attribute) -> None:
    text = (
        "Mr. Long called the debate the “expectations game” — setting expectations so low "
        "that any answer looks good."
    )
    quotes, _ = attribute(text)
    assert ("the debate the “expectations game”", "mixed") in texts(quotes)


def test_an_apposition_after_a_double_hyphen_is_cut_off(attribute: Attribute) -> None:
    quotes, _ = attribute(
        'The mayor said the plan was "a hug" -- an image that stuck with voters for years.'
    )
    assert ('the plan was "a hug"', "mixed") in texts(quotes)


def test_a_pair_of_dashes_leaves_the_statement_whole(nlp: Language) -> None:
    doc = nlp("She said the “Cadillac tax” — a levy on costly plans — would be delayed for years.")
    statement = statement_up_to(doc, "said", "the", len(doc.text) - 1)
    assert cut_before_dash_asides([statement], quotations(doc), doc) == [statement]


def test_a_quotation_after_the_dash_leaves_the_statement_whole(nlp: Language) -> None:
    doc = nlp("He quoted the “eleventh commandment” — “Thou shall not speak ill of a friend.”")
    statement = statement_up_to(doc, "quoted", "the", len(doc.text))
    assert cut_before_dash_asides([statement], quotations(doc), doc) == [statement]


def test_a_dash_closing_an_aside_opened_before_the_quotation_is_no_aside(nlp: Language) -> None:
    doc = nlp(
        "He said her safe slogans — like “I get results” — were far less compelling to voters."
    )
    statement = statement_up_to(doc, "said", "her", len(doc.text) - 1)
    assert cut_before_dash_asides([statement], quotations(doc), doc) == [statement]


BECAUSE = (
    "The coach dismissed the idea as “ludicrous” because the final would be played that night."
)


def stopped_at_mark(nlp: Language, text: str, cue_word: str, after: str) -> tuple[Doc, Statement]:
    """The mixed statement of ``cue_word`` in ``text``, from "the" to the closing mark that
    ``after`` follows."""
    doc = nlp(text)
    closing = doc.text.index("”" + after) + 1
    return doc, statement_up_to(doc, cue_word, "the", closing)


def test_a_because_clause_after_a_bare_closing_mark_is_taken_in(nlp: Language) -> None:
    doc, statement = stopped_at_mark(nlp, BECAUSE, "dismissed", " because")
    [extended] = extend_over_reasons([statement], quotations(doc), doc)
    assert doc.text[extended.start : extended.end] == (
        "the idea as “ludicrous” because the final would be played that night"
    )


def test_the_reason_clause_ends_at_a_comma(nlp: Language) -> None:
    text = "She called the new law “much better” than the old one, aides said on Monday."
    doc, statement = stopped_at_mark(nlp, text, "called", " than")
    [extended] = extend_over_reasons([statement], quotations(doc), doc)
    assert doc.text[extended.start : extended.end] == "the new law “much better” than the old one"


def test_punctuation_inside_the_marks_or_other_words_leave_the_end(nlp: Language) -> None:
    for text, after in [
        ("He called the bill “a disaster,” because it costs too much.", " because"),
        ("He called the regime “strong” when it crushed the protest in 1989.", " when"),
    ]:
        doc, statement = stopped_at_mark(nlp, text, "called", after)
        assert extend_over_reasons([statement], quotations(doc), doc) == [statement]


def test_a_statement_inside_the_taken_in_clause_is_dropped(nlp: Language) -> None:
    doc, statement = stopped_at_mark(nlp, BECAUSE, "dismissed", " because")
    reason_start = doc.text.index("because")
    fragment = Statement(reason_start, len(doc.text) - 1, "indirect", statement.frame, 0, "clause")
    [extended] = extend_over_reasons([statement, fragment], quotations(doc), doc)
    assert extended.kind == "mixed"
    assert extended.end == len(doc.text) - 1
