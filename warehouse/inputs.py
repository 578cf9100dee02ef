"""Listing the input folder and reading its sidecar manifests.

Every ``*.txt`` under the root, recursively. Symlinks are followed only when
they resolve inside the root; one pointing outside is reported, never read.
An optional ``manifest.jsonl`` or ``manifest.csv`` in any folder gives, per
file (relative to that folder): ``published_at``, ``url``, ``source``.
"""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path

from warehouse.rows import FileInfo

SIDECARS = ("manifest.jsonl", "manifest.csv")


@dataclass
class Listing:
    files: list[FileInfo]
    outside_root: list[FileInfo] = field(default_factory=list)   # symlinks leaving the root
    unreadable: list[tuple[FileInfo, str]] = field(default_factory=list)  # stat failed
    sidecar_problems: list[str] = field(default_factory=list)


def list_input(root: Path) -> Listing:
    root = Path(root).absolute()
    real_root = root.resolve()
    listing = Listing(files=[])
    sidecar: dict[str, dict] = {}
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        here = Path(dirpath)
        rel_dir = here.relative_to(root).as_posix()
        prefix = "" if rel_dir == "." else rel_dir + "/"
        for name in filenames:
            if name in SIDECARS:
                _read_sidecar(here / name, prefix, sidecar, listing.sidecar_problems)
        for name in sorted(filenames):
            if name.lower().endswith(".txt"):
                found.append((prefix + name, here / name))
    for rel, path in found:
        try:
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(real_root):
                    st = path.lstat()
                    listing.outside_root.append(FileInfo(rel, st.st_size, st.st_mtime_ns))
                    continue
            st = path.stat()
        except OSError as exc:
            listing.unreadable.append((FileInfo(rel, 0, 0), f"cannot stat file: {exc.strerror or exc}"))
            continue
        meta = sidecar.get(rel, {})
        listing.files.append(FileInfo(
            file_path=rel, size_bytes=st.st_size, mtime_ns=st.st_mtime_ns,
            published_at=meta.get("published_at"), published_at_source=meta.get("source_file", "none"),
            url=meta.get("url"), outlet=meta.get("source")))
    return listing


def sidecar_entry(folder: Path, name: str) -> dict:
    """The sidecar metadata for one file in ``folder`` (only that folder's manifests are read)."""
    found: dict[str, dict] = {}
    for sidecar in SIDECARS:
        if (Path(folder) / sidecar).is_file():
            _read_sidecar(Path(folder) / sidecar, "", found, [])
    return found.get(name, {})


def _read_sidecar(path: Path, prefix: str, out: dict[str, dict], problems: list[str]) -> None:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{prefix}{path.name}: unreadable ({exc})")
        return
    if path.suffix == ".jsonl":
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    raise ValueError("not an object")
                records.append(rec)
            except ValueError as exc:
                problems.append(f"{prefix}{path.name} line {n}: {exc}")
    else:
        records = list(csv.DictReader(text.splitlines()))
    for rec in records:
        name = str(rec.get("file") or "").strip()
        if not name or name.startswith("/") or ".." in Path(name).parts:
            problems.append(f"{prefix}{path.name}: entry without a usable 'file' ({name!r})")
            continue
        published = parse_published(rec.get("published_at"))
        if rec.get("published_at") and published is None:
            problems.append(f"{prefix}{path.name}: {name}: cannot parse published_at {rec.get('published_at')!r}")
        out[prefix + name] = {
            "published_at": published, "source_file": path.name,
            "url": _str_or_none(rec.get("url")), "source": _str_or_none(rec.get("source")),
        }


def parse_published(value) -> datetime | None:
    """ISO date or datetime -> aware UTC datetime; naive values are taken as UTC."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        try:
            dt = datetime.combine(date.fromisoformat(s[:10]), time())
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def _str_or_none(v) -> str | None:
    return str(v).strip() or None if v is not None else None
