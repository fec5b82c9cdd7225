"""One name per news organisation (``read.outlets``, ``data/outlets.toml``)."""

from quotewire.read.outlets import (
    canonical_outlet,
    known_outlet,
    outlet_spellings,
    reported_around,
    reported_by,
)


def test_a_name_an_alias_and_a_host_are_one_outlet() -> None:
    assert canonical_outlet("Wikinews") == canonical_outlet(None, "https://en.wikinews.org/w")
    assert canonical_outlet("The Associated Press") == canonical_outlet(
        None, "https://apnews.com/a"
    )
    assert canonical_outlet(None, "https://uk.reuters.com/x") == "Reuters"
    assert canonical_outlet("tass.ru") == canonical_outlet("ТАСС") == "TASS"


def test_an_unknown_outlet_keeps_its_name_else_its_host() -> None:
    assert canonical_outlet("Daily Planet", "https://planet.example/a") == "Daily Planet"
    assert canonical_outlet(None, "https://www.planet.example/a") == "planet.example"
    assert canonical_outlet(None, None) is None
    assert known_outlet("Daily Planet") is None


def test_a_filter_on_one_name_matches_every_spelling() -> None:
    assert {"wikinews", "en.wikinews.org"} <= set(outlet_spellings("Wikinews"))
    assert outlet_spellings("Daily Planet") == ("daily planet",)


def test_outlets_credited_in_the_text() -> None:
    text = "The minister resigned, Reuters reported. According to the Associated Press, he left."
    assert reported_by(text) == ("Reuters", "AP")
    assert reported_by("Mr Reuters reportedly left; according to the report, ap left.") == ()


def test_a_credit_counts_only_in_the_quotes_own_sentence() -> None:
    quote = "we will not yield"
    text = f'"{quote}," the minister said, Reuters reported. He left at noon.'
    start = text.index(quote)
    assert reported_around(text, start, start + len(quote)) == "Reuters"
    later = f'"{quote}," the minister said. He left at noon, Reuters reported.'
    start = later.index(quote)
    assert reported_around(later, start, start + len(quote)) is None
    inside = '"Reuters reported it wrongly," the minister said.'
    assert reported_around(inside, 1, 28) is None


def test_the_outlet_a_speaker_spoke_to_is_credited() -> None:
    assert reported_by("The minister told Reuters on Monday.") == ("Reuters",)
    assert reported_by("she said in an interview with the Associated Press") == ("AP",)
    assert reported_by("in a statement to AFP, the ministry said") == ("AFP",)
    assert reported_by("he said in an exclusive interview with The New York Times") == (
        "The New York Times",
    )
    assert reported_by("he told the BBC; in comments to CNN") == ("BBC", "CNN")
    quote = "we will not yield"
    text = f'"{quote}," the minister told Reuters. He left at noon.'
    start = text.index(quote)
    assert reported_around(text, start, start + len(quote)) == "Reuters"


def test_telling_someone_who_is_no_known_outlet_is_no_credit() -> None:
    assert reported_by("he told reporters, in a statement to parliament") == ()
    assert reported_by("he told the Daily Planet and told Reutersville") == ()
