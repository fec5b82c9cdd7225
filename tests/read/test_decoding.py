"""Bytes to text: UTF-8, declared and detected charsets, binary and empty input."""

from __future__ import annotations

import codecs

import pytest

from quotewire.errors import InputError
from quotewire.options import Settings
from quotewire.read.decoding import (
    declared_charset,
    decode_bytes,
    markup_byte_limit,
    text_byte_limit,
)

FRENCH = (
    "Le président a déclaré : « Nous ne céderons pas », selon l'agence. "
    "Déjà, la délégation était arrivée à Genève où elle a rencontré ses homologues."
)


def test_utf8_is_read_without_a_note() -> None:
    decoded = decode_bytes(FRENCH.encode("utf-8"), "a.txt")
    assert decoded.text == FRENCH
    assert decoded.how == "utf-8"
    assert decoded.note is None


def test_windows_1252_is_detected_and_said() -> None:
    decoded = decode_bytes(FRENCH.encode("cp1252"), "a.txt")
    assert decoded.text == FRENCH
    assert decoded.how == "detected"
    assert decoded.note is not None and decoded.note.endswith("(detected)")


def test_declared_charset_is_used_when_not_utf8() -> None:
    decoded = decode_bytes(FRENCH.encode("latin-1"), "a.html", declared="iso-8859-1")
    assert decoded.text == FRENCH
    assert decoded.note == "iso-8859-1 (declared)"


def test_a_wrong_declaration_loses_to_valid_utf8() -> None:
    decoded = decode_bytes(FRENCH.encode("utf-8"), "a.html", declared="iso-8859-1")
    assert decoded.text == FRENCH
    assert decoded.how == "utf-8"


def test_unknown_declared_charset_falls_back_to_detection() -> None:
    decoded = decode_bytes(FRENCH.encode("cp1252"), "a.html", declared="no-such-charset")
    assert decoded.text == FRENCH


def test_utf16_with_bom() -> None:
    decoded = decode_bytes(codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), "a.txt")
    assert decoded.text.lstrip("\ufeff") == FRENCH
    assert decoded.how == "bom"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [FRENCH, "Министр заявил: «Мы не отступим», сообщает агентство."])
def test_utf16_without_bom_is_detected_and_said(encoding: str, text: str) -> None:
    decoded = decode_bytes(text.encode(encoding), "export.txt")
    assert decoded.text == text
    assert decoded.note == f"{encoding} (detected)"


def test_nul_bytes_on_both_sides_of_the_pairs_stay_binary() -> None:
    executable = b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x03\x00\x3e\x00" * 40 + b"\x00\x01" * 40
    with pytest.raises(InputError, match=r"binary data \(NUL bytes\)"):
        decode_bytes(executable, "ls")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old Microsoft Office document"),
        (b"{\\rtf1\\ansi The minister said", "an RTF document"),
    ],
)
def test_document_files_say_what_they_are(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=rf"^story: {what}.*, not text: save or export it as"):
        decode_bytes(data, "story")


def test_nul_bytes_are_binary() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(InputError, match=r"^photo\.png: binary data \(NUL bytes\)"):
        decode_bytes(png, "photo.png")


def test_control_characters_without_nul_are_binary() -> None:
    noise = bytes(b for b in range(1, 32) if b not in b"\t\n\r\x0b\x0c") * 50
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(noise + b"some words", "blob.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^empty\.txt: empty input$"):
        decode_bytes(data, "empty.txt")


def test_declared_charset_from_meta_and_xml() -> None:
    assert declared_charset(b'<html><head><meta charset="Windows-1251">') == "windows-1251"
    assert (
        declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')
        == "koi8-r"
    )
    assert declared_charset(b"<?xml version='1.0' encoding='ISO-8859-1'?><rss>") == "iso-8859-1"
    assert declared_charset(b"<html><body>no declaration</body></html>") is None


def test_limits_follow_max_article_chars() -> None:
    small = Settings(max_article_chars=1000)
    assert text_byte_limit(small) == 4004
    assert markup_byte_limit(small) == 8 * 1024 * 1024
    assert markup_byte_limit(Settings(max_article_chars=10_000_000)) == 80_000_000
