"""One run per warehouse at a time.

An advisory ``flock`` on ``_state/lock``: the kernel drops it when the holding
process dies, however it dies, so a crash can never leave a stale lock. The
file's content (pid, host, run id, start) is only there for the message.
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
        info = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f"run {info.get('run_id')}, pid {info.get('pid')} on {info.get('host')}, started {info.get('started_at')}"
    except (OSError, ValueError):
        return "holder unknown"
