"""Saving is idempotent, keyed on the URL (else the text), and re-extracts in place."""

from __future__ import annotations

import pytest
from store_articles import lavrov_article, merkel_article, unattributed_article

from quotewire.errors import NotFoundError, StoreError
from quotewire.store import Store
from quotewire.store.store import is_newer
from quotewire.types import Quote


def test_saved_article_comes_back_whole(store: Store) -> None:
    article = lavrov_article()
    result = store.save_article(article)
    assert (result.status, result.quotes) == ("new", 2)
    loaded = store.article(result.article_id)
    assert loaded.id == result.article_id
    expected = article.to_dict(include_text=True) | {"id": result.article_id}
    assert loaded.to_dict(include_text=True) == expected
    assert loaded.title_span == article.title_span
    assert loaded.quotes[0].speaker_mention == article.quotes[0].speaker_mention
    assert loaded.quotes[0].date_text == article.quotes[0].date_text
    assert loaded.syndicated_from == ["TASS"]


def test_article_is_found_by_the_id_its_source_gave(store: Store) -> None:
    saved = store.save_article(lavrov_article())
    assert store.article("lavrov-1").id == saved.article_id
    with pytest.raises(NotFoundError):
        store.article("no-such-article")


def test_saving_again_changes_nothing(store: Store) -> None:
    first = store.save_article(lavrov_article())
    before = store.article(first.article_id).to_dict(include_text=True)
    again = store.save_article(lavrov_article())
    assert (again.status, again.article_id, again.quotes) == ("unchanged", first.article_id, 2)
    assert store.article(first.article_id).to_dict(include_text=True) == before
    assert store.stats().articles == 1
    assert store.stats().quotes == 2


def test_a_newer_extractor_replaces_quotes_in_place(store: Store) -> None:
    store.save_article(lavrov_article(version="0.1.0"))
    newer = lavrov_article(version="0.2.0")
    newer.quotes = newer.quotes[:1]
    result = store.save_article(newer)
    assert result.status == "updated"
    stored = store.article(result.article_id)
    assert stored.extractor_version == "0.2.0"
    assert [q.text for q in stored.quotes] == [newer.quotes[0].text]
    assert store.stats().quotes == 1
    # an older extractor does not overwrite the newer result
    assert store.save_article(lavrov_article(version="0.1.0")).status == "unchanged"


def test_same_url_with_new_text_is_updated(store: Store) -> None:
    store.save_article(lavrov_article())
    changed = lavrov_article()
    changed.text = changed.text.replace("Friday", "Monday")
    assert store.save_article(changed).status == "updated"
    assert "Monday" in store.article("lavrov-1").text
    assert store.stats().articles == 1


def test_article_without_url_is_identified_by_its_text(store: Store) -> None:
    first = store.save_article(unattributed_article())
    assert store.save_article(unattributed_article()).status == "unchanged"
    other = unattributed_article()
    other.text += " Later the council met again."
    assert store.save_article(other).article_id != first.article_id
    assert store.stats().articles == 2


def test_stored_version_answers_before_extraction(store: Store) -> None:
    article = lavrov_article()
    assert store.stored_version(url=article.url, text=article.text) is None
    saved = store.save_article(article)
    version = store.stored_version(url=article.url, text="any text: the URL decides")
    assert version is not None
    assert (version.article_id, version.extractor_version) == (saved.article_id, "0.1.0")


def test_a_failed_save_leaves_no_half_article(store: Store) -> None:
    store.save_article(merkel_article())
    broken = lavrov_article()
    # the second quote breaks a NOT NULL constraint after the article row was written
    broken.quotes.append(Quote(0, 5, None, "direct"))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="lavrov-1"):
        store.save_article(broken)
    assert store.stats().articles == 1
    assert store.stats().quotes == 3
    with pytest.raises(NotFoundError):
        store.article("lavrov-1")
    assert store.save_article(lavrov_article()).status == "new"


def test_quote_ids_are_stable_across_stores(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store.save_article(merkel_article())
    with Store.open(str(tmp_path / "other.db")) as other:
        other.save_article(merkel_article())
        assert sorted(h.quote_id for h in other.search("climate")) == sorted(
            h.quote_id for h in store.search("climate")
        )


def test_iter_articles_yields_every_article_once(store: Store) -> None:
    for published in ("2006-03-02", "2007-05-01", "2008-07-04"):
        store.save_article(merkel_article(published))
    store.save_article(lavrov_article())
    ids = [a.id for a in store.iter_articles(batch_size=2)]
    assert len(ids) == len(set(ids)) == 4


@pytest.mark.parametrize(
    ("version", "than", "newer"),
    [("0.2.0", "0.1.0", True), ("0.10.0", "0.9.1", True), ("0.1.0", "0.1.0", False),
     ("0.1.0", "0.2.0", False), ("0.1.0", None, True), (None, "0.1.0", False)],
)  # fmt: skip
def test_versions_compare_numerically(version: str | None, than: str | None, newer: bool) -> None:
    assert is_newer(version, than) is newer


def test_a_batch_commits_its_saves_at_once_and_undoes_only_the_failed_one(store: Store) -> None:
    class DiskFull(Exception):
        pass

    with store.batch("saving two articles"):
        kept = store.save_article(lavrov_article())
        with pytest.raises(DiskFull), store.dialect.transaction():  # one article's savepoint
            store.save_article(merkel_article())
            raise DiskFull
    assert [a.id for a in store.iter_articles()] == [kept.article_id]
    with pytest.raises(DiskFull), store.batch("saving one more"):
        store.save_article(unattributed_article())
        raise DiskFull  # the whole uncommitted batch goes, what was committed stays
    assert [a.id for a in store.iter_articles()] == [kept.article_id]
