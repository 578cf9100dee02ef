"""Snapshots of the warehouse's Parquet tables, published atomically.

Layout of a warehouse folder::

    tariffwire.duckdb           views over the published snapshot's files (see warehouse/duck.py)
    articles -> current/articles          one stable folder per table for BI tools
    ...
    current -> _snapshots/s00000042       the published snapshot
    _snapshots/s00000042/articles/*.parquet, ..., _manifest.json
    _snapshots/.staging-<run id>/         a run being written (never read)
    _state/lock                           held by the running run

A run stages a complete new snapshot: files it did not touch are hard links to
the previous snapshot's files (no copy), files holding rows it replaces are
rewritten without them, and its own rows are new files. Publishing renames
the staging folder into place and then swaps the ``current`` symlink with one
``rename`` - atomic on POSIX, so a reader globbing ``articles/*.parquet``
sees the old snapshot or the new one, never a mix. A run killed at any point
leaves ``current`` untouched; its leftovers are removed by the next run. The
run then rewrites the DuckDB file, whose views name the snapshot's files one by
one: a connection stays on the snapshot it opened, which garbage collection
keeps while it is one of the last two or was replaced less than GRACE_SECONDS ago.

A warehouse on object storage has no rename; warehouse/objstore.py keeps the
same snapshots another way, through the same ``StagingBase`` logic below.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas.tables import TABLES, Table
from warehouse.location import parse
from warehouse.lock import WarehouseLock
from warehouse.parquet import fsync_dir, write_parquet, write_parquet_batches

MANIFEST = "_manifest.json"
SNAPSHOTS = "_snapshots"
STATE = "_state"
CURRENT = "current"
KEEP_SNAPSHOTS = 2  # the current one and the one before, for readers still on it
# A snapshot replaced less than this long ago is kept too, whatever the count: a reader who opened the
# database (or resolved the pointer) just before a publish keeps its files for at least this long.
GRACE_SECONDS = 30 * 60


class SnapshotInfo:
    """What every snapshot offers, wherever its files live."""

    id: str
    manifest: dict

    def files(self, table: str) -> list:
        """The table's files: ``Path`` objects locally, ``s3://`` URLs on object storage."""
        raise NotImplementedError

    @property
    def seq(self) -> int:
        return int(self.id[1:])

    def changed_tables(self) -> list[str]:
        """Tables whose declared version differs from the one this snapshot was written with."""
        versions = self.manifest.get("table_versions", {})
        return [t.name for t in TABLES if versions.get(t.name) != t.version]

    def file_refs(self) -> dict[str, list[str]]:
        """Every table's files as strings a reader (DuckDB, pyarrow) opens: absolute paths or URLs."""
        return {t.name: [str(f) for f in self.files(t.name)] for t in TABLES}


@dataclass(frozen=True)
class Snapshot(SnapshotInfo):
    id: str
    path: Path
    manifest: dict

    def files(self, table: str) -> list[Path]:
        return [self.path / table / name for name in self.manifest["tables"].get(table, [])]


class SnapshotStore(Protocol):
    """What a run needs of a warehouse: ``Store`` here (a folder), ``ObjectStore`` (warehouse/objstore.py)."""

    remote: bool

    @property
    def url(self) -> str: ...

    def lock(self, run_id: str, started_at: str) -> AbstractContextManager: ...

    def current(self) -> SnapshotInfo | None: ...

    def begin(self, run_id: str) -> "StagingBase": ...

    def collect_garbage(self, grace_seconds: float = ...) -> list[str]: ...


def snapshots_to_keep(ids: list[str], current: str | None, published_at, now: float,
                      grace_seconds: float) -> set[str]:
    """The last KEEP_SNAPSHOTS up to ``current``, and any replaced less than ``grace_seconds`` ago.

    ``published_at(id)`` gives when a snapshot was published (epoch seconds): the moment its
    predecessor stopped being current.
    """
    if current is None:
        return set()
    older = sorted(n for n in ids if n <= current)
    keep = set(older[-KEEP_SNAPSHOTS:])
    for prev, successor in zip(older, older[1:]):
        if prev not in keep and now - published_at(successor) < grace_seconds:
            keep.add(prev)
    return keep


def published_epoch(manifest: dict, fallback: float) -> float:
    stamp = manifest.get("published_at")
    return datetime.fromisoformat(stamp).timestamp() if stamp else fallback


class Store:
    remote = False

    def __init__(self, root: Path):
        self.root = Path(root).absolute()
        self.snapshots = self.root / SNAPSHOTS
        self.state = self.root / STATE

    @property
    def url(self) -> str:
        return str(self.root)

    def lock(self, run_id: str, started_at: str) -> WarehouseLock:
        self.root.mkdir(parents=True, exist_ok=True)
        return WarehouseLock(self.state, run_id, started_at)

    def table_dir(self, table: str) -> Path:
        """The stable folder readers use for a table."""
        return self.root / table

    def current(self) -> Snapshot | None:
        link = self.root / CURRENT
        try:
            target = os.readlink(link)
        except FileNotFoundError:
            return None
        return self._snapshot((self.root / target).resolve())

    def _snapshot(self, path: Path) -> Snapshot:
        return Snapshot(path.name, path, json.loads((path / MANIFEST).read_text()))

    def begin(self, run_id: str) -> "Staging":
        self.snapshots.mkdir(parents=True, exist_ok=True)
        return Staging(self, self.current(), run_id)

    def collect_garbage(self, grace_seconds: float = GRACE_SECONDS) -> list[str]:
        """Remove staging folders of dead runs and snapshots older than the last KEEP_SNAPSHOTS,
        unless replaced less than ``grace_seconds`` ago.

        Call only while holding the warehouse lock.
        """
        if not self.snapshots.exists():
            return []
        current = self.current()
        published = sorted(p.name for p in self.snapshots.iterdir() if p.name.startswith("s"))

        def published_at(snapshot_id: str) -> float:
            path = self.snapshots / snapshot_id
            try:
                return published_epoch(self._snapshot(path).manifest, path.stat().st_mtime)
            except (OSError, ValueError):
                return 0.0

        keep = snapshots_to_keep(published, current.id if current else None, published_at, time.time(),
                                 grace_seconds)
        removed = []
        for p in self.snapshots.iterdir():
            if p.name not in keep:
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
        return removed


class StagingBase:
    """A snapshot being built by one run: what to carry over, rewrite, merge; where files go differs.

    Subclasses say where a file of the staging snapshot is (``ref``), how a base file joins it
    without being rewritten (``_keep``), how big a file is and how to drop one it no longer needs.
    """

    run_id: str
    base: SnapshotInfo | None
    files: dict[str, list[str]]

    def _init(self, base: SnapshotInfo | None, run_id: str) -> None:
        self.base = base
        self.run_id = run_id
        self.id = f"s{(base.seq + 1 if base else 1):08d}"
        self.files = {t.name: [] for t in TABLES}
        self._seq = 0

    @property
    def data_dir(self) -> Path | str:
        """Where batch workers write: their files go to ``<data_dir>/<table>/<name>``."""
        raise NotImplementedError

    def ref(self, table: str, name: str) -> Path | str:
        raise NotImplementedError

    def _keep(self, table: str, src) -> None:
        raise NotImplementedError

    def _size(self, table: str, name: str) -> int:
        raise NotImplementedError

    def _discard(self, table: str, name: str) -> None:
        raise NotImplementedError

    def file_refs(self) -> dict[str, list[str]]:
        """Every table's staged files, as strings DuckDB opens."""
        return {t.name: [str(self.ref(t.name, n)) for n in self.files[t.name]] for t in TABLES}

    def published_refs(self) -> dict[str, list[str]]:
        """``file_refs`` as they are once this snapshot is published."""
        return self.file_refs()

    def add(self, table: Table, data: pa.Table, name: str | None = None) -> Path | str | None:
        """Write rows as a new file of this snapshot (sorted by key)."""
        if data.num_rows == 0:
            return None
        if name is None:
            self._seq += 1
            name = f"part-{self.run_id}-{self._seq:05d}.parquet"
        path = write_parquet(self.ref(table.name, name), table, data)
        if name not in self.files[table.name]:  # rewriting a file of this run replaces it
            self.files[table.name].append(name)
        return path

    def carry_over(self, table: Table, drop: Iterable[str]) -> int:
        """Bring the base snapshot's files over, without rows whose ``replace_by`` value is in ``drop``.

        Returns the number of rows dropped.
        """
        if self.base is None:
            return 0
        if self.base.manifest.get("table_versions", {}).get(table.name) != table.version:
            # The table's columns changed: its old files are not carried over; the run re-extracts
            # every input file (see Run.discover_and_plan), so only rows of files gone from the input are lost.
            return sum(pq.ParquetFile(p).metadata.num_rows for p in self.base.files(table.name))
        drop_arr = pa.array(sorted(set(drop)), type=pa.string())
        dropped = 0
        for src in self.base.files(table.name):
            if len(drop_arr):
                keys = pq.read_table(src, columns=[table.replace_by]).column(0)
                hit = pc.is_in(keys, value_set=drop_arr)
                n_hit = pc.sum(hit).as_py() or 0
                if n_hit:
                    dropped += n_hit
                    data = pq.read_table(src)
                    kept = data.filter(pc.invert(hit))
                    if kept.num_rows:
                        # A new name: a reader that listed the old snapshot must never open other bytes
                        # under a name it already knows.
                        self._seq += 1
                        name = f"part-{self.run_id}-r{self._seq:05d}.parquet"
                        write_parquet(self.ref(table.name, name), table, kept)
                        self.files[table.name].append(name)
                    continue
            self._keep(table.name, src)
            self.files[table.name].append(_basename(src))
        return dropped

    def compact(self, table: Table, max_files: int, small_bytes: int = 64 << 20) -> int:
        """Merge small files when a table has more than ``max_files``; returns files removed."""
        names = self.files[table.name]
        if len(names) <= max_files:
            return 0
        small = sorted(n for n in names if self._size(table.name, n) < small_bytes)
        if len(small) < 2:
            return 0
        self._seq += 1
        merged_name = f"part-{self.run_id}-c{self._seq:05d}.parquet"
        write_parquet_batches(self.ref(table.name, merged_name), table,
                              (pq.read_table(self.ref(table.name, n)) for n in small))
        for n in small:
            self._discard(table.name, n)
            names.remove(n)
        names.append(merged_name)
        return len(small) - 1

    def fill_empty_tables(self) -> None:
        """Give every table at least one file, so a reader's file list is never empty."""
        for t in TABLES:
            if not self.files[t.name]:
                write_parquet(self.ref(t.name, f"empty-{self.run_id}.parquet"), t, t.schema.empty_table())
                self.files[t.name].append(f"empty-{self.run_id}.parquet")

    def manifest(self, meta: dict) -> dict:
        return {"id": self.id, "run_id": self.run_id, "tables": self.files,
                "table_versions": {t.name: t.version for t in TABLES},
                "published_at": datetime.now(timezone.utc).isoformat(), **meta}


def _basename(ref: Path | str) -> str:
    return ref.name if isinstance(ref, Path) else ref.rsplit("/", 1)[-1]


class Staging(StagingBase):
    """A snapshot being built by one run in a local warehouse: a folder, published by rename."""

    def __init__(self, store: Store, base: Snapshot | None, run_id: str):
        self.store = store
        self._init(base, run_id)
        self.path = store.snapshots / f".staging-{run_id}"
        if self.path.exists():
            shutil.rmtree(self.path)
        for t in TABLES:
            (self.path / t.name).mkdir(parents=True)

    @property
    def data_dir(self) -> Path:
        return self.path

    def ref(self, table: str, name: str) -> Path:
        return self.path / table / name

    def _keep(self, table: str, src: Path) -> None:
        os.link(src, self.path / table / src.name)  # a hard link: no copy, and the old name stays valid

    def _size(self, table: str, name: str) -> int:
        return self.ref(table, name).stat().st_size

    def _discard(self, table: str, name: str) -> None:
        self.ref(table, name).unlink()

    def tables_dir(self) -> Path:
        return self.path

    def published_refs(self) -> dict[str, list[str]]:
        final = self.store.snapshots / self.id  # where commit renames this folder to
        return {t.name: [str(final / t.name / n) for n in self.files[t.name]] for t in TABLES}

    def commit(self, meta: dict, before_publish: Callable[[], object] | None = None) -> Snapshot:
        """Publish this snapshot: after this returns, readers see it.

        ``before_publish`` runs once the files are in their final place, before ``current`` moves.
        """
        self.fill_empty_tables()
        manifest = self.manifest(meta)
        tmp = self.path / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True))
        os.replace(tmp, self.path / MANIFEST)
        for t in TABLES:
            fsync_dir(self.path / t.name)
        fsync_dir(self.path)
        final = self.store.snapshots / self.id
        if final.exists():  # a snapshot renamed into place by a run killed before it published
            shutil.rmtree(final)
        os.rename(self.path, final)
        fsync_dir(self.store.snapshots)
        if before_publish is not None:
            before_publish()
        _swap_symlink(self.store.root / CURRENT, f"{SNAPSHOTS}/{self.id}")
        for t in TABLES:
            link = self.store.table_dir(t.name)
            if not link.is_symlink():
                _swap_symlink(link, f"{CURRENT}/{t.name}")
        fsync_dir(self.store.root)
        return Snapshot(self.id, final, manifest)

    def abandon(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _swap_symlink(link: Path, target: str) -> None:
    tmp = link.with_name(f".{link.name}.tmp-{os.getpid()}")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)


def open_store(warehouse: Path | str) -> SnapshotStore:
    """The snapshot store of a warehouse: ``Store`` for a local folder, ``ObjectStore`` for ``s3://``."""
    loc = parse(warehouse)
    if loc.remote:
        from warehouse.objstore import ObjectStore  # it builds on this module

        return ObjectStore(loc)
    return Store(loc.local())
