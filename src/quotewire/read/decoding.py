"""Bytes to text, saying how: UTF-8 first, then the declared charset, then detection.

Every reader gets raw bytes (files, HTTP bodies, WARC payloads, JSONL lines) and must turn them
into ``str`` or into an :class:`InputError` that says why not. Binary data (images, archives,
executables) is recognised here so that no reader hands garbage to the extractor, and the size
limits live here so that every reader stops at the same, documented, number of bytes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
from charset_normalizer import CharsetMatch

from quotewire.errors import InputError
from quotewire.options import Settings

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Documents people keep articles in, which carry their text inside a binary container: named,
# so that the error says what to do rather than only "binary data".
_DOCUMENT_FORMATS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .odt, .pages or .zip file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc)"),
    (b"{\\rtf", "an RTF document"),
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)
# Control characters other than tab, newlines and form feeds; text has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
_SAMPLE_CHARS = 65_536
# UTF-16 without a BOM: how many times more NULs one side of the byte pairs must hold than the
# other (CJK characters such as U+4E00 put a few on the other side; binary data has ~1×).
_UTF16_NUL_SIDEDNESS = 10
# Legacy encodings of English, Western European and Russian news sites, most common first.
_LEGACY = ("cp1252", "cp1251", "koi8_r", "cp1250", "iso8859_15", "iso8859_5", "mac_cyrillic")
# charset-normalizer's "chaos" (share of odd characters) above which a legacy guess is wrong.
_MAX_CHAOS = 0.05
# One character is at most 4 bytes of UTF-8; markup (HTML, feeds, JSON escapes) adds more, so a
# page or a record may be several times its text, but never less than a plain page allowance.
_UTF8_MAX_BYTES = 4
_MARKUP_FACTOR = 8
_MARKUP_FLOOR = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the encoding it was read with; ``how`` is ``utf-8``, ``bom``, ``declared`` or
    ``detected`` so that a reader can say when it had to guess."""

    text: str
    encoding: str
    how: str

    @property
    def note(self) -> str | None:
        """A short remark for ``Document.extra['encoding']`` when the input was not UTF-8."""
        if self.how == "utf-8":
            return None
        return f"{self.encoding} ({self.how})"


def text_byte_limit(settings: Settings) -> int:
    """The most bytes read for one plain-text article before it is reported as too long."""
    return settings.max_article_chars * _UTF8_MAX_BYTES + _UTF8_MAX_BYTES


def markup_byte_limit(settings: Settings) -> int:
    """The most bytes read for one HTML page, feed, JSONL line or WARC payload."""
    return max(settings.max_article_chars * _MARKUP_FACTOR, _MARKUP_FLOOR)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or an XML declaration names in the first bytes."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _DECLARED_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> Decoded:
    """Decode ``data``: BOM, then UTF-8, then the declared charset, then charset detection.

    Raises :class:`InputError` for empty, binary or undecodable data.
    """
    if not data.strip():
        raise InputError(origin, "empty input")
    for magic, what in _DOCUMENT_FORMATS:
        if data.startswith(magic):
            raise InputError(origin, f"{what}, not text: save or export it as text or HTML first")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(
                Decoded(data.decode(encoding, errors="replace"), encoding, "bom"), origin
            )
    if b"\x00" in data[: _SAMPLE_CHARS * 4]:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise InputError(origin, "binary data (NUL bytes), not text")
        return _checked(utf16, origin)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", "utf-8"), origin)
    except UnicodeDecodeError:
        pass
    if declared and _known_codec(declared):
        try:
            return _checked(Decoded(data.decode(declared), declared, "declared"), origin)
        except UnicodeDecodeError:
            pass
    best = _detect(data)
    if best is None:
        raise InputError(origin, "not UTF-8 and no text encoding could be detected")
    return _checked(Decoded(str(best), best.encoding, "detected"), origin)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without a byte-order mark (some Windows tools and exports do): its NULs are
    the high bytes of ASCII letters, spaces and digits, so nearly all of them fall on one side
    of each byte pair, while an image or an executable has NULs on both sides alike. The
    strict decode and the control-character check that follow are the final word."""
    sample = data[: _SAMPLE_CHARS * 2]
    if len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > _UTF16_NUL_SIDEDNESS * even:
        encoding = "utf-16-le"
    elif even > _UTF16_NUL_SIDEDNESS * odd:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return Decoded(data.decode(encoding), encoding, "detected")
    except UnicodeDecodeError:
        return None


def _detect(data: bytes) -> CharsetMatch | None:
    """charset-normalizer's guess, first among the legacy encodings of news sites.

    On short texts it often cannot tell Western encodings apart (French in cp1252 scores the
    same as cp1250 or cp1257); among equally good candidates the more common one wins.
    """
    candidates = list(charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)))
    if candidates:
        best = min(
            candidates,
            key=lambda m: (round(m.chaos, 2), -round(m.coherence, 2), _LEGACY.index(m.encoding)),
        )
        if best.chaos <= _MAX_CHAOS:
            return best
    return charset_normalizer.from_bytes(data).best()


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _checked(decoded: Decoded, origin: str) -> Decoded:
    sample = decoded.text[:_SAMPLE_CHARS]
    controls = len(_CONTROL.findall(sample))
    if controls > len(sample) * _MAX_CONTROL_SHARE:
        raise InputError(origin, f"binary data ({controls} control characters), not text")
    if not decoded.text.strip():
        raise InputError(origin, "empty input")
    return decoded
