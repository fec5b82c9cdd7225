"""Round fifteen: what round fourteen left — a comment given as a verb's object before a colon,
and the «ё» of a name met inflected first (constructed sentences; docs/russian.md)."""

from __future__ import annotations

from russian_quotes import only, quotes_of


def test_a_comment_given_before_a_colon_introduces_the_block_after_it() -> None:
    quote = only(
        "В ходе программы Дмитрий Киселёв посвятил этому событию комментарий длительностью "
        "12 минут:\nПо масштабу деятельности он сопоставим лишь с основателями. Методы "
        "принципиально другие.\n\nПосле этого программа продолжилась."
    )
    assert (quote.kind, quote.speaker) == ("direct", "Дмитрий Киселёв")
    assert quote.text.startswith("По масштабу деятельности")


def test_a_comment_received_before_a_colon_is_not_the_subjects() -> None:
    quotes = quotes_of(
        "Министр Иван Петров получил от коллег комментарий:\nМы больше не будем закупать "
        "зерно за границей.\n\nДругие новости."
    )
    assert all(q.speaker != "Иван Петров" for q in quotes)


def test_a_name_first_met_inflected_keeps_its_yo() -> None:
    quote = only(
        "Орденом наградили журналиста Дмитрия Киселёва. «Я благодарен всем, кто пришёл», — "
        "сказал Дмитрий Киселёв."
    )
    assert quote.speaker == "Дмитрий Киселёв"


def test_a_given_name_lends_no_yo_to_another_word_of_the_name() -> None:
    """The «ё» of «Пётр» is not the surname's: only a form of the same word lends it
    (the end-of-session review)."""
    quote = only("Пётр Петров заявил журналистам, что завод закроют.")
    assert quote.speaker == "Пётр Петров"


def test_a_po_slovam_phrase_in_the_texts_first_sentence_keeps_the_clause_start() -> None:
    """«…, по словам X, …» set into the text's first sentence: its clause starts at offset 0,
    which must not read as "no start found" (the end-of-session review)."""
    quote = only("Руководство завода, по словам Петрова, закроет цех в октябре.")
    assert quote.text.startswith("Руководство завода")
