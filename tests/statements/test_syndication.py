"""Republications from credit lines and near-duplicate bodies."""

from statement_articles import BODY, make_article

from quotewire.statements.collection import StatementCollection


def links(articles):  # type: ignore[no-untyped-def]
    collection = StatementCollection()
    collection.add(articles)
    return collection, collection.syndication.links


def test_a_credit_line_points_at_the_stored_original_of_that_outlet() -> None:
    original = make_article("tass-1", "TASS", "2022-01-14", BODY)
    copy = make_article(
        "daily-1", "Daily", "2022-01-15", [*BODY[:3], "Based on materials from TASS"]
    )
    _, found = links([copy, original])
    assert found["daily-1"].original_id == "tass-1"
    assert found["daily-1"].method == "credit+near-duplicate"
    assert found["tass-1"].method == "original"


def test_an_uncredited_copy_with_dropped_paragraphs_is_a_near_duplicate() -> None:
    original = make_article("a", "Herald", "2022-01-14", BODY)
    copy = make_article("b", "Ledger", "2022-01-16", [BODY[0], BODY[1], BODY[3]])
    for order in ([original, copy], [copy, original]):
        _, found = links(order)
        assert found["b"].original_id == "a" and found["b"].method == "near-duplicate"
        assert found["a"].original_id is None


def test_a_credit_to_an_outlet_not_in_the_store_still_marks_a_republication() -> None:
    copy = make_article("c", "Daily", "2022-01-15", [*BODY, "(Reuters)"])
    collection, found = links([copy])
    assert found["c"].original_id is None and found["c"].original_outlet == "Reuters"
    statement = collection.statements()[0]
    assert statement.appearances[0].republished_from == "Reuters"
    assert statement.independent_outlets == 1


def test_republished_quotes_are_not_independent_confirmations() -> None:
    original = make_article("a", "Herald", "2022-01-14", BODY)
    copy = make_article("b", "Ledger", "2022-01-14", BODY)
    report = make_article(
        "c", "Post", "2022-01-15",
        ["Analysts in Almaty doubted the claim. One of them recalled the words: "
         + BODY[1].split(",")[0] + '"'],
    )  # fmt: skip
    collection, _ = links([original, copy, report])
    statement = next(s for s in collection.statements() if len(s.appearances) == 3)
    assert statement.outlets == 3 and statement.independent_outlets == 2
    assert statement.first_seen.article_id == "a"
    by_article = {a.article_id: a for a in statement.appearances}
    assert by_article["b"].republication_of == "a"
    assert by_article["c"].republication_of is None


def test_unrelated_articles_are_not_duplicates() -> None:
    other = make_article("z", "Post", "2022-01-14", [
        "The central bank kept its key rate unchanged on Friday, citing slowing inflation.",
        '"We see no reason to move rates before the summer," the governor told reporters.',
    ])  # fmt: skip
    _, found = links([make_article("a", "Herald", "2022-01-14", BODY), other])
    assert found["z"].method == found["a"].method == "original"


def test_an_agencys_own_credit_line_makes_its_story_the_original() -> None:
    # TASS's own story ends "(TASS)"; a rewrite "Based on materials from TASS", ingested
    # first, shares the statement but not the body.
    own = make_article("tass-2", "TASS", "2022-01-14", [*BODY, "(TASS)"])
    rewrite = make_article(
        "daily-2", "Daily", "2022-01-14",
        ["The minister spoke at length. " + BODY[1], "Based on materials from TASS"],
    )  # fmt: skip
    collection, found = links([rewrite, own])
    assert found["tass-2"].method == "original"
    assert found["tass-2"].evidence == "its own credit line (TASS)"
    statement = next(s for s in collection.statements() if len(s.appearances) == 2)
    assert statement.first_seen.article_id == "tass-2"
    by_article = {a.article_id: a for a in statement.appearances}
    assert by_article["daily-2"].republication_of == "tass-2"
    assert by_article["daily-2"].republished_from == "TASS"
    assert statement.outlets == 2 and statement.independent_outlets == 1


def test_reuters_reported_in_the_quotes_sentence_credits_reuters() -> None:
    """A later paper's own story, not a copy: its quote "..., Reuters reported" is Reuters'."""
    quote = '"We will not yield to pressure from anyone," the minister said, Reuters reported.'
    wire = make_article("r", "Reuters", "2022-01-14", [quote.replace(", Reuters reported", "")])
    paper = make_article(
        "p", "Morning Paper", "2022-01-15",
        ["Markets were calm on Monday as traders weighed the news from the capital.", quote],
    )  # fmt: skip
    collection, found = links([wire, paper])
    assert found["p"].method == "original"  # the article as a whole copies nobody
    statement = next(s for s in collection.statements() if len(s.appearances) == 2)
    by_article = {a.article_id: a for a in statement.appearances}
    assert (by_article["p"].republication_of, by_article["p"].republished_from) == ("r", "Reuters")
    assert statement.outlets == 2 and statement.independent_outlets == 1


def test_an_outlet_named_two_ways_is_one_outlet() -> None:
    named = make_article("w1", "Wikinews", "2022-01-14", BODY)
    hosted = make_article("w2", "Wikinews", "2022-01-16", [*BODY[1:2], "Later, more news."])
    hosted.outlet, hosted.url = None, "https://en.wikinews.org/wiki/w2"
    collection, _ = links([named, hosted])
    statement = next(s for s in collection.statements() if len(s.appearances) == 2)
    assert statement.outlets == 1
    assert {a.outlet for a in statement.appearances} == {"Wikinews"}
