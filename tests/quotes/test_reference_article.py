"""The reference article (examples/lavrov-csto.txt) through the English engine: every statement,
its kind, cue, speaker, role, mention, date expression, occasion and insertions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotewire.types import Quote, Speaker

pytestmark = pytest.mark.slow
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "lavrov-csto.txt"

# (kind, cue, words the statement starts with, words it ends with, mention text, mention kind)
EXPECTED = [
    ("indirect", ":", "the situation in Kazakhstan has shown", "of the CSTO forces", "Lavrov", "headline"),  # noqa: E501
    ("indirect", "said", "The situation in Kazakhstan has fully", "effectiveness of CSTO forces", "Russian Foreign Minister Sergey Lavrov", "name"),  # noqa: E501
    ("direct", "said", "I believe that in the situation", "very much in demand,", "Lavrov", "surname"),  # noqa: E501
    ("direct", "said", "You know what they say", "come to a war,", "Lavrov", "surname"),
    ("indirect", "added", "that, in his opinion, the potential", "to the whole world", "He", "pronoun"),  # noqa: E501
    ("direct", "summarized", "The West's astonishment", "no doubt about it,", "Lavrov", "surname"),
    ("indirect", "said", "Attempts to undermine the situation", "prepared for that", "the minister", "role"),  # noqa: E501
    ("direct", "said", "I hope we will not have to use", "other CSTO countries,", "Lavrov", "surname"),  # noqa: E501
    ("mixed", "noted", 'that "these attacks became more risky', 'have to rebuild it"', "Lavrov", "surname"),  # noqa: E501
    ("mixed", "added", "that actions to ensure such preparedness", 'intelligence."', "The minister", "role"),  # noqa: E501
    ("direct", "summarized", "There are such structures", "even more in demand,", "Lavrov", "surname"),  # noqa: E501
]  # fmt: skip


@pytest.fixture(scope="module")
def result(attribute: Callable[[str], tuple[list[Quote], list[Speaker]]]):
    text = EXAMPLE.read_text(encoding="utf-8")
    quotes, speakers = attribute(text)
    return text, quotes, speakers


def test_every_statement_attributed_to_lavrov(result) -> None:
    text, quotes, _ = result
    assert len(quotes) == len(EXPECTED), [q.text[:40] for q in quotes]
    for quote, (kind, cue, first, last, mention, mention_kind) in zip(
        quotes, EXPECTED, strict=True
    ):
        assert quote.text.startswith(first), quote.text[:60]
        assert quote.text.endswith(last), quote.text[-60:]
        assert text[quote.start : quote.end] == quote.text
        assert (quote.kind, quote.cue) == (kind, cue), quote.text[:60]
        assert text[quote.cue_span.start : quote.cue_span.end] == cue
        assert quote.speaker == "Sergey Lavrov"
        assert quote.speaker_id == "s1"
        assert quote.speaker_role == "Russian Foreign Minister"
        assert (quote.speaker_mention.text, quote.speaker_mention.kind) == (mention, mention_kind)
        assert 0.5 <= quote.confidence <= 1.0


def test_split_direct_quote_ends_with_summarized(result) -> None:
    _, quotes, _ = result
    mixed, direct = quotes[-2], quotes[-1]
    assert mixed.attribution_id != direct.attribution_id
    assert direct.cue == "summarized"


def test_date_and_occasion_of_the_lead(result) -> None:
    _, quotes, _ = result
    lead = quotes[1]
    assert lead.date_text is not None and lead.date_text.text == "on Friday"
    assert lead.occasion == "at a press conference on the results of Russian diplomacy in 2021"
    assert all(q.date_text is None for q in quotes[2:])


def test_insertions(result) -> None:
    text, quotes, _ = result
    assert [s.text for s in quotes[2].insertions] == ["[the situation]"]
    (insertion,) = quotes[7].insertions
    assert insertion.text.startswith("(experience of involving the CSTO contingent")
    assert insertion.text.endswith("- TASS)")
    assert quotes[7].start <= insertion.start < insertion.end <= quotes[7].end
    assert text[insertion.start : insertion.end] == insertion.text
    assert all(not q.insertions for i, q in enumerate(quotes) if i not in (2, 7))


def test_one_speaker_with_every_mention(result) -> None:
    _, quotes, speakers = result
    (lavrov,) = speakers
    assert (lavrov.id, lavrov.name, lavrov.kind) == ("s1", "Sergey Lavrov", "person")
    assert lavrov.role == "Russian Foreign Minister"
    mentions = {(m.start, m.end) for m in lavrov.mentions}
    assert all((q.speaker_mention.start, q.speaker_mention.end) in mentions for q in quotes)


def test_headers_and_credits_are_not_statements(result) -> None:
    _, quotes, _ = result
    assert not any("Islamic world" in q.text or "Creative Commons" in q.text for q in quotes)
