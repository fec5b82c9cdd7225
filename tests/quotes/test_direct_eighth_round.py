"""Direct quotes, eighth round: inverted and described sources after the closing mark, a
topic in a "Source on Topic:" headline, line breaks beside no-break spaces, quotations that
are no titles and titles that modify a noun. Sentences are made up."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def direct(quotes, words: str):
    found = [q for q in quotes if q.kind == "direct" and q.text.startswith(words)]
    assert found, [q.text for q in quotes]
    return found[0]


def source(quote) -> str:
    return quote.speaker or (quote.speaker_mention.text if quote.speaker_mention else "")


def test_inverted_source_after_the_closing_mark(attribute) -> None:
    text = (
        "Banners lined the road into town.\n\n"
        "“The river is ours! Keep the dam away,” read one of them. Nobody knew who made it."
    )
    quotes, _ = attribute(text)
    assert source(direct(quotes, "The river is ours!")) == "one of them"


def test_inverted_source_with_a_relative_clause(attribute) -> None:
    text = (
        "The meetings are run the same way each time.\n\n"
        "“Please stay seated and keep your phones off during the vote,” begins a recorded "
        "message that plays before every meeting."
    )
    quotes, _ = attribute(text)
    quote = direct(quotes, "Please stay seated")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text.startswith("a recorded message")


def test_long_description_before_the_verb(attribute) -> None:
    text = (
        "Ada Okafor has set up a website for newcomers.\n\n"
        "“Hello, neighbours! You are welcome here!” a short message on the front page reads."
    )
    quotes, _ = attribute(text)
    quote = direct(quotes, "Hello, neighbours!")
    assert quote.speaker_mention is not None
    assert "message" in quote.speaker_mention.text


def test_clause_with_its_own_object_is_no_attribution(attribute) -> None:
    text = (
        "Ada Okafor spoke last.\n\n“We will be back next year,” she said. “Count on it!” "
        "the people in the square watched her leave."
    )
    quotes, _ = attribute(text)
    assert "people" not in source(direct(quotes, "Count on it!"))


def test_topic_in_a_headline_is_not_the_source(attribute) -> None:
    text = (
        "Okafor on the School Budget: ‘We Will Not Cut Teachers.’\n\n"
        "Mayor Ada Okafor spoke to parents in Dayton on Monday about the new budget."
    )
    quotes, _ = attribute(text)
    quote = direct(quotes, "We Will Not Cut Teachers")
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "Okafor"


def test_no_break_space_before_a_single_line_break_ends_the_paragraph(attribute) -> None:
    text = (
        "Ada Okafor spent the night at the rally.\n\n"
        "“So afterwards, people felt safe,” she said. “It was like a party, ‘We are all "
        "friends here and we can be ourselves.’”\u00a0\n"
        "Okafor described the crowd as calm and cheerful the whole evening."
    )
    quotes, _ = attribute(text)
    direct(quotes, "It was like a party")


def test_two_sentences_are_no_title(attribute) -> None:
    text = "Crime is up in some cities.\n\n“Like Dayton. Or Akron,” Ada Okafor told reporters."
    quotes, _ = attribute(text)
    assert source(direct(quotes, "Like Dayton. Or Akron,")) == "Ada Okafor"


def test_title_running_into_a_noun_is_no_statement(attribute) -> None:
    text = (
        "Television stars spoke out this week.\n\n"
        "“Silent River” actor Tom Hale opened up about his childhood in a small Ohio town.\n\n"
        "“We are not leaving” officials said on Monday after the meeting."
    )
    quotes, _ = attribute(text)
    assert not [q for q in quotes if q.kind == "direct" and q.text == "Silent River"]
    direct(quotes, "We are not leaving")


def test_modifies_noun_after() -> None:
    from quotewire.nlp.model import load_english
    from quotewire.quotes.quoted_terms import modifies_noun_after

    nlp = load_english()

    def modifies(text: str) -> bool:
        start, end = text.index("“") + 1, text.index("”")
        return modifies_noun_after(nlp(text), start, end, None)

    assert modifies("“Silent River” actor Tom Hale opened up about his childhood in Ohio.")
    assert not modifies("“We are not leaving” officials said on Monday after the meeting.")
    assert not modifies("“We are not leaving,” officials said on Monday after the meeting.")
