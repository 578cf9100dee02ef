"""Snapshots of the warehouse's Parquet tables, published atomically.

Layout of a warehouse folder::

    tariffwire.duckdb           views over the table folders (see warehouse/duck.py)
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
leaves ``current`` untouched; its leftovers are removed by the next run.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas.tables import TABLES, Table
from warehouse.parquet import fsync_dir, write_parquet, write_parquet_batches

MANIFEST = "_manifest.json"
SNAPSHOTS = "_snapshots"
STATE = "_state"
CURRENT = "current"
KEEP_SNAPSHOTS = 2  # the current one and the one before, for readers still on it


@dataclass(frozen=True)
class Snapshot:
    id: str
    path: Path
    manifest: dict

    def files(self, table: str) -> list[Path]:
        return [self.path / table / name for name in self.manifest["tables"].get(table, [])]

    @property
    def seq(self) -> int:
        return int(self.id[1:])

    def changed_tables(self) -> list[str]:
        """Tables whose declared version differs from the one this snapshot was written with."""
        versions = self.manifest.get("table_versions", {})
        return [t.name for t in TABLES if versions.get(t.name) != t.version]


class Store:
    def __init__(self, root: Path):
        self.root = Path(root).absolute()
        self.snapshots = self.root / SNAPSHOTS
        self.state = self.root / STATE

    def table_dir(self, table: str) -> Path:
        """The stable folder readers use for a table."""
        return self.root / table

    def current(self) -> Snapshot | None:
        link = self.root / CURRENT
        try:
            target = os.readlink(link)
        except FileNotFoundError:
            return None
        path = (self.root / target).resolve()
        manifest = json.loads((path / MANIFEST).read_text())
        return Snapshot(path.name, path, manifest)

    def begin(self, run_id: str) -> "Staging":
        self.snapshots.mkdir(parents=True, exist_ok=True)
        return Staging(self, self.current(), run_id)

    def collect_garbage(self) -> list[str]:
        """Remove staging folders of dead runs and snapshots older than the last KEEP_SNAPSHOTS.

        Call only while holding the warehouse lock.
        """
        if not self.snapshots.exists():
            return []
        current = self.current()
        published = sorted(p.name for p in self.snapshots.iterdir() if p.name.startswith("s"))
        keep = set()
        if current is not None:
            older = [n for n in published if n <= current.id]
            keep = set(older[-KEEP_SNAPSHOTS:])
        removed = []
        for p in self.snapshots.iterdir():
            if p.name not in keep:
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
        return removed


class Staging:
    """A snapshot being built by one run."""

    def __init__(self, store: Store, base: Snapshot | None, run_id: str):
        self.store = store
        self.base = base
        self.run_id = run_id
        self.id = f"s{(base.seq + 1 if base else 1):08d}"
        self.path = store.snapshots / f".staging-{run_id}"
        if self.path.exists():
            shutil.rmtree(self.path)
        for t in TABLES:
            (self.path / t.name).mkdir(parents=True)
        self.files: dict[str, list[str]] = {t.name: [] for t in TABLES}
        self._seq = 0

    def add(self, table: Table, data: pa.Table, name: str | None = None) -> Path | None:
        """Write rows as a new file of this snapshot (sorted by key)."""
        if data.num_rows == 0:
            return None
        if name is None:
            self._seq += 1
            name = f"part-{self.run_id}-{self._seq:05d}.parquet"
        path = write_parquet(self.path / table.name / name, table, data)
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
            dst = self.path / table.name / src.name
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
                        write_parquet(self.path / table.name / name, table, kept)
                        self.files[table.name].append(name)
                    continue
            os.link(src, dst)
            self.files[table.name].append(src.name)
        return dropped

    def compact(self, table: Table, max_files: int, small_bytes: int = 64 << 20) -> int:
        """Merge small files when a table has more than ``max_files``; returns files removed."""
        names = self.files[table.name]
        if len(names) <= max_files:
            return 0
        paths = [self.path / table.name / n for n in names]
        small = [p for p in paths if p.stat().st_size < small_bytes]
        if len(small) < 2:
            return 0
        self._seq += 1
        merged_name = f"part-{self.run_id}-c{self._seq:05d}.parquet"
        write_parquet_batches(self.path / table.name / merged_name, table,
                              (pq.read_table(p) for p in sorted(small)))
        for p in small:
            p.unlink()
            names.remove(p.name)
        names.append(merged_name)
        return len(small) - 1

    def tables_dir(self) -> Path:
        return self.path

    def fill_empty_tables(self) -> None:
        """Give every table at least one file, so a reader's glob never finds nothing."""
        for t in TABLES:
            if not self.files[t.name]:
                write_parquet(self.path / t.name / f"empty-{self.run_id}.parquet", t, t.schema.empty_table())
                self.files[t.name].append(f"empty-{self.run_id}.parquet")

    def commit(self, meta: dict) -> Snapshot:
        """Publish this snapshot: after this returns, readers see it."""
        self.fill_empty_tables()
        manifest = {"id": self.id, "run_id": self.run_id, "tables": self.files,
                    "table_versions": {t.name: t.version for t in TABLES}, **meta}
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
