"""The English engine on small hand-written articles, one behaviour each (loads the model)."""

from __future__ import annotations

import pytest
from quote_samples import Attribute, find

pytestmark = pytest.mark.slow


def test_quote_split_by_its_attribution_shares_one_attribution(attribute: Attribute) -> None:
    text = (
        "Maria Lopez runs the city council.\n\n"
        '"We will not give up," Lopez said, "and we will rebuild the bridge by spring."'
    )
    quotes, _ = attribute(text)
    first = find(quotes, "We will not give up")
    second = find(quotes, "rebuild the bridge")
    assert first.kind == second.kind == "direct"
    assert first.attribution_id == second.attribution_id
    assert first.speaker == second.speaker == "Maria Lopez"
    assert first.text == "We will not give up,"


def test_typographic_quote_after_colon(attribute: Attribute) -> None:
    text = (
        "Prime Minister Jacinda Ardern told reporters: “The border will stay closed until March.”"
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "The border will stay closed")
    assert (quote.kind, quote.cue, quote.speaker) == ("direct", "told", "Jacinda Ardern")
    assert quote.speaker_role == "Prime Minister"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Tom Baker said that the factory would close in May.", "said", "that the factory would close"),  # noqa: E501
        ("The factory will close in May, Tom Baker said.", "said", "The factory will close in May"),
        ("According to Tom Baker, the factory will close in May.", "According to", "the factory will close"),  # noqa: E501
        ("Tom Baker told reporters the factory would close in May.", "told", "the factory would close"),  # noqa: E501
        ("Tom Baker added that the factory would close in May.", "added", "that the factory would close"),  # noqa: E501
    ],
)  # fmt: skip
def test_indirect_speech(attribute: Attribute, text: str, cue: str, content: str) -> None:
    quotes, _ = attribute(text)
    quote = find(quotes, content)
    assert quote.kind == "indirect"
    assert quote.cue == cue
    assert quote.speaker == "Tom Baker"
    assert "Tom Baker" not in quote.text


def test_mixed_quote_spans_the_whole_reported_content(attribute: Attribute) -> None:
    text = 'Senator Ann Reed noted that "these attacks became more dangerous" after the withdrawal.'
    quotes, _ = attribute(text)
    quote = find(quotes, "these attacks")
    assert quote.kind == "mixed"
    assert quote.text.startswith("that ")
    assert quote.cue == "noted"
    assert quote.speaker == "Ann Reed"


def test_apposition_gives_the_role(attribute: Attribute) -> None:
    text = "Jane Doe, a spokeswoman for the ministry, said the talks had failed."
    quotes, speakers = attribute(text)
    quote = find(quotes, "the talks had failed")
    assert quote.speaker == "Jane Doe"
    assert quote.speaker_role == "spokeswoman for the ministry"
    assert speakers[0].role == "spokeswoman for the ministry"


def test_surname_pronoun_and_role_noun_resolve_to_the_full_name(attribute: Attribute) -> None:
    text = (
        "Finance Minister Peter Hall presented the budget on Monday.\n\n"
        '"This budget protects families," Hall said.\n\n'
        "He added that taxes would not rise.\n\n"
        "Debt will fall next year, the minister said."
    )
    quotes, speakers = attribute(text)
    assert [q.speaker for q in quotes] == ["Peter Hall"] * 3
    assert [q.speaker_mention.kind for q in quotes] == ["surname", "pronoun", "role"]
    assert [q.speaker_mention.text for q in quotes] == ["Hall", "He", "the minister"]
    assert quotes[0].speaker_role == "Finance Minister"
    assert len(speakers) == 1 and speakers[0].id == "s1"
    assert {m.text for m in speakers[0].mentions} >= {"Peter Hall", "Hall", "He", "the minister"}
    assert all(q.speaker_id == "s1" for q in quotes)


def test_organisation_as_speaker(attribute: Attribute) -> None:
    text = (
        "The Russian Foreign Ministry summoned the ambassador.\n\n"
        "The ministry said the incident was unacceptable."
    )
    quotes, speakers = attribute(text)
    quote = find(quotes, "the incident was unacceptable")
    assert quote.speaker == "Russian Foreign Ministry"
    assert quote.speaker_mention.text == "The ministry"
    assert speakers[0].kind == "organisation"


def test_unresolved_pronoun_gives_no_speaker(attribute: Attribute) -> None:
    text = "She said the results would be published soon."
    quotes, _ = attribute(text)
    quote = find(quotes, "the results would be published")
    assert quote.speaker is None
    assert quote.speaker_mention.text == "She"
    assert quote.confidence < 0.5


def test_scare_quotes_titles_headers_and_credits_are_not_statements(attribute: Attribute) -> None:
    text = (
        "Troops arrive in the region\n\n"
        "So-called 'peacekeepers' arrived on Tuesday in armoured trucks.\n\n"
        "The crews watched “Saving Private Ryan” at the base.\n\n"
        "Local reaction\n\n"
        "Residents were calm as the convoy passed through the centre.\n\n"
        "Photo: Creative Commons"
    )
    quotes, _ = attribute(text)
    assert quotes == []


def test_multi_paragraph_quote_is_one_statement(attribute: Attribute) -> None:
    text = (
        "Mayor John Smith spoke at the opening.\n\n"
        "“We built this bridge for the next hundred years. It connects two towns.\n\n"
        "“It is the biggest project this city has seen,” Smith said."
    )
    quotes, _ = attribute(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "direct"
    assert quote.text.startswith("We built this bridge")
    assert quote.text.endswith("this city has seen,")
    assert quote.speaker == "John Smith"


def test_stray_marks_and_inches_do_not_break_the_article(attribute: Attribute) -> None:
    text = (
        "The suspect is 5'10\" tall, police said.\n\n"
        "“An unclosed quotation that never ends\n\n"
        "It's the Clintons' house, a neighbour said ” with a stray mark."
    )
    quotes, _ = attribute(text)
    assert find(quotes, "The suspect is").kind == "indirect"


def test_date_and_occasion_come_from_the_cue(attribute: Attribute) -> None:
    text = (
        "Prices will fall next year, Economy Minister Laura Chen said on Tuesday "
        "at a press conference in the capital."
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "Prices will fall")
    assert quote.date_text is not None and quote.date_text.text == "on Tuesday"
    assert quote.occasion == "at a press conference in the capital"
    assert text[quote.date_text.start : quote.date_text.end] == "on Tuesday"


def test_headline_attribution_resolves_against_the_body(attribute: Attribute) -> None:
    text = (
        "Lavrov: the talks in Geneva were useful\n\n"
        "Russian Foreign Minister Sergey Lavrov met his counterpart in Geneva on Monday."
    )
    quotes, _ = attribute(text)
    quote = find(quotes, "the talks in Geneva were useful")
    assert quote.cue == ":"
    assert quote.speaker == "Sergey Lavrov"
    assert quote.speaker_mention.kind == "headline"


def test_unattributed_quotation_continues_the_previous_speaker(attribute: Attribute) -> None:
    text = (
        '"We expect a good harvest this autumn," farmer Paul Green said.\n\n'
        '"The rain came just at the right time for the wheat and the barley."'
    )
    quotes, _ = attribute(text)
    follow = find(quotes, "The rain came")
    assert follow.kind == "direct"
    assert follow.speaker == "Paul Green"
    assert follow.cue is None
    assert follow.confidence < find(quotes, "good harvest").confidence


def test_offsets_index_the_article(attribute: Attribute) -> None:
    text = 'Intro line.\n\n"It will rain," forecaster Amy Wu said on Sunday.'
    quotes, speakers = attribute(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.cue_span.start : quote.cue_span.end] == quote.cue
        mention = quote.speaker_mention
        assert text[mention.start : mention.end] == mention.text
    for speaker in speakers:
        for mention in speaker.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_transcript_turns_are_direct_quotes(attribute: Attribute) -> None:
    text = (
        "Chris Wallace interviewed Mike Pence on Sunday.\n\n"
        "WALLACE: Will she be at the debate tomorrow night?\n\n"
        "PENCE: She will not be attending the debate.\n\n"
        "UPDATE: The debate starts at nine."
    )
    quotes, _ = attribute(text)
    assert [(q.kind, q.cue, q.speaker) for q in quotes] == [
        ("direct", ":", "Chris Wallace"), ("direct", ":", "Mike Pence"),
    ]  # fmt: skip
    assert quotes[1].text == "She will not be attending the debate."


def test_signature_after_a_quotation_names_its_author(attribute: Attribute) -> None:
    text = (
        "Readers wrote in after the debate.\n\n"
        "“I just hope that this campaign gets people out to vote.” ― Jorge Falcon\n"
        "“Maybe we can build a wall around the whole debate.” ― Steve Quinlan."
    )
    quotes, _ = attribute(text)
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("direct", "Jorge Falcon"), ("direct", "Steve Quinlan"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "“", 'He said: "', "Title only", "''''''", "a\n\nb\n\nc", "“x” “y” “z”"],
)
def test_degenerate_articles_give_no_error(attribute: Attribute, text: str) -> None:
    quotes, speakers = attribute(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    assert {q.speaker_id for q in quotes if q.speaker_id} <= {s.id for s in speakers}


def test_a_doc_without_parse_or_entities_gives_no_error() -> None:
    from quotewire.nlp.model import load_english
    from quotewire.quotes.english import attribute_english
    from quotewire.read.layout import parse_layout

    text = 'Intro.\n\n"We will win the vote," Tom Baker said.\n\nHe added that it was close.'
    quotes, _ = attribute_english(load_english().make_doc(text), parse_layout(text))
    # without a parse, only the words written beside a quotation can name its source
    assert [q.text for q in quotes] == ["We will win the vote,"]
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text.endswith("Baker")
