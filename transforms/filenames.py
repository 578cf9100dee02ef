"""What a file name says about an article."""
from __future__ import annotations

import regex

# "000_549d31f8cc5d14c5.txt": a scraper's sequence number and its hex key.
_SEQ_KEY = regex.compile(r"^(?P<seq>\d{1,9})_(?P<key>[0-9a-fA-F]{6,64})\.txt$")


def parse_file_name(name: str) -> tuple[int | None, str | None]:
    """(seq_no, source_key) from a 'NNN_<hex>.txt' name, else (None, None)."""
    m = _SEQ_KEY.match(name)
    if not m:
        return None, None
    return int(m["seq"]), m["key"].lower()
