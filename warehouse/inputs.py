"""Listing the input folder and reading its sidecar manifests.

Every ``*.txt`` under the root, recursively, whatever its name holds (spaces,
any Unicode, newlines). Symlinked files are followed only when they resolve
inside the root; one pointing outside is reported, never read. Symlinked
folders are not descended into. Anything listed that cannot be used as is (a
dangling or looping symlink, a name that is not valid UTF-8, a path the
system cannot stat) is reported with a message, so every listed file ends up
loaded or quarantined; a folder that cannot be listed is reported in
``folder_problems``, since the files inside it cannot be named.

An optional ``manifest.jsonl`` or ``manifest.csv`` in any folder gives, per
file (relative to that folder): ``published_at``, ``url``, ``source``. A
sidecar is read only when it is a regular file inside the root.

On object storage (``s3://bucket/prefix``) the same: every ``*.txt`` object
under the prefix and the same sidecars, with the object's size and its
LastModified (whole seconds) standing in for the file's mtime. Objects have
no symlinks, no undecodable names and no unlistable folders.
"""
from __future__ import annotations

import csv
import functools
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from pathlib import Path

from warehouse.location import Location, change_token, is_remote, parse
from warehouse.rows import FileInfo

SIDECARS = ("manifest.jsonl", "manifest.csv")


@dataclass
class Listing:
    files: list[FileInfo]
    outside_root: list[FileInfo] = field(default_factory=list)   # symlinks leaving the root
    unreadable: list[tuple[FileInfo, str]] = field(default_factory=list)  # cannot be stat-ed or named
    sidecar_problems: list[str] = field(default_factory=list)
    folder_problems: list[str] = field(default_factory=list)  # folders that could not be listed


def list_input(root: Path | str) -> Listing:
    if is_remote(root):
        return _list_objects(parse(root))
    root = Path(root).absolute()
    real_root = root.resolve()
    listing = Listing(files=[])
    sidecar: dict[str, dict] = {}
    found: list[tuple[str, Path]] = []

    def folder_failed(exc: OSError) -> None:
        where = _printable(Path(exc.filename).relative_to(root).as_posix()) if exc.filename else "?"
        listing.folder_problems.append(f"{where}: cannot list this folder ({exc.strerror or exc}); "
                                       "the files in it are not in this run")

    for rel_dir, entries in _walk(str(root), folder_failed):
        prefix = rel_dir + "/" if rel_dir else ""
        for entry in entries:
            if entry.name in SIDECARS:
                _read_sidecar(Path(entry.path), prefix, sidecar, listing.sidecar_problems, real_root)
        for entry in entries:
            if entry.name.lower().endswith(".txt"):
                found.append((prefix + entry.name, entry))
    for rel, entry in found:
        if not _is_utf8(rel):
            listing.unreadable.append((FileInfo(_printable(rel), 0, 0),
                                       "path is not valid UTF-8 (the file's or a folder's name), so it cannot "
                                       "be stored; rename it (its undecodable bytes are shown as \\xNN)"))
            continue
        try:
            if entry.is_symlink():
                path = Path(entry.path)
                problem = _symlink_problem(path, real_root)
                if problem == "outside":
                    st = path.lstat()
                    listing.outside_root.append(FileInfo(rel, st.st_size, st.st_mtime_ns))
                    continue
                if problem:
                    listing.unreadable.append((FileInfo(rel, 0, 0), problem))
                    continue
            st = entry.stat()
        except OSError as exc:
            listing.unreadable.append((FileInfo(rel, 0, 0), f"cannot stat file: {exc.strerror or exc}"))
            continue
        meta = sidecar.get(rel, {})
        listing.files.append(FileInfo(
            file_path=rel, size_bytes=st.st_size, mtime_ns=st.st_mtime_ns,
            published_at=meta.get("published_at"), published_at_source=meta.get("source_file", "none"),
            url=meta.get("url"), outlet=meta.get("source")))
    return listing


def _walk(root: str, onerror) -> Iterator[tuple[str, list[os.DirEntry]]]:
    """(folder path relative to root, its non-folder entries sorted by name), folders in sorted
    pre-order, symlinked folders not entered: ``os.walk`` without a Path or a stat per file."""
    stack = [(root, "")]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            onerror(exc)
            continue
        files, subfolders = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(entry)
            elif not entry.is_symlink():
                subfolders.append(entry)
        yield rel, files
        stack.extend((e.path, f"{rel}/{e.name}" if rel else e.name) for e in reversed(subfolders))


def _list_objects(loc: Location) -> Listing:
    listing = Listing(files=[])
    sidecar: dict[str, dict] = {}
    found: list[tuple[str, dict]] = []
    base = loc.path + "/"
    for key, obj in sorted(loc.fs.find(loc.path, detail=True).items()):
        if obj.get("type") != "file" or not key.startswith(base):
            continue
        rel = key[len(base):]
        folder, _, name = rel.rpartition("/")
        prefix = folder + "/" if folder else ""
        if name in SIDECARS:
            try:
                text = loc.fs.cat_file(key).decode("utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                listing.sidecar_problems.append(f"{rel}: unreadable ({exc})")
                continue
            _parse_sidecar(text, name, prefix, sidecar, listing.sidecar_problems)
        elif name.lower().endswith(".txt"):
            found.append((rel, obj))
    for rel, obj in found:
        meta = sidecar.get(rel, {})
        listing.files.append(FileInfo(
            file_path=rel, size_bytes=obj["size"], mtime_ns=change_token(obj["LastModified"]),
            published_at=meta.get("published_at"), published_at_source=meta.get("source_file", "none"),
            url=meta.get("url"), outlet=meta.get("source")))
    return listing


def _symlink_problem(path: Path, real_root: Path) -> str | None:
    """'outside' for a symlink leaving the root, a message for one that cannot be followed, else None."""
    loop = "symlink loop (the link leads back to itself); not followed"
    dangling = False
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        dangling = True
        try:
            target = path.resolve()
        except (RuntimeError, OSError):
            return loop
    except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError for a loop, later versions OSError
        return loop
    if not target.is_relative_to(real_root):
        return "outside"
    return "symlink points to a file that does not exist (a dangling link)" if dangling else None


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # os.walk hands undecodable bytes over as lone surrogates
        return False
    return True


def _printable(name: str) -> str:
    """The name with bytes that are not UTF-8 shown as ``\\xNN``: storable, and stable from run to run."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def sidecar_entry(folder: Path, name: str) -> dict:
    """The sidecar metadata for one file in ``folder`` (only that folder's manifests are read)."""
    found: dict[str, dict] = {}
    for sidecar in SIDECARS:
        if (Path(folder) / sidecar).is_file():
            _read_sidecar(Path(folder) / sidecar, "", found, [])
    return found.get(name, {})


def _read_sidecar(path: Path, prefix: str, out: dict[str, dict], problems: list[str],
                  real_root: Path | None = None) -> None:
    try:
        if real_root is not None and not path.resolve().is_relative_to(real_root):
            problems.append(f"{_printable(prefix)}{path.name}: symlink to a file outside the input folder; ignored")
            return
        # O_NONBLOCK and the check on the open file: a named pipe put there would block the run forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with open(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                problems.append(f"{_printable(prefix)}{path.name}: not a regular file; ignored")
                return
            text = f.read().decode("utf-8-sig")
    except (OSError, RuntimeError, UnicodeDecodeError) as exc:
        problems.append(f"{_printable(prefix)}{path.name}: unreadable ({exc})")
        return
    _parse_sidecar(text, path.name, prefix, out, problems)


def _parse_sidecar(text: str, sidecar_name: str, prefix: str, out: dict[str, dict], problems: list[str]) -> None:
    """Entries of one sidecar's text into ``out``, keyed by path relative to the root."""
    if sidecar_name.endswith(".jsonl"):
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        try:  # one parse for the whole file; line by line only to say which line is bad
            records = json.loads("[" + ",".join(line for _, line in lines) + "]")
            if not all(isinstance(rec, dict) for rec in records):
                raise ValueError("not an object")
        except ValueError:
            records = []
            for n, line in lines:
                try:
                    rec = json.loads(line)
                    if not isinstance(rec, dict):
                        raise ValueError("not an object")
                    records.append(rec)
                except ValueError as exc:
                    problems.append(f"{prefix}{sidecar_name} line {n}: {exc}")
    else:
        records = list(csv.DictReader(text.splitlines()))
    for rec in records:
        name = str(rec.get("file") or "").strip()
        if not name or name.startswith("/") or ".." in name.split("/"):
            problems.append(f"{prefix}{sidecar_name}: entry without a usable 'file' ({name!r})")
            continue
        raw = rec.get("published_at")
        published = parse_published(raw) if isinstance(raw, str) else None
        if raw and published is None:
            problems.append(f"{prefix}{sidecar_name}: {name}: cannot parse published_at {raw!r}")
        out[prefix + name] = {
            "published_at": published, "source_file": sidecar_name,
            "url": _str_or_none(rec.get("url")), "source": _str_or_none(rec.get("source")),
        }


@functools.lru_cache(maxsize=4096)  # a night's files share a few hundred dates
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
