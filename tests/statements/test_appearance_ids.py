"""Appearances carry the store's quote ids, unique across articles and fragments."""

from quotewire.statements.collection import appearances_of
from quotewire.store.codec import quote_ids
from quotewire.types import Article, Quote

TEXT = "The plan will work, the minister said, and it will be paid for by next spring."


def _article(article_id: str) -> Article:
    first = Quote(0, 18, TEXT[0:18], "indirect", attribution_id="a1")
    second = Quote(43, 78, TEXT[43:78], "indirect", attribution_id="a1")
    return Article(text=TEXT, id=article_id, quotes=[first, second])


def test_fragments_of_one_attribution_and_other_articles_get_their_own_ids() -> None:
    ids = [
        appearance.quote_id
        for article_id in ("one", "two")
        for appearance, _ in appearances_of(_article(article_id), seq=0)
    ]
    assert len(ids) == len(set(ids)) == 4
    assert ids[:2] == quote_ids("one", _article("one").quotes)
