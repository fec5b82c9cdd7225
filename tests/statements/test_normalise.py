"""Normal forms: what must not matter (marks, case, spacing, punctuation) and what is kept."""

from quotewire.statements.normalise import is_negation, is_number, normalise


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
