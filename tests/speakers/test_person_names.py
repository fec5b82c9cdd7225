"""Taking speaker names apart: roles, given names, initials, particles, suffixes, variants."""

import pytest

from quotewire.speakers.name_tokens import NAME_PARTICLES
from quotewire.speakers.names import fold, given_names_match, knowledge, parse_name


@pytest.mark.parametrize(
    ("written", "given", "middles", "surname", "role"),
    [
        (
            "Russian Foreign Minister Sergey Lavrov",
            "Sergey",
            (),
            "Lavrov",
            "Russian Foreign Minister",
        ),
        ("FM Lavrov", None, (), "Lavrov", "Foreign Minister"),
        ("George H. W. Bush", "George", ("H", "W"), "Bush", None),
        ("George H.W. Bush", "George", ("H", "W"), "Bush", None),
        ("Ursula von der Leyen", "Ursula", (), "von der Leyen", None),
        ("Dr. Martin Luther King Jr.", "Martin", ("Luther",), "King", None),
        ("Lavrov", None, (), "Lavrov", None),
    ],
)
def test_parse_name(written: str, given, middles, surname: str, role) -> None:  # type: ignore[no-untyped-def]
    name = parse_name(written)
    assert (name.given, name.middles, name.surname, name.role) == (given, middles, surname, role)


@pytest.mark.parametrize(
    ("left", "right"),
    [("Sergey", "Sergei"), ("Sergej", "Serguei"), ("Zelenskyy", "Zelensky"),
     ("Khodorkovsky", "Chodorkowski"), ("Yulia", "Julia"), ("Aleksandr", "Alexandr")],
)  # fmt: skip
def test_transliteration_variants_fold_to_one_key(left: str, right: str) -> None:
    assert fold(left) == fold(right)


def test_given_names_match_variants_nicknames_and_initials_only() -> None:
    assert given_names_match("Bill", "William")[0]
    assert given_names_match("S.", "Sergey")[0]
    assert not given_names_match("Bill", "Hillary")[0]
    assert not given_names_match("S.", "Maria")[0]


def test_a_suffix_is_part_of_who_it_is() -> None:
    assert parse_name("Donald Trump Jr.").key() != parse_name("Donald Trump").key()
    assert parse_name("Donald Trump Jr.").full == "Donald Trump Jr."


def test_cyrillic_and_latin_spellings_share_a_key() -> None:
    assert parse_name("Сергей Лавров").key() == parse_name("Sergey Lavrov").key()
    assert parse_name("Дмитрий Песков").key() == parse_name("Dmitri Peskov").key()


def test_one_particle_list_for_names_in_the_parse_and_across_articles() -> None:
    # name_variants.toml's list serves both: no second list to drift apart
    assert knowledge().particles == NAME_PARTICLES
    assert {"le", "von", "der", "della", "ibn"} <= NAME_PARTICLES
