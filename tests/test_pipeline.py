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
