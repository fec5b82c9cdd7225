"""Twenty-third round: a lower-case description before the source's name after a closing
quotation.

- quotes/beside.QuoteLayout.described_name_after: '"...," state Assembly leader Mark Dalton
  and House Speaker Tom Reeve, both Republicans, said' is read like a name that comes first,
  so the long apposition after the name does not hide the cue (parses written out by hand:
  the shape the small English model gives such a sentence when it hangs the quotation on the
  verb as an adverbial clause, so that the cue has no reported clause).
- quotes/trailing: where the parse has no frame ('"...," screenwriter Ned Farrow wrote' with
  "screenwriter" tagged a verb and "Ned Farrow" its object), the words are read: a
  description, with or without an article, that ends in the name, then the verb. A word that
  opens a clause ("because", "so", "when") or a verb of saying ('"...," said campaign manager
  ...') opens no description. Read here on parses written out by hand; on Docs with no tagger
  or parser in tests/quotes/test_trailing_source.py.

Sentences are made up."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from written_parses import doc_from_parse

from quotewire.quotes.beside import QuoteLayout
from quotewire.quotes.frames import Frame
from quotewire.quotes.marks import QuotedSpan
from quotewire.quotes.trailing import trailing_source

# the small model's reading of one such sentence: the description tagged a verb, the name its
# object, and "wrote" left with no subject, so the parse gives no frame
_TAGGED = (
    "“/``/PUNCT/punct>9 It/PRP/PRON/nsubj>2 works/VBZ/VERB/ccomp>5 ,/,/PUNCT/punct>9 "
    "”/''/PUNCT/punct>9 {first}/{tag}/{pos}/parataxis>9 Ned/NNP/PROPN/compound>7 "
    "Farrow/NNP/PROPN/dobj>5 wrote/VBD/VERB/ROOT>8 on/IN/ADP/prep>8 Twitter/NNP/PROPN/pobj>9 "
    "././PUNCT/punct>8"
)


@pytest.mark.parametrize(
    ("first", "tag", "pos", "expected"),
    [
        ("screenwriter", "VB", "VERB", ("Farrow", "wrote")),  # a tagger's slip, still a noun
        ("apparently", "RB", "ADV", None),  # an adverb opens no description
    ],
)
def test_tagged_words_before_the_name(
    first: str, tag: str, pos: str, expected: tuple | None
) -> None:
    doc = doc_from_parse(_TAGGED.format(first=first, tag=tag, pos=pos))
    found = trailing_source(doc, doc.text.index("”") + 1, len(doc.text))
    assert ((found.source.text, found.verb.text) if found else None) == expected


_DESCRIBED = (
    "\"/``/PUNCT/punct>18 Fine/JJ/ADJ/advcl>18 ,/,/PUNCT/punct>1 \"/''/PUNCT/punct>8 "
    "state/NN/NOUN/compound>5 Assembly/NNP/PROPN/compound>6 leader/NN/NOUN/compound>8 "
    "Mark/NNP/PROPN/compound>8 Dalton/NNP/PROPN/nsubj>18 and/CC/CCONJ/cc>8 "
    "House/NNP/PROPN/compound>11 Speaker/NNP/PROPN/compound>13 Tom/NNP/PROPN/compound>13 "
    "Reeve/NNP/PROPN/conj>8 ,/,/PUNCT/punct>13 both/DT/DET/det>16 "
    "Republicans/NNPS/PROPN/appos>13 ,/,/PUNCT/punct>8 said/VBD/VERB/ROOT>18 ././PUNCT/punct>18"
)
# the same words, but the lower-case ones a clause of their own: "voters told", a relative
# clause over the name, describes no one
_CLAUSE = (
    "\"/``/PUNCT/punct>18 Fine/JJ/ADJ/advcl>18 ,/,/PUNCT/punct>1 \"/''/PUNCT/punct>8 "
    "voters/NNS/NOUN/nsubj>5 told/VBD/VERB/relcl>8 leader/NN/NOUN/compound>8 "
    "Mark/NNP/PROPN/compound>8 Dalton/NNP/PROPN/nsubj>18 and/CC/CCONJ/cc>8 "
    "House/NNP/PROPN/compound>11 Speaker/NNP/PROPN/compound>13 Tom/NNP/PROPN/compound>13 "
    "Reeve/NNP/PROPN/conj>8 ,/,/PUNCT/punct>13 both/DT/DET/det>16 "
    "Republicans/NNPS/PROPN/appos>13 ,/,/PUNCT/punct>8 said/VBD/VERB/ROOT>18 ././PUNCT/punct>18"
)


def _layout(doc: Doc) -> tuple[QuoteLayout, QuotedSpan]:
    close_mark = doc[3]
    quote = QuotedSpan(0, 1, close_mark.idx - 1, close_mark.idx + 1)
    layout = QuoteLayout(doc, [quote], [(0, len(doc.text))])
    cue = doc[18]
    layout.frames = [Frame(cue, [cue], doc[8], None, 0.9)]
    layout.cue_starts = [cue.idx]
    return layout, quote


def test_a_described_name_after_the_closing_mark_takes_the_quotation() -> None:
    layout, quote = _layout(doc_from_parse(_DESCRIBED))
    assert layout.described_name_after(quote, layout.doc[8])
    frame = layout.parsed_frame_after(quote)
    assert frame is not None and frame.speaker is not None
    assert frame.speaker.text == "Dalton"


def test_a_clause_before_the_name_is_no_description() -> None:
    layout, quote = _layout(doc_from_parse(_CLAUSE))
    assert not layout.described_name_after(quote, layout.doc[8])
    assert layout.parsed_frame_after(quote) is None
