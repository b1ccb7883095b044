"""Bytes -> text, with the encoding it was in, or a reason why the bytes are not text.

The common cases are decided explicitly (BOMs, UTF-8, BOM-less UTF-16, cp1252 vs latin-1) so
they are predictable and tested; charset-normalizer is only a last resort.
"""

from __future__ import annotations

import codecs
import unicodedata


class DecodeError(ValueError):
    """The bytes are not (readable) text; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# Bytes 0x80-0x9F that cp1252 leaves undefined: a file using them is not cp1252.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on one parity (ASCII-range text in UTF-16)."""
    if len(data) < 4:
        return None
    sample = data[:4096]
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    pairs = len(sample) // 2
    # Latin-script UTF-16 has a NUL in nearly every pair, always on the same side.
    if odd_nul >= 0.4 * pairs and even_nul <= 0.05 * pairs:
        return "utf-16-le"
    if even_nul >= 0.4 * pairs and odd_nul <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _looks_like_text(text: str) -> bool:
    """Few control characters: a binary file decoded as latin-1 is full of them."""
    if not text:
        return True
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    return bad <= max(2, len(text) // 200)


def _finish(text: str, name: str) -> tuple[str, str]:
    if not _looks_like_text(text):
        raise DecodeError("undecodable text")
    return text, name


def decode(data: bytes) -> tuple[str, str]:
    """Decode `data`; return (text, encoding name) or raise DecodeError(reason)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(name.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise DecodeError("undecodable text") from exc
            return _finish(text, name)

    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _finish(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass  # fall through: NULs elsewhere mean binary
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes)")

    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass

    # Single-byte Western text. cp1252 puts printable characters (’ “ ” € …) in 0x80-0x9F
    # where latin-1 has C1 controls, so those bytes decide between them.
    c1 = {b for b in data if 0x80 <= b <= 0x9F}
    if not c1:
        return _finish(data.decode("latin-1"), "latin-1")
    if not (c1 & _CP1252_HOLES):
        return _finish(data.decode("cp1252"), "cp1252")

    # Last resort: let charset-normalizer guess (other code pages).
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return _finish(str(best), best.encoding)
    raise DecodeError("undecodable text")
