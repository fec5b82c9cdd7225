"""Cues, twenty-first round: quoted words that are no statement. A phrase of time or occasion
that opens a paragraph, hung by the parser on the last verb of the paragraph before
(``misreadings.is_clause_across_break``), a title or slogan the writer dates in a
parenthesis after it (``quoted_terms.is_dated_title``), and the title of a work named by the
noun before it (``quoted_terms.names_a_work``).

Counted on PolNeAR train articles 1-840; the sentences here are made up in the style of the
cases that motivated them.
"""

from __future__ import annotations

import pytest
from quote_samples import Attribute, ParseRow, parsed_doc
from spacy.lang.en import English
from spacy.tokens import Doc

from quotewire.quotes.misreadings import is_clause_across_break
from quotewire.quotes.quoted_terms import is_dated_title, names_a_work

# "She Will." closes the headline; the parser hung it on "told" as its clause, and the phrase
# opening the next paragraph on "Will".
_HEADLINE: list[ParseRow] = [
    ("She", 1, "nsubj", "PRP"), ("Will", 9, "ccomp", "MD"), (".", 1, "punct", "."),
    ("\n\n", 2, "dep", "_SP"),
]  # fmt: skip


def test_a_phrase_opening_the_paragraph_hung_on_the_paragraph_before_is_no_report() -> None:
    doc = parsed_doc([
        *_HEADLINE,
        ("Friday", 1, "npadvmod", "NNP"), ("on", 4, "prep", "IN"), ("CNN", 5, "pobj", "NNP"),
        (",", 9, "punct", ","), ("Smith", 9, "nsubj", "NNP"), ("told", 9, "ROOT", "VBD"),
        ("hosts", 9, "dobj", "NNS"),
    ])  # fmt: skip
    clause = list(doc[1].subtree)
    assert is_clause_across_break(doc[9], clause, paragraph_start=doc[4].idx)
    assert not is_clause_across_break(doc[9], clause)  # no break known: left as it was


@pytest.mark.parametrize(
    "opening",
    [
        # a clause with a modal: "Prices may rise, told Smith ..."
        [("Prices", 6, "nsubj", "NNS"), ("may", 6, "aux", "MD"), ("rise", 1, "conj", "VB")],
        # a quotation opening the paragraph: '"Jobs, jobs," Smith told ...'
        [("“", 5, "punct", "``"), ("Jobs", 1, "npadvmod", "NNS"), ("”", 5, "punct", "''")],
    ],
)
def test_a_clause_or_quotation_opening_the_paragraph_is_still_reported(
    opening: list[ParseRow],
) -> None:
    doc = parsed_doc([
        *_HEADLINE,
        *opening,
        (",", 9, "punct", ","), ("Smith", 9, "nsubj", "NNP"), ("told", 9, "ROOT", "VBD"),
    ])  # fmt: skip
    clause = list(doc[1].subtree)
    assert not is_clause_across_break(doc[9], clause, paragraph_start=doc[4].idx)


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("“Free pass for all? No.” (2007) — “Yes to a ban on towers” (2009).", True),
        ("“We are strangers in our own land” (election poster 2003) and more.", True),
        ("The book “Gone With the Wind,” (1936) sold well.", True),
        ("“We will win,” she said (in 2012).", False),  # the year follows the cue
        ("“We will win” (she said, smiling) was the line.", False),  # no year
    ],
)
def test_a_title_dated_in_a_parenthesis_is_no_statement(text: str, dated: bool) -> None:
    doc = English()(text)
    end = text.index("”")
    assert is_dated_title(doc, end) is dated


@pytest.mark.parametrize(
    ("words", "tags", "title"),
    [
        (["on", "the", "podcast", "“", "Here", "’s", "the", "Thing", ".", "”"],
         ["IN", "DT", "NN", "``", "RB", "VBZ", "DT", "NN", ".", "''"], True),
        (["The", "spot", ",", "“", "Taxcare", ",", "”", "links"],
         ["DT", "NN", ",", "``", "NNP", ",", "''", "VBZ"], True),
        # words said, not a title: lower-case
        (["on", "the", "show", "“", "it", "was", "over", "”"],
         ["IN", "DT", "NN", "``", "PRP", "VBD", "RB", "''"], False),
        # "slogan" is left out: the gold annotates slogans as quotes
        (["the", "slogan", "“", "Experience", "Counts", "”"],
         ["DT", "NN", "``", "NN", "VBZ", "''"], False),
        # a verb of saying just before the noun introduces the words
        (["said", "of", "the", "show", ",", "“", "Never", "Again", "”"],
         ["VBD", "IN", "DT", "NN", ",", "``", "RB", "RB", "''"], False),
    ],
)  # fmt: skip
def test_a_title_cased_quotation_after_a_noun_of_a_work_is_its_title(
    words: list[str], tags: list[str], title: bool
) -> None:
    spaces = [w not in ("“",) and i + 1 < len(words) and words[i + 1] not in (",", ".", "”", "’s")
              for i, w in enumerate(words)]  # fmt: skip
    doc = Doc(English().vocab, words=words, spaces=spaces, tags=tags)
    text = doc.text
    start = text.index("“") + 1
    assert names_a_work(doc, start, text.index("”"), None) is title


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "direct"),
    [
        (
            "“Being a dad, that’s my job,” the congressman said in May on the podcast “Here’s"
            " the Thing.”\nHe later opened a consulting firm.",
            ["Being a dad, that’s my job,"],
        ),
        (
            "The party stoked the fears of voters with its posters.\n\n“Lose jobs? Lose safety?"
            " No to open borders” (2005) — “Free pass for all? No.” (2007) — “Yes to a ban on"
            " towers” (2009).\n\nThe party also saw that it could call referenda at will.",
            [],
        ),
    ],
)
def test_titles_are_no_direct_statements(
    attribute: Attribute, text: str, direct: list[str]
) -> None:
    quotes, _ = attribute(text)
    assert [q.text for q in quotes if q.kind == "direct"] == direct


@pytest.mark.slow
def test_an_occasion_phrase_after_a_headline_is_no_report(attribute: Attribute) -> None:
    quotes, _ = attribute(
        "Gillibrand on Clinton Releasing Her Speech Transcripts: ‘I Think She Will.’\n\n"
        "Friday on CNN’s “New Day,” Sen. Kirsten Gillibrand told host Chris Cuomo she believed"
        " that Clinton would release a transcript of the speech."
    )
    assert [q.text for q in quotes if "Friday" in q.text] == []
    told = [q for q in quotes if q.cue == "told"]
    assert [q.text for q in told] == [
        "she believed that Clinton would release a transcript of the speech"
    ]
