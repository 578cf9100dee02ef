"""One run per warehouse at a time.

An advisory ``flock`` on ``_state/lock``: the kernel drops it when the holding
process dies, however it dies, so a crash can never leave a stale lock. The
file's content (pid, host, run id, start) is only there for the message. On
object storage there is no flock: ``ObjectLock`` below.
"""
from __future__ import annotations

import fcntl
import json
import os
import socket
from pathlib import Path


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse."""


class WarehouseLock:
    def __init__(self, state_dir: Path, run_id: str, started_at: str):
        self.path = state_dir / "lock"
        self.run_id = run_id
        self.started_at = started_at
        self._fd: int | None = None

    def __enter__(self) -> "WarehouseLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise WarehouseBusy(
                f"warehouse {self.path.parent.parent} is being written by another run "
                f"({holder}); wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                  "run_id": self.run_id, "started_at": self.started_at}).encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _read_holder(fd: int) -> str:
    try:
        return _describe(json.loads(os.pread(fd, 4096, 0) or b"{}"))
    except (OSError, ValueError):
        return "holder unknown"


def _describe(info: dict) -> str:
    return f"run {info.get('run_id')}, pid {info.get('pid')} on {info.get('host')}, started {info.get('started_at')}"


class ObjectLock:
    """The same lock on object storage: an object created only if absent (PUT with ``If-None-Match: *``).

    S3 and S3-compatible servers that support conditional writes create it for exactly one of two
    racing runs. Unlike ``flock`` nothing releases it when its holder dies: a run killed with
    SIGKILL, or a machine that crashed, leaves it behind, and the next run is refused, naming the
    holder and the object to delete once you know that run is gone.
    """

    def __init__(self, warehouse, run_id: str, started_at: str):
        from warehouse.location import parse

        self.location = parse(warehouse).join("_state", "lock")
        self.run_id = run_id
        self.started_at = started_at
        self._held = False

    def __enter__(self) -> "ObjectLock":
        fs, key = self.location.fs, self.location.path
        body = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "run_id": self.run_id,
                           "started_at": self.started_at}).encode()
        try:
            fs.pipe_file(key, body, mode="create")
        except FileExistsError:
            raise WarehouseBusy(
                f"warehouse {self.location.url.rsplit('/_state/', 1)[0]} is being written by another run "
                f"({self.holder()}); wait for it to finish. If that run is dead (killed, or its machine "
                f"crashed), delete {self.location.url} and run again") from None
        self._held = True
        return self

    def holder(self) -> str:
        try:
            return _describe(json.loads(self.location.fs.cat_file(self.location.path) or b"{}"))
        except (OSError, ValueError):
            return "holder unknown"

    def still_held(self) -> bool:
        """The lock object still names this run (nobody deleted it by hand and started another)."""
        try:
            return json.loads(self.location.fs.cat_file(self.location.path)).get("run_id") == self.run_id
        except (OSError, ValueError):
            return False

    def __exit__(self, *exc) -> None:
        if self._held:
            self._held = False
            if self.still_held():
                self.location.fs.rm_file(self.location.path)
