"""Snapshots of the warehouse on object storage (``s3://bucket/prefix``), published without rename.

Layout under the warehouse URL::

    CURRENT                              {"snapshot": "s00000042"}: the published snapshot
    _snapshots/s00000042.json            its manifest: per table, the part files it consists of
    _data/<table>/<name>.parquet         part files, immutable, named after the run that wrote them
    _state/lock                          held by the running run (warehouse/lock.py, ObjectLock)

A part file is written once under a name no other run uses and never
changed. A snapshot is only a manifest naming files: carrying a file over is
naming it again, rewriting or compacting writes new files under new names.
Publishing is two PUTs: the manifest, then ``CURRENT``. A single PUT is
atomic on S3 (a reader gets the old object or the new one), and every file a
manifest names exists before ``CURRENT`` names the manifest, so a reader who
follows ``CURRENT`` -> manifest -> files always reads one complete snapshot.

What a crash leaves, at each point: before the manifest PUT, part files no
manifest names (removed by the next run's garbage collection); after it, also
a manifest ``CURRENT`` does not name (removed the same way; the next run
writes its own under the same id); after the ``CURRENT`` PUT, a published
snapshot. In every case readers see the previous snapshot or the new one,
and the lock object stays behind (see ObjectLock).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from warehouse.location import Location, change_token, parse
from warehouse.lock import ObjectLock, WarehouseBusy
from warehouse.store import GRACE_SECONDS, SnapshotInfo, StagingBase, published_epoch, snapshots_to_keep

POINTER = "CURRENT"
SNAPSHOTS = "_snapshots"
DATA = "_data"


@dataclass(frozen=True)
class ObjectSnapshot(SnapshotInfo):
    id: str
    manifest: dict
    data_url: str

    def files(self, table: str) -> list[str]:
        return [f"{self.data_url}/{table}/{name}" for name in self.manifest["tables"].get(table, [])]


class ObjectStore:
    remote = True

    def __init__(self, location: Location | str):
        self.location = parse(location)
        self.fs = self.location.fs
        self._lock: ObjectLock | None = None

    @property
    def url(self) -> str:
        return self.location.url

    def _key(self, *parts: str) -> str:
        return "/".join([self.location.path, *parts])

    def lock(self, run_id: str, started_at: str) -> ObjectLock:
        self._lock = ObjectLock(self.location, run_id, started_at)
        return self._lock

    def current(self) -> ObjectSnapshot | None:
        try:
            pointer = json.loads(self.fs.cat_file(self._key(POINTER)))
        except FileNotFoundError:
            return None
        return self.snapshot(pointer["snapshot"])

    def snapshot(self, snapshot_id: str) -> ObjectSnapshot:
        manifest = json.loads(self.fs.cat_file(self._key(SNAPSHOTS, f"{snapshot_id}.json")))
        return ObjectSnapshot(snapshot_id, manifest, self.location.join(DATA).url)

    def begin(self, run_id: str) -> "ObjectStaging":
        return ObjectStaging(self, self.current(), run_id)

    def collect_garbage(self, grace_seconds: float = GRACE_SECONDS) -> list[str]:
        """Remove manifests older than the last KEEP_SNAPSHOTS (unless replaced less than ``grace_seconds``
        ago), manifests never published, and part files no kept manifest names.

        Call only while holding the lock: then no other run is writing files no manifest names yet.
        """
        listed = self.fs.find(self._key(SNAPSHOTS), detail=True)
        manifests = {key.rsplit("/", 1)[-1].removesuffix(".json"): obj for key, obj in listed.items()
                     if key.endswith(".json")}
        current = self.current()

        def published_at(snapshot_id: str) -> float:
            fallback = change_token(manifests[snapshot_id]["LastModified"]) / 1e9
            try:
                return published_epoch(self.snapshot(snapshot_id).manifest, fallback)
            except (OSError, ValueError):
                return fallback

        keep = snapshots_to_keep(sorted(manifests), current.id if current else None, published_at, time.time(),
                                 grace_seconds)
        named = {f"{table}/{name}" for snapshot_id in keep
                 for table, names in self.snapshot(snapshot_id).manifest["tables"].items() for name in names}
        doomed = [self._key(SNAPSHOTS, f"{s}.json") for s in sorted(manifests) if s not in keep]
        data_root = self._key(DATA) + "/"
        doomed += [key for key in sorted(self.fs.find(self._key(DATA))) if key[len(data_root):] not in named]
        if doomed:
            self.fs.rm(doomed)
        return [key.rsplit("/", 1)[-1] for key in doomed]


class ObjectStaging(StagingBase):
    """A snapshot being built by one run on object storage: new part files, then a manifest."""

    def __init__(self, store: ObjectStore, base: ObjectSnapshot | None, run_id: str):
        self.store = store
        self._init(base, run_id)
        self._base_names = {t: set(n) for t, n in (base.manifest["tables"].items() if base else ())}

    @property
    def data_dir(self) -> str:
        return self.store.location.join(DATA).url

    def ref(self, table: str, name: str) -> str:
        return f"{self.data_dir}/{table}/{name}"

    def _keep(self, table: str, src: str) -> None:
        pass  # naming the file in this snapshot's manifest is all it takes

    def _size(self, table: str, name: str) -> int:
        return self.store.fs.size(self.store._key(DATA, table, name))

    def _discard(self, table: str, name: str) -> None:
        # A file the base snapshot names stays for its readers; garbage collection removes it later.
        if name not in self._base_names.get(table, ()):
            self.store.fs.rm_file(self.store._key(DATA, table, name))

    def commit(self, meta: dict, before_publish: Callable[[], object] | None = None) -> ObjectSnapshot:
        """Publish: PUT the manifest, then the pointer. After this returns, readers see the snapshot.

        ``before_publish`` runs between the two.
        """
        self.fill_empty_tables()
        manifest = self.manifest(meta)
        fs = self.store.fs
        body = json.dumps(manifest, indent=1, sort_keys=True).encode()
        fs.pipe_file(self.store._key(SNAPSHOTS, f"{self.id}.json"), body)
        if before_publish is not None:
            before_publish()
        lock = self.store._lock
        if lock is not None and not lock.still_held():
            raise WarehouseBusy(f"the lock {lock.location.url} no longer names run {lock.run_id} (removed by "
                                "hand?); not publishing over whoever holds it now")
        fs.pipe_file(self.store._key(POINTER), json.dumps({"snapshot": self.id}).encode())
        return ObjectSnapshot(self.id, manifest, self.data_dir)

    def abandon(self) -> None:
        """Remove the files this run wrote (best effort: garbage collection catches the rest)."""
        mine = [self.store._key(DATA, t, n) for t, names in self.files.items() for n in names
                if n not in self._base_names.get(t, ())]
        try:
            if mine:
                self.store.fs.rm(mine)
        except OSError:
            pass
