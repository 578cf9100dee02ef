"""A generated input folder for crash tests: hundreds of files made from the seeds, with variations.

``make_corpus(folder, n)`` writes ``n`` files (the same for the same ``n``): the
seed articles with a numbered first line, in sub-folders, in the encodings and
line ends the decoder accepts, with sidecar manifests, and a few files that
must be quarantined. ``evolve(folder, n)`` then edits every tenth file in place
and adds a fifth more, leaving the others untouched, so a run over it replaces
rows, adds rows and carries rows over.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
RATES = ("10%", "15%", "20%", "25%", "30%", "35%", "50%")


def make_corpus(folder: Path, n: int) -> Path:
    return _write(folder, range(n), edited=False)


def evolve(folder: Path, n: int) -> Path:
    """Version 1 of a corpus ``make_corpus(folder, n)`` wrote: every tenth file edited, a fifth more files."""
    _write(folder, [i for i in range(n) if i % 10 == 3], edited=True)
    return _write(folder, range(n, n + n // 5), edited=False)


def _write(folder: Path, numbers, edited: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    manifests: dict[Path, list[str]] = {}
    for i in numbers:
        sub = folder / f"feed{i % 4}" / f"2025-06-{1 + i % 28:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        name = f"{i:05d}_{i * 7919:016x}.txt"
        rate = RATES[(i + 3 * edited) % len(RATES)]
        text = (f"Report {i}: the government announced a {rate} tariff on imported goods"
                f"{', revised' if edited else ''}.\n" + seeds[i % len(seeds)])
        if i % 50 == 7:
            data = b""                                  # quarantined: empty
        elif i % 50 == 8:
            data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # quarantined: binary
        elif i % 5 == 1:
            data = text.replace("\n", "\r\n").encode("cp1252", "replace")
        elif i % 5 == 2:
            data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
        else:
            data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        manifests.setdefault(sub, []).append(json.dumps(
            {"file": name, "published_at": f"2025-06-{1 + i % 28:02d}", "source": f"feed{i % 4}"}))
    for sub, lines in manifests.items():
        with open(sub / "manifest.jsonl", "a") as f:
            f.write("\n".join(lines) + "\n")
    return folder
