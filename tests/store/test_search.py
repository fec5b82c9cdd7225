"""Ranked full-text search over quotes with combinable filters, on both databases."""

from __future__ import annotations

import pytest
from store_articles import (
    accented_article,
    lavrov_article,
    merkel_article,
    unattributed_article,
)

from quotewire.statements.service import Statements
from quotewire.store import Store


@pytest.fixture
def filled(store: Store) -> Store:
    store.save_article(lavrov_article())
    store.save_article(merkel_article("2006-03-02", outlet="Daily Planet"))
    store.save_article(merkel_article("2008-07-04", outlet="Evening Star"))
    store.save_article(unattributed_article())
    return store


def test_words_match_with_stemming_and_best_first(filled: Store) -> None:
    hits = filled.search("climate")
    assert {h.speaker for h in hits} == {"Angela Merkel", "Environment groups", "Anna Schmidt"}
    assert len(hits) == 6
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert filled.search("threatening stabilities")[0].speaker == "Sergey Lavrov"


def test_all_words_must_occur(filled: Store) -> None:
    assert {h.text for h in filled.search("climate action")} == {
        "We need action on the climate now, not in ten years,"
    }


def test_phrase_or_and_exclusion(filled: Store) -> None:
    assert {h.speaker for h in filled.search('"challenge of our time"')} == {"Angela Merkel"}
    assert filled.search('"time challenge"') == []
    either = {h.speaker for h in filled.search("NATO or betrayal")}
    assert either == {"Sergey Lavrov", None}
    assert {h.speaker for h in filled.search("climate -action")} == {
        "Angela Merkel", "Environment groups",
    }  # fmt: skip


def test_speaker_name_matches_also_in_full_text(filled: Store) -> None:
    assert {h.speaker for h in filled.search("Schmidt")} == {"Anna Schmidt"}


def test_filters_combine(filled: Store) -> None:
    assert {h.published for h in filled.search("climate", since="2007-01-01")} == {"2008-07-04"}
    assert {h.published for h in filled.search("climate", until="2006")} == {"2006-03-02"}
    assert {h.outlet for h in filled.search("climate", outlet="evening star")} == {"Evening Star"}
    hits = filled.search("climate", speaker="merkel", kind="direct", until="2006-12-31")
    assert [(h.speaker, h.published) for h in hits] == [("Angela Merkel", "2006-03-02")]
    assert filled.search("climate", kind="indirect", outlet="Daily Planet")[0].speaker == (
        "Environment groups"
    )


def test_quote_date_takes_precedence_over_publication(filled: Store) -> None:
    # Lavrov's quote is dated 2022-01-14, its article published 2022-01-16
    assert filled.search("NATO", until="2022-01-14") != []
    assert filled.search("NATO", since="2022-01-15") == []


def test_no_query_lists_newest_first(filled: Store) -> None:
    hits = filled.search(None, limit=50)
    assert len(hits) == 9
    dates = [h.date or h.published for h in hits if (h.date or h.published)]
    assert dates == sorted(dates, reverse=True)
    assert all(h.score is None for h in hits)


def test_limit_and_offset_page_through_results(filled: Store) -> None:
    everything = [h.quote_id for h in filled.search("climate", limit=100)]
    pages = [
        h.quote_id for o in range(0, 6, 2) for h in filled.search("climate", limit=2, offset=o)
    ]
    assert pages == everything


def test_hit_carries_the_text_around_the_quote(filled: Store) -> None:
    hit = filled.search("NATO")[0]
    article = filled.article(hit.article_id)
    assert article.text[hit.start : hit.end] == hit.text
    assert hit.before.endswith('said on Friday: "')
    assert hit.after.startswith('" He added')
    assert "\n\n" not in hit.before + hit.after
    assert (hit.title, hit.url, hit.outlet) == (
        "Lavrov warns of NATO expansion", "https://example.org/lavrov", "Example News",
    )  # fmt: skip


@pytest.mark.parametrize(
    "query",
    ['"', "NEAR(", "a AND", "'; DROP TABLE quotes; --", "*", 'climate"', "-", "OR", "%_\\", "😀"],
)
def test_any_query_text_is_safe(filled: Store, query: str) -> None:
    filled.search(query)
    filled.search("climate", speaker=query, outlet=query)
    assert filled.stats().quotes == 9


def test_speaker_filter_treats_like_wildcards_literally(filled: Store) -> None:
    assert filled.search("climate", speaker="%") == []
    assert filled.search("climate", speaker="_") == []


def test_quotes_by_speaker_is_exact_and_case_insensitive(filled: Store) -> None:
    hits = filled.quotes_by_speaker("angela merkel")
    assert [h.published for h in hits] == ["2008-07-04", "2006-03-02"]
    assert filled.quotes_by_speaker("Merkel") == []
    assert len(filled.quotes_by_speaker("Angela Merkel", until="2007")) == 1


def test_speaker_and_outlet_filters_ignore_accents(store: Store) -> None:
    # "ingrid" must find "Íngrid Betancourt", as the full-text search already does.
    store.save_article(accented_article())
    assert [h.speaker for h in store.search(speaker="ingrid")] == ["Íngrid Betancourt"]
    assert [h.speaker for h in store.search("freedom", speaker="INGRID BETANCOURT")] == [
        "Íngrid Betancourt"
    ]
    assert [h.outlet for h in store.search(outlet="pagina/12")] == ["Página/12"]
    assert len(store.quotes_by_speaker("Ingrid Betancourt")) == 1
    assert store.search(speaker="ingrad") == []


def test_outlet_filter_matches_every_name_of_a_known_outlet(store: Store) -> None:
    """A sample says "Wikinews", a record gives only its en.wikinews.org URL: one outlet."""
    import dataclasses

    store.save_article(dataclasses.replace(lavrov_article(), outlet="Wikinews"))
    store.save_article(merkel_article(outlet="en.wikinews.org"))
    for name in ("Wikinews", "en.wikinews.org", "wikinews"):
        assert len({h.article_id for h in store.search(outlet=name)}) == 2


def test_speaker_filter_takes_a_person_id(filled: Store) -> None:
    """A person's id is that person alone (the web's "search their quotes" sends it): a name
    may belong to several people, an id to one."""
    Statements(filled).catch_up()
    lavrov = filled.dialect.fetch(
        "SELECT entity_id FROM speaker_identities WHERE entity_name = 'Sergey Lavrov'"
    )[0]["entity_id"]
    hits = filled.search(speaker=lavrov)
    assert len(hits) == 2 and {h.speaker for h in hits} == {"Sergey Lavrov"}
    assert filled.search(speaker=lavrov[:-1]) == [], "an id matches whole, not in part"
