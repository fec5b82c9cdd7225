"""Normal forms: what must not matter (marks, case, spacing, punctuation) and what is kept."""

from quotewire.statements.normalise import is_negation, is_number, normalise, stable_hash_hex


def test_quotation_marks_case_spacing_and_punctuation_do_not_matter() -> None:
    left = normalise("“We will NOT give up,” — the fight goes on!")
    right = normalise('"we will not give up"   the fight goes on.')
    assert left.tokens == right.tokens
    assert left.key == right.key


def test_curly_apostrophes_fold_to_straight_ones() -> None:
    assert normalise("We didn’t know").tokens == ("we", "didn't", "know")


def test_ellipsis_and_editorial_brackets_mark_gaps() -> None:
    form = normalise("it [the situation] has shown ... that we were right")
    assert form.tokens == ("it", "has", "shown", "that", "we", "were", "right")
    assert form.gaps == {1, 3}


def test_capitalised_words_inside_a_sentence_are_names_but_common_openers_are_not() -> None:
    form = normalise("The talks in Geneva failed. We met Lavrov")
    names = {form.tokens[i] for i in form.names}
    assert names == {"geneva", "lavrov"}


def test_numbers_and_negations_are_recognised() -> None:
    assert is_number("2,000") and is_number("k2") and is_number("million")
    assert is_negation("not") and is_negation("won't") and is_negation("не")
    assert not is_number("plan") and not is_negation("note")


def test_backticks_and_other_apostrophes_fold_in_ascii_and_unicode_quotes() -> None:
    assert normalise("We didn`t know").tokens == ("we", "didn't", "know")
    assert normalise("We didn`t know — ‘really’").tokens == ("we", "didn't", "know", "really")


def test_the_form_key_is_pinned() -> None:
    """Stored forms are found by this key: it must never change."""
    form = normalise("“The talks in Geneva failed,” he said … [sic] ΟΔΟΣ İstanbul")
    assert form.tokens == (
        "the",
        "talks",
        "in",
        "geneva",
        "failed",
        "he",
        "said",
        "οδος",
        "i̇stanbul",
    )
    assert form.key == stable_hash_hex(" ".join(form.tokens)) == "1bd89f6257c93692"
    assert form.gaps == {7} and form.names == {3, 7, 8}


def test_lower_casing_joined_words_equals_lower_casing_each_word() -> None:
    """Body shingles lower-case a body's words joined by spaces in one call: that is only the
    same as lower-casing each word while no character lower-cases to a space and a space ends
    the context of a final sigma (Unicode case mapping, as this Python implements it)."""
    assert not any(" " in chr(c).lower() for c in range(0x110000) if chr(c) != " ")
    words = ["ΟΔΟΣ", "ΣΑΣ", "Σ", "ΑΣ'Α", "İstanbul", "Straße", "ǅemal", "KELVIN\u212a"]
    assert " ".join(words).lower().split(" ") == [w.lower() for w in words]
