"""decode_bytes on named byte strings."""
from __future__ import annotations

import codecs

import pytest

from transforms.decode import Decoded, Rejected, decode_bytes

ARTICLE = "Japan’s “24%” tariff talks resumed in Washington.\nRelated:\nYen Slips"

# Decoded(...) when the bytes must decode to exactly that, else the expected
# Rejected reason_code and a fragment of its message.
CASES: dict[str, tuple[bytes, Decoded | tuple[str, str]]] = {
    "utf8_without_bom": (ARTICLE.encode("utf-8"), Decoded(ARTICLE, "utf-8", "lf")),
    "utf8_with_bom": (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), Decoded(ARTICLE, "utf-8-sig", "lf")),
    "utf8_with_two_boms": (codecs.BOM_UTF8 * 2 + b"Tariffs", Decoded("Tariffs", "utf-8-sig", "none")),
    "utf16_le_with_bom": (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), Decoded(ARTICLE, "utf-16-le", "lf")),
    "utf16_be_with_bom": (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), Decoded(ARTICLE, "utf-16-be", "lf")),
    "utf16_le_crlf": (
        codecs.BOM_UTF16_LE + "Tariffs\r\nRise".encode("utf-16-le"),
        Decoded("Tariffs\nRise", "utf-16-le", "crlf"),
    ),
    "cp1252_curly_quotes_and_euro": (b"\x93quoted\x94 \x80 5", Decoded("“quoted” € 5", "cp1252", "none")),
    "cp1252_apostrophe_and_dash": (b"Japan\x92s tariffs \x96 25%\n", Decoded("Japan’s tariffs – 25%\n", "cp1252", "lf")),
    "latin1_fallback_for_undefined_cp1252_byte": (b"caf\xe9 \x81", Decoded("café \x81", "latin-1", "none")),
    "latin1_fallback_keeps_cp1252_for_defined_bytes": (
        b"\x93x\x94 \x8d",
        Decoded("“x” \x8d", "latin-1", "none"),
    ),
    "crlf": (b"a\r\nb\r\n", Decoded("a\nb\n", "utf-8", "crlf")),
    "cr": (b"a\rb\r", Decoded("a\nb\n", "utf-8", "cr")),
    "lf": (b"a\nb\n", Decoded("a\nb\n", "utf-8", "lf")),
    "mixed_crlf_and_lf": (b"a\r\nb\nc", Decoded("a\nb\nc", "utf-8", "mixed")),
    "mixed_cr_and_crlf": (b"a\rb\r\nc", Decoded("a\nb\nc", "utf-8", "mixed")),
    "no_newline": (b"Tariffs rise", Decoded("Tariffs rise", "utf-8", "none")),
    "blank_lines_as_cr_cr_lf_pairs": (b"a\r\r\nb", Decoded("a\n\nb", "utf-8", "mixed")),
    "tabs_and_form_feed_are_text": (b"a\tb\x0cc\n", Decoded("a\tb\x0cc\n", "utf-8", "lf")),
    "one_stray_escape_byte_in_text": (b"x" * 40 + b"\x1b", Decoded("x" * 40 + "\x1b", "utf-8", "none")),
    "empty": (b"", ("empty", "0 bytes")),
    "bom_only": (codecs.BOM_UTF8, ("empty", "byte-order mark")),
    "whitespace_only": (b"  \r\n\t\n \r", ("whitespace_only", "whitespace")),
    "whitespace_only_utf16": (codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le"), ("whitespace_only", "whitespace")),
    "png_magic": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("binary", "PNG")),
    "gif_magic": (b"GIF89a\x01\x00\x01\x00", ("binary", "GIF")),
    "jpeg_magic": (b"\xff\xd8\xff\xe0\x00\x10JFIF", ("binary", "JPEG")),
    "pdf_magic_all_ascii": (b"%PDF-1.4\n1 0 obj\n", ("binary", "PDF")),
    "zip_magic": (b"PK\x03\x04\x14\x00", ("binary", "ZIP")),
    "gzip_magic": (b"\x1f\x8b\x08\x00", ("binary", "gzip")),
    "nul_laden_bytes": (b"T\x00a\x00r\x00i\x00f\x00f\x00", ("binary", "NUL")),
    "single_nul_in_text": (b"Tariffs rise\x00 again", ("binary", "NUL")),
    "mostly_control_bytes": (b"\x01\x02\x03\x04abc", ("binary", "4 of 7 bytes")),
    "utf16_bom_with_odd_length": (codecs.BOM_UTF16_LE + b"a\x00b", ("undecodable", "utf-16-le")),
    "utf8_bom_with_invalid_utf8": (codecs.BOM_UTF8 + b"caf\xe9", ("undecodable", "not valid UTF-8")),
    "utf16_with_nul_characters": (codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), ("binary", "NUL")),
}


@pytest.mark.parametrize("data, expected", list(CASES.values()), ids=list(CASES))
def test_decode_examples(data: bytes, expected: Decoded | tuple[str, str]) -> None:
    result = decode_bytes(data)
    if isinstance(expected, Decoded):
        assert result == expected
    else:
        reason_code, message_fragment = expected
        assert isinstance(result, Rejected)
        assert result.reason_code == reason_code
        assert message_fragment in result.message
