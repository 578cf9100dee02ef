"""What a run must do: compare the input listing with what the warehouse holds.

A file is skipped when its path, size and modification time (and its sidecar
metadata) match what was loaded and the extractor version is unchanged: a
nightly run over an unchanged corpus reads no file. Like make and rsync this
trusts mtime; ``--full-refresh`` re-reads everything. A file quarantined for
exceeding a limit is read again when the run's limit for that reason is
higher than the one it exceeded; lowering a limit leaves loaded files loaded.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warehouse.limits import Limits
from warehouse.rows import FileInfo
from warehouse.store import Snapshot


class KnownFile(NamedTuple):  # a tuple: 100,000 of them are built per run, a frozen dataclass costs 5x
    size_bytes: int | None
    mtime_ns: int | None
    article_id: str | None          # None when the file is in quarantine
    extractor_version: str | None
    published_at: int | None = None   # microseconds since the epoch (UTC)
    url: str | None = None
    outlet: str | None = None
    reason_code: str | None = None
    message: str | None = None      # the quarantine message, which names any limit the file exceeded


@dataclass
class Plan:
    todo: list[FileInfo] = field(default_factory=list)
    outside_root: list[FileInfo] = field(default_factory=list)
    unreadable: list[tuple[FileInfo, str]] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    reextract: int = 0
    unchanged: int = 0
    replace_paths: set[str] = field(default_factory=set)          # rows of articles/quarantine to drop
    replace_article_ids: set[str] = field(default_factory=set)    # child rows to drop

    @property
    def seen(self) -> int:
        return self.new + self.changed + self.reextract + self.unchanged

    def replace(self, file_path: str, known: "KnownFile | None") -> None:
        """Drop the rows an earlier run wrote for this file when the new ones land."""
        if known is not None:
            self.replace_paths.add(file_path)
            if known.article_id:
                self.replace_article_ids.add(known.article_id)


def known_files(snapshot: Snapshot | None) -> dict[str, KnownFile]:
    known: dict[str, KnownFile] = {}
    if snapshot is None:
        return known
    for path in snapshot.files("quarantine"):
        t = pq.read_table(path, columns=["file_path", "size_bytes", "file_mtime_ns", "reason_code", "message"])
        for fp, size, mtime, reason, message in zip(*(t.column(i).to_pylist() for i in range(5))):
            known[fp] = KnownFile(size, mtime, None, None, reason_code=reason, message=message)
    cols = ["file_path", "size_bytes", "file_mtime_ns", "article_id", "extractor_version", "published_at",
            "url", "outlet"]
    for path in snapshot.files("articles"):
        t = pq.read_table(path, columns=cols)
        # publication times compared as microseconds since the epoch: 100,000 datetimes cost 0.25 s to build
        t = t.set_column(5, "published_at", pc.cast(t.column(5), pa.int64()))
        for fp, size, mtime, aid, ver, pub, url, outlet in zip(*(t.column(i).to_pylist() for i in range(len(cols)))):
            known[fp] = KnownFile(size, mtime, aid, ver, pub, url, outlet)
    return known


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _epoch_us(value: datetime | None) -> int | None:
    return None if value is None else (value - _EPOCH) // timedelta(microseconds=1)


def make_plan(files: list[FileInfo], outside_root: list[FileInfo], unreadable: list[tuple[FileInfo, str]],
              known: dict[str, KnownFile], extractor_version: str, full_refresh: bool,
              limits: Limits | None = None) -> Plan:
    """``limits``: the run's; an unchanged file quarantined under a lower limit is read again."""
    plan = Plan()
    for info in files:
        k = known.get(info.file_path)
        if k is None:
            plan.new += 1
        elif (k.size_bytes, k.mtime_ns) != (info.size_bytes, info.mtime_ns) or (
                k.article_id is not None and (k.published_at, k.url, k.outlet) !=
                (_epoch_us(info.published_at), info.url, info.outlet)):
            plan.changed += 1
        elif full_refresh or (k.article_id is not None and k.extractor_version != extractor_version) or (
                limits is not None and k.article_id is None and limits.raised_since(k.reason_code, k.message)):
            plan.reextract += 1
        else:
            plan.unchanged += 1
            continue
        plan.todo.append(info)
        plan.replace(info.file_path, k)
    for info in outside_root:
        k = known.get(info.file_path)
        if k is not None and k.reason_code == "outside_root" and not full_refresh:
            plan.unchanged += 1
            continue
        plan.new += k is None
        plan.changed += k is not None
        plan.outside_root.append(info)
        plan.replace(info.file_path, k)
    for info, message in unreadable:
        k = known.get(info.file_path)
        if k is not None and k.reason_code == "unreadable" and not full_refresh:
            plan.unchanged += 1  # still unreadable: its quarantine row stands, a rerun changes nothing
            continue
        plan.changed += k is not None
        plan.new += k is None
        plan.unreadable.append((info, message))
        plan.replace(info.file_path, k)
    return plan
