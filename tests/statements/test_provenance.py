"""What a statement reports: longest form, first seen, speaker agreement, counts."""

from quotewire.statements.provenance import Appearance, build_statement
from quotewire.statements.syndication import SyndicationLink


def appearance(article: str, outlet: str, published: str | None, seq: int, text: str,
               speaker: str | None = "Sergey Lavrov") -> Appearance:  # fmt: skip
    return Appearance(article, f"{article}:0", text, "k", "direct", seq, outlet, published,
                      f"https://x.example/{article}", speaker)  # fmt: skip


def test_first_seen_is_the_earliest_published_then_the_first_ingested() -> None:
    items = [
        appearance("late", "B", "2022-01-15", 1, "we must keep our powder dry"),
        appearance("tie2", "C", "2022-01-14", 3, "we must keep our powder dry"),
        appearance("tie1", "D", "2022-01-14", 2, "we must keep our powder dry, God forbid"),
        appearance("undated", "E", None, 0, "we must keep our powder dry"),
    ]
    statement = build_statement("s", items, {})
    assert statement.first_seen.article_id == "tie1"
    assert [a.article_id for a in statement.appearances] == ["tie1", "tie2", "late", "undated"]
    assert statement.text == "we must keep our powder dry, God forbid"


def test_speaker_is_what_most_appearances_say_and_disagreement_is_kept() -> None:
    items = [
        appearance("a", "A", "2022-01-14", 1, "x"),
        appearance("b", "B", "2022-01-14", 2, "x"),
        appearance("c", "C", "2022-01-14", 3, "x", speaker="Maria Zakharova"),
    ]
    statement = build_statement("s", items, {})
    assert statement.speaker == "Sergey Lavrov"
    assert statement.speaker_disagreement
    assert statement.to_dict()["speakers"] == {"Sergey Lavrov": 2, "Maria Zakharova": 1}


def test_json_has_the_documented_shape() -> None:
    items = [
        appearance("orig", "TASS", "2022-01-14", 1, "x"),
        appearance("copy", "Daily", "2022-01-15", 2, "x"),
    ]
    links = {"copy": SyndicationLink("copy", "orig", "TASS", "credit", "credits TASS")}
    data = build_statement("s", items, links).to_dict()
    assert data["first_seen"] == {"article_id": "orig", "outlet": "TASS", "published": "2022-01-14"}
    assert [a["republication_of"] for a in data["appearances"]] == [None, "orig"]
    assert data["counts"] == {"appearances": 2, "outlets": 2, "independent_outlets": 1}
    assert {"id", "text", "speaker", "url", "outlet", "published", "article_id"} <= (
        set(data) | set(data["appearances"][0])
    )


def test_a_date_without_a_year_never_comes_first() -> None:
    # "--01-14": the date line gave no year, so it is not known to be earlier than 2022-01-15.
    items = [
        appearance("yearless", "A", "--01-14", 1, "we must keep our powder dry"),
        appearance("dated", "B", "2022-01-15", 2, "we must keep our powder dry"),
    ]
    statement = build_statement("s", items, {})
    assert [a.article_id for a in statement.appearances] == ["dated", "yearless"]


def test_on_one_day_the_original_comes_before_its_republication() -> None:
    items = [
        appearance("copy", "Daily", "2022-01-14", 1, "x y z"),
        appearance("orig", "TASS", "2022-01-14", 2, "x y z"),
    ]
    links = {"copy": SyndicationLink("copy", None, "TASS", "credit", "credits TASS")}
    statement = build_statement("s", items, links)
    assert statement.first_seen.article_id == "orig"
    assert statement.appearances[1].republication_of == "orig"
    assert statement.independent_outlets == 1


def test_a_quote_credited_in_its_own_sentence_is_the_credited_outlets() -> None:
    """ "..., Reuters reported" in an original article: that appearance retells Reuters'."""
    items = [
        appearance("wire", "Reuters", "2022-01-14", 1, "we will not yield"),
        appearance("paper", "Daily", "2022-01-15", 2, "we will not yield"),
        appearance("other", "Evening", "2022-01-15", 3, "we will not yield"),
    ]
    items[1].reported_by = "Reuters"
    statement = build_statement("s", items, {})
    paper = next(a for a in statement.appearances if a.article_id == "paper")
    assert (paper.republication_of, paper.republished_from) == ("wire", "Reuters")
    assert statement.independent_outlets == 2  # Reuters and Evening, not Daily


def test_an_outlets_credit_to_itself_is_no_republication() -> None:
    items = [appearance("wire", "Reuters", "2022-01-14", 1, "we will not yield")]
    items[0].reported_by = "Reuters"
    only = build_statement("s", items, {}).appearances[0]
    assert (only.republication_of, only.republished_from) == (None, None)
