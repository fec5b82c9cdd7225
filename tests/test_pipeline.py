"""The Python API: extract, extract_batch, and the spaCy component."""

from __future__ import annotations

import pytest

import quotewire
from quotewire import Document, ExtractionError, Settings, extract, extract_batch

SIMPLE = (
    "Mayor promises new bridge\n\n"
    "March 3, 2021\n\n"
    '"We will build it this year," Mayor Anna Kowalski said on Tuesday.\n\n'
    "She added that the city had already found the money."
)


@pytest.mark.slow
def test_extract_simple_article() -> None:
    article = extract(SIMPLE, lang="en")
    assert article.title == "Mayor promises new bridge"
    assert article.published == "2021-03-03"
    assert [q.kind for q in article.quotes] == ["direct", "indirect"]
    first, second = article.quotes
    assert first.text == "We will build it this year,"
    assert first.speaker == second.speaker == "Anna Kowalski"
    assert first.date == "2021-03-02"  # the Tuesday before Wednesday 3 March 2021
    assert second.speaker_mention is not None and second.speaker_mention.text == "She"


@pytest.mark.slow
def test_an_article_without_an_outlet_is_credited_to_its_url_host() -> None:
    # Search's --outlet, the web's outlet list and exports then name the outlet that
    # statements count ("en.wikinews.org"), instead of an empty one.
    article = extract(SIMPLE, lang="en", url="https://www.city-news.example/bridge")
    assert article.outlet == "city-news.example"
    named = extract(SIMPLE, lang="en", url="https://city-news.example/b", outlet="City News")
    assert named.outlet == "City News"
    assert extract(SIMPLE, lang="en").outlet is None


@pytest.mark.slow
def test_batch_keeps_order_ids_and_reports_errors() -> None:
    documents = [
        Document(id="a", text=SIMPLE),
        Document(id="too-long", text="x " * 200),
        Document(id="b", text="No quotations here at all."),
    ]
    results = list(extract_batch(documents, lang="en", settings=Settings(max_article_chars=300),
                                 return_errors=True))  # fmt: skip
    assert isinstance(results[1], ExtractionError) and results[1].article_id == "too-long"
    assert "max_article_chars" in str(results[1])
    assert [r.id for r in results if isinstance(r, quotewire.Article)] == ["a", "b"]


@pytest.mark.slow
def test_batch_raises_without_return_errors() -> None:
    with pytest.raises(ExtractionError):
        list(
            extract_batch(
                [Document(id="x", text="y" * 20)], settings=Settings(max_article_chars=10)
            )
        )


@pytest.mark.slow
def test_empty_text_gives_empty_article() -> None:
    article = extract("", lang="en")
    assert article.quotes == [] and article.speakers == []


@pytest.mark.slow
def test_spacy_component() -> None:
    from quotewire.nlp.model import new_english_pipeline

    nlp = new_english_pipeline()
    nlp.add_pipe("quotewire")
    doc = nlp(SIMPLE)
    assert [q.speaker for q in doc._.quotes] == ["Anna Kowalski", "Anna Kowalski"]
    assert any(s.name == "Anna Kowalski" for s in doc._.speakers)


@pytest.mark.parametrize("text", [b"Jane Doe said it works.", None])
def test_text_that_is_not_a_string_is_a_clear_type_error(text: object) -> None:
    with pytest.raises(TypeError, match=r"text \(str\), not .*read_sources"):
        extract(text)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode it first"):
        list(extract_batch([text], return_errors=True))  # type: ignore[list-item]


# Articles with sentences that the selective parse leaves to the entity recogniser between those
# it parses, and one all parsed: in a batch the entity recogniser is decoded for all their pieces
# at once (``nlp/entities.py``), the last alone by spaCy's own loop.
BATCH_MATES = [
    SIMPLE,
    "Storm closes harbour\n\n"
    "The harbour in Port Elin was closed on Monday after a storm damaged two piers. "
    "Fishing boats stayed in the bay. "
    '"Nobody should go out until the piers are checked," harbour master Tomas Reyes told '
    "reporters. He said repairs could take a month.\n\n"
    "The town council will meet on Friday.",
    "Council approves budget\n\n"
    "Councillor Maria Lindqvist said the budget protects libraries. "
    "The vote was seven to two. Two members of the opposition left the room before it. "
    "According to the finance officer, Peter Novak, taxes will not rise next year.",
    "Museum reopens\n\n"
    "The city museum reopened its doors after a two-year renovation. Visitors queued from dawn. "
    '"It is brighter than ever," said director Helen Osei, who led the project.',
    'Engineer Jonas Berg said the new bridge was safe, and the mayor said "we trust him."',
]


@pytest.mark.slow
@pytest.mark.parametrize(("batch_size", "reverse"), [(32, False), (2, True), (3, False)])
def test_an_article_gives_the_same_output_alone_and_in_any_batch(
    batch_size: int, reverse: bool
) -> None:
    """What is stored for an article must not depend on what was ingested with it: spaCy's
    networks read each text on its own (same floats alone or batched), the batch entity decoder
    makes the model's choices, and the memoised caches hold no per-article state."""
    documents = [Document(id=str(i), text=text) for i, text in enumerate(BATCH_MATES)]
    alone = {d.id: next(extract_batch([d], lang="en")).to_dict() for d in documents}
    ordered = documents[::-1] if reverse else documents
    batched = extract_batch(ordered, lang="en", settings=Settings(batch_size=batch_size))
    assert {a.id: a.to_dict() for a in batched} == alone
    assert sum(len(a["quotes"]) for a in alone.values()) >= 6
