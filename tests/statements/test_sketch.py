"""Index keys are stable and find trimmed and near-duplicate quotes."""

from quotewire.statements.normalise import normalise
from quotewire.statements.sketch import index_keys, minhash_band_keys, winnow_keys

QUOTE = (
    "I believe that in the situation that has developed in Kazakhstan, the president of "
    "Kazakhstan has turned to his allies in full compliance with the Collective Security Treaty"
)


def test_keys_are_the_same_in_every_call() -> None:
    form = normalise(QUOTE)
    assert index_keys([form]) == index_keys([form])
    assert all(0 <= key < 2**63 for key in index_keys([form])[0])


def test_a_trimmed_quote_shares_a_winnowing_fingerprint() -> None:
    trimmed = normalise("the president of Kazakhstan has turned to his allies")
    assert set(winnow_keys(trimmed)) & set(winnow_keys(normalise(QUOTE)))


def test_a_near_duplicate_shares_an_lsh_band() -> None:
    edited = normalise(QUOTE.replace("believe", "think"))
    left, right = minhash_band_keys([normalise(QUOTE), edited])
    assert set(left) & set(right)


def test_unrelated_quotes_share_no_key() -> None:
    other = normalise("Attempts to undermine the situation in Central Asia are enough")
    left, right = index_keys([normalise(QUOTE), other])
    assert not set(left) & set(right)


def test_an_empty_form_has_no_keys() -> None:
    assert index_keys([normalise("...")]) == [[]]
