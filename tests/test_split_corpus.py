"""The headline split of every dev corpus file, as stored and re-encoded the ways scraped files arrive.

Each file is decoded with ``decode_bytes`` first, like the pipeline does, so the
byte-level variants (CRLF, cp1252, a UTF-8 BOM) test decode and split together.
The layout variants rebuild a ``seed`` file (body one paragraph per line, blank
lines, headlines) with blank lines between its paragraphs and 2 before the
headlines, or with a single blank line before the headlines.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
import regex

from transforms.decode import Decoded, decode_bytes
from transforms.split import split_article

DEV = Path(__file__).resolve().parent / "corpus" / "dev"
_FIRST_GAP = regex.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")  # 1+ blank lines


def _seed_parts(text: str) -> tuple[str, str]:
    """A seed file's body (one paragraph per line, no blank line) and the rest, from the first gap."""
    m = _FIRST_GAP.search(text)
    assert m is not None, "a seed file has blank lines before its headlines"
    return text[: m.start()], text[m.end() :]


def _variants(raw: bytes, layout: str) -> dict[str, bytes]:
    text = raw.decode("utf-8")
    out = {
        "as_stored": raw,
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "utf8_bom": codecs.BOM_UTF8 + raw,
        "crlf_utf8_bom": codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"),
    }
    try:
        out["cp1252"] = text.encode("cp1252")
    except UnicodeEncodeError:
        pass  # a character cp1252 lacks: that file has no cp1252 form
    if layout == "seed":
        body, rest = _seed_parts(text)
        out["blank_paragraphs"] = ("\n\n".join(body.split("\n")) + "\n\n\n" + rest).encode("utf-8")
        out["one_blank_line_before_headlines"] = (body + "\n\n" + rest).encode("utf-8")
    return out


def _cases():
    for gold_path in sorted(DEV.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        stem = txt.stem
        for name, data in _variants(txt.read_bytes(), gold["layout"]).items():
            yield pytest.param(data, gold["headlines"], id=f"{stem}-{name}")


CASES = list(_cases())


def test_the_corpus_and_every_variant_are_there():
    names = {c.id.rsplit("-", 1)[1] for c in CASES}
    assert len({c.id.rsplit("-", 1)[0] for c in CASES}) >= 45
    assert {"as_stored", "crlf", "utf8_bom", "cp1252", "blank_paragraphs"} <= names


@pytest.mark.parametrize(("data", "headlines"), CASES)
def test_split_gives_the_gold_headlines(data: bytes, headlines: list[str]) -> None:
    decoded = decode_bytes(data)
    assert isinstance(decoded, Decoded)
    result = split_article(decoded.text)
    assert [h.text for h in result.headlines] == headlines
    body_end = result.body_start + len(result.body_text)
    assert all(h.char_start >= body_end for h in result.headlines)
    if headlines:
        # The body stops right before the list (or its label): nothing of the sidebar is in it.
        assert not any(h in result.body_text for h in headlines[:1])
