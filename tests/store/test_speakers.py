"""Who is quoted most, with counts, roles and date ranges."""

from __future__ import annotations

from store_articles import lavrov_article, merkel_article, unattributed_article

from quotewire.store import Store


def test_speakers_ranked_by_quotes_with_roles_and_dates(store: Store) -> None:
    store.save_article(lavrov_article())
    store.save_article(merkel_article("2006-03-02"))
    store.save_article(merkel_article("2008-07-04", outlet="Evening Star"))
    store.save_article(unattributed_article())
    top = store.speakers(top=10)
    # two quotes each; ties go to the speaker quoted in more articles, then by name
    assert [s.name for s in top] == [
        "Angela Merkel", "Anna Schmidt", "Environment groups", "Sergey Lavrov",
    ]  # fmt: skip
    by_name = {s.name: s for s in top}
    assert None not in by_name
    merkel = by_name["Angela Merkel"]
    assert (merkel.quotes, merkel.articles, merkel.roles) == (2, 2, ["Chancellor"])
    assert (merkel.first_date, merkel.last_date) == ("2006-03-02", "2008-07-04")
    lavrov = by_name["Sergey Lavrov"]
    assert (lavrov.quotes, lavrov.articles) == (2, 1)
    assert (lavrov.first_date, lavrov.last_date) == ("2022-01-14", "2022-01-16")


def test_top_since_and_outlet_narrow_the_list(store: Store) -> None:
    store.save_article(lavrov_article())
    store.save_article(merkel_article("2006-03-02"))
    store.save_article(merkel_article("2008-07-04", outlet="Evening Star"))
    assert len(store.speakers(top=2)) == 2
    assert {s.name for s in store.speakers(since="2010")} == {"Sergey Lavrov"}
    planet = store.speakers(outlet="Evening Star")
    assert {s.name for s in planet} == {"Angela Merkel", "Environment groups", "Anna Schmidt"}
    assert all(s.quotes == 1 for s in planet)


def test_stats_count_everything(store: Store) -> None:
    store.save_article(lavrov_article())
    store.save_article(merkel_article())
    stats = store.stats()
    assert (stats.articles, stats.quotes, stats.speakers, stats.outlets) == (2, 5, 4, 2)
    assert (stats.first_published, stats.last_published) == ("2006-03-02", "2022-01-16")
    assert stats.backend == store.backend


def test_feed_polls_are_remembered(store: Store) -> None:
    assert store.last_feed_poll("https://example.org/feed.xml") is None
    store.record_feed_poll("https://example.org/feed.xml", new=3, failed=0, error=None)
    first = store.last_feed_poll("https://example.org/feed.xml")
    store.record_feed_poll("https://example.org/feed.xml", new=0, failed=1, error="timeout")
    second = store.last_feed_poll("https://example.org/feed.xml")
    assert first is not None and second is not None and second >= first
