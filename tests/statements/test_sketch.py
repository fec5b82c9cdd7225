"""Index keys are stable and find trimmed and near-duplicate quotes."""

import numpy as np

from quotewire.statements.normalise import normalise, stable_hash
from quotewire.statements.sketch import (
    BANDS,
    WINDOW,
    K,
    index_keys,
    minhash_band_keys,
    token_hash,
    winnow_keys,
    winnow_keys_batch,
)
from quotewire.statements.syndication import body_shingles, sketch_bodies
from quotewire.types import Article, Paragraph

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


# Keys, signatures and shingle hashes are stored and compared with stores built before: these
# exact values (from the code as of the first stored index) must never change. A change here
# breaks every existing store.


def test_word_hash_is_pinned() -> None:
    assert stable_hash("kazakhstan") == 4210522731417662671
    assert token_hash("kazakhstan") == 2900063439


def test_index_keys_are_pinned() -> None:
    form = normalise("The president of Kazakhstan has turned to his allies")
    assert form.key == "c6919c54acc86cf3"
    assert index_keys([form]) == [
        [
            9189183450973236670, 1573338517822807589, 7513271411399991262, 2239631795339596736,
            9098980115676946963, 8720877282765749750, 8453870326916535180, 6907083802324611052,
            294088322891302455, 4979827124120607692, 1784730905402999179, 3427222653104769480,
            5423026152305664199, 8097524316445428984, 3739197525001967060, 8091204545680815641,
            # winnowing fingerprints
            3120257373096139238, 3188452196072845841, 7362788610252218851,
        ]
    ]  # fmt: skip
    assert all(type(key) is int for key in index_keys([form])[0])


def test_band_keys_of_repeated_and_single_words_are_pinned() -> None:
    """ "ha ha ha" has one distinct pair and "Geneva" none: both also hash their words."""
    repeated, single, empty = minhash_band_keys(
        [normalise("ha ha ha"), normalise("Geneva"), normalise("...")]
    )
    assert repeated[:3] == [9069260764787808582, 7452191584840164677, 1945446211721814941]
    assert single[:3] == [1312757574567164014, 8392869552643386326, 5872974604722885254]
    assert len(repeated) == len(single) == BANDS
    assert empty == []


def test_winnowing_keys_are_pinned() -> None:
    assert winnow_keys(normalise("war is not peace")) == [2368646946438917379]
    assert winnow_keys(normalise("of the and to")) == []  # stop words only
    assert winnow_keys(normalise("war is not")) == []  # shorter than K words


def test_batches_give_each_form_its_own_keys() -> None:
    """Forms lie end to end in a batch; a short form's one window must stay inside it."""
    assert WINDOW <= K
    forms = [normalise(t) for t in ("...", QUOTE, "war is not peace", "Geneva", QUOTE)]
    assert index_keys(forms) == [index_keys([form])[0] for form in forms]
    assert winnow_keys_batch(forms) == [winnow_keys(form) for form in forms]


BODY = (
    "Headline here\n\nTalks in Geneva failed, officials said on Monday.\n\nPhoto: AP\n\n"
    "They will meet again in March, the ministry said."
)


def _layout_article() -> Article:
    first, photo, second = BODY.index("Talks"), BODY.index("\n\nPhoto"), BODY.index("They")
    return Article(
        text=BODY,
        paragraphs=[
            Paragraph(0, 13, "title"),
            Paragraph(first, photo),
            Paragraph(photo + 2, second - 2, "credit"),
            Paragraph(second, len(BODY)),
        ],
    )


def test_body_shingles_are_pinned() -> None:
    """5-grams run over the body paragraphs only, across paragraph ends, lower-cased (a final
    sigma stays final)."""
    assert [int(h) for h in body_shingles(_layout_article())] == [
        543154579, 576372963, 684128326, 765284119, 997698122, 1245697786, 2395007590,
        2625117074, 3131249377, 3632140295, 3669835466, 3791166956, 3841888930,
    ]  # fmt: skip
    text = (
        "The Σ-shaped ΟΔΟΣ. Talks in Geneva failed, officials said on Monday; they will meet again."
    )
    assert [int(h) for h in body_shingles(Article(text=text))] == [
        543154579, 926485689, 997698122, 1808534515, 1999488315, 2395007590, 2625117074,
        2888737187, 3131249377, 3669835466, 3791166956, 3841888930,
    ]  # fmt: skip


def test_body_sketches_are_pinned() -> None:
    sketch, short = sketch_bodies([_layout_article(), Article(text="too short to sketch")])
    assert short is None
    assert sketch is not None and sketch.size == 13
    assert sketch.signature.dtype == np.uint64
    assert sketch.signature[:4].tolist() == [28593840, 329659221, 91288725, 19092108]
    assert sketch.keys[:3] == (3257283121342126029, 1146995227320935416, 4759933719055977727)
