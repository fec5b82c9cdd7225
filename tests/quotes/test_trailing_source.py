"""The source and verb read after a closing mark, on a Doc with no tagger or parser."""

from __future__ import annotations

import pytest
import spacy

from quotewire.quotes.trailing import trailing_source


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    return spacy.blank("en")


def read(blank: spacy.language.Language, text: str) -> tuple[str, str] | None:
    doc = blank(text)
    close = text.index("”") + 1
    found = trailing_source(doc, close, len(text))
    return (found.source.text, found.verb.text) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Why?” Vitter demanded.", ("Vitter", "demanded")),
        ("“Go back,” Trump barked and left.", ("Trump", "barked")),
        ("“We were wrong,” Ramos, 58, told AFP.", ("Ramos", "told")),
        ("“It works,” Rep. Jim Dermot (D-Wash.) said.", ("Dermot", "said")),
        ("“It works,” as Smith recently put it.", ("Smith", "put")),
        ("“It works,” quipped Smith.", ("Smith", "quipped")),
        ("“It works,” he sings.", ("he", "sings")),
        ("“It works,” an angry Hollande retaliated.", ("Hollande", "retaliated")),
        # twenty-third round: a description that ends in the name, with or without an article
        ("“It works,” screenwriter Ned Farrow wrote on Twitter.", ("Farrow", "wrote")),
        ("“Does it fly?” former party adviser Dan Mole asked.", ("Mole", "asked")),
        ("“It works,” the party's deputy leader Dan Mole said.", ("Mole", "said")),
        # twenty-fifth round: a description opened by a quantifier, as by an article
        ("“Go home!” some protesters chanted.", ("protesters", "chanted")),
        ("“It works,” many voters said after the meeting.", ("voters", "said")),
        # twenty-seventh round: after a quotation ended on a comma, a stray comma before a verb
        # of saying, and a verb of telling with a plain noun as its listener
        ("“It works,” police official Mehrab Khan, told AP.", ("Khan", "told")),
        ("“It works”, Hurd, 51, told analysts on a call.", ("Hurd", "told")),
        ("“It works,” Hurd told investors.", ("Hurd", "told")),
        # a comma inside the mark or after it: the sentence goes on, whatever the verb
        ("“We will win,” Smith mocked the crowd.", ("Smith", "mocked")),
        ("“We will win”, Smith mocked the crowd.", ("Smith", "mocked")),
        ("“It works”, Hurd, 51, telling analysts.", ("Hurd", "telling")),
        # inverted, with a description ending in the name (Wikinews tune12): the name is the
        # source of the verb before it, not of a second cue after it
        ("“It works,” said campaign manager Dan Mole, who left in June, added.", ("Mole", "said")),
        ("“It works,” railed Smith's defence attorney Dan Mole, who left.", ("Mole", "railed")),
    ],
)
def test_source_and_verb(blank: spacy.language.Language, text: str, expected: tuple) -> None:
    assert read(blank, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“It works.” Trump supporters gathered outside.",  # a noun, not a verb, after the name
        "“It works.” The crowd cheered.",  # no capitalised name or pronoun
        "“It works.” Smith is here.",  # not a verb of the name
        "“It works.”\nSmith said.",  # a line break ends the reading
        "“It works,” a spokesman for the campaign.",  # a description with no verb
        # twenty-third round: a word that opens a clause opens no description before a name
        "“It works,” because Smith said so.",
        "“It works,” so Smith left.",
        "“It works,” when Smith arrived.",
        # twenty-fifth round: a quantifier's "of" phrase continues no description
        "“It works,” most of them agreed.",
        # twenty-seventh round: the looser shapes hold only after a comma, and a stray comma
        # only before a verb of saying
        "“It works.” Smith told colleagues he would go.",
        "“It works,” Smith, smiled.",
        "“It works.” Police official Mehrab Khan, told AP.",
    ],
)
def test_no_source(blank: spacy.language.Language, text: str) -> None:
    assert read(blank, text) is None
