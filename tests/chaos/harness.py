"""Crash and write-failure harness for ``tariffwire run --no-prefect``.

A scenario: a generated corpus is loaded once (the *template* warehouse, the
state before the night), then edited and grown (``corpus.evolve``); one
uninterrupted run from the template gives the *reference* rows. Each kill
point restores the template, starts a real ``python -m flows.cli run``
process, kills it with SIGKILL when the warehouse folder shows it reached
that point (the harness polls the folder; nothing in the pipeline knows it is
being tested), checks what readers see, reruns to completion and compares
every data row with the reference.

Write failures are injected below Python: RLIMIT_FSIZE on the run's process
(the kernel refuses writes past the size: EFBIG), a tmpfs too small for the
run in a private mount namespace (ENOSPC, where ``unshare`` is permitted),
and the snapshots folder made read-only for an unprivileged run while it runs
(EACCES).

``python -m tests.chaos.harness --points 24`` runs the long variant by itself.
"""
from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb

from tests.chaos.corpus import evolve, make_corpus

ROOT = Path(__file__).resolve().parents[2]
DATA_TABLES = ("articles", "related_headlines", "tariff_mentions", "people", "entity_mentions", "quotes",
               "quarantine")
# Columns that name the run which wrote a row: they differ between any two runs by design.
RUN_COLUMNS = {"articles": ("run_id", "loaded_at"), "quarantine": ("run_id", "quarantined_at")}
ENV = dict(os.environ, PYTHONPATH=str(ROOT), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")


def cli_args(src: Path, wh: Path, batch_size: int, workers: int | None = None) -> list[str]:
    args = [sys.executable, "-m", "flows.cli", "run", "--no-prefect", "--batch-size", str(batch_size),
            "--input", str(src), "--warehouse", str(wh)]
    return args + (["--workers", str(workers)] if workers else [])


def rows(wh: Path) -> dict[str, Counter]:
    """Every data row, as a multiset per table, without the columns naming the run that wrote it."""
    con = duckdb.connect(str(wh / "tariffwire.duckdb"), read_only=True)
    try:
        out = {}
        for t in DATA_TABLES:
            exclude = RUN_COLUMNS.get(t)
            cols = f"* EXCLUDE ({', '.join(exclude)})" if exclude else "*"
            out[t] = Counter(con.execute(f"SELECT {cols} FROM {t}").fetchall())
        return out
    finally:
        con.close()


def compare(got: dict[str, Counter], want: dict[str, Counter]) -> tuple[int, int]:
    """(rows lost, rows duplicated or extra) of ``got`` against ``want``, over every data table."""
    lost = sum(sum((want[t] - got[t]).values()) for t in DATA_TABLES)
    extra = sum(sum((got[t] - want[t]).values()) for t in DATA_TABLES)
    return lost, extra


# What a reader got, before views were pinned to one snapshot, when a publish swapped ``current`` between its
# listing of a table folder and its reads of the files listed. The database's views now name one snapshot's
# files, kept for readers still on it, so none of these is allowed; they are still counted apart in the report.
PUBLISH_RACE = ("outside file", "No files found", "No such file", "magic bytes", "Could not open")


def is_publish_race(error: str) -> bool:
    return any(s in error for s in PUBLISH_RACE)


def counts(r: dict[str, Counter]) -> dict[str, int]:
    return {t: sum(c.values()) for t, c in r.items()}


class Readers:
    """Queries the warehouse in a loop, as a BI tool would, and records every failure and what it saw."""

    def __init__(self, wh: Path):
        self.wh = wh
        self.errors: list[str] = []
        self.seen: Counter = Counter()  # (table, row count) -> times seen
        self.queries = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> "Readers":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(30)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                con = duckdb.connect(str(self.wh / "tariffwire.duckdb"), read_only=True)
                try:
                    for t in DATA_TABLES:
                        (n,) = con.execute(f"SELECT count(*) FROM {t}").fetchone()
                        self.seen[(t, n)] += 1
                    (n, distinct) = con.execute("SELECT count(*), count(DISTINCT file_path) FROM articles").fetchone()
                    if n != distinct:
                        self.errors.append(f"articles has {n} rows for {distinct} files")
                    self.queries += len(DATA_TABLES) + 1
                finally:
                    con.close()
            except Exception as exc:  # noqa: BLE001 - any failure to read is the finding
                self.errors.append(f"{type(exc).__name__}: {exc}")
            time.sleep(0.005)


@dataclass
class Scenario:
    base: Path
    src: Path
    wh: Path
    template: Path
    batch_size: int
    before: dict[str, Counter]
    ref: dict[str, Counter]
    runs_before: list[str]      # statuses in the template's runs table
    batches: int
    plan_to_end: float          # seconds from the staging folder appearing to the reference run's exit
    snapshot_files: int         # files in the reference run's snapshot, all tables
    seconds: dict[str, float] = field(default_factory=dict)


def _run(args: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=ENV, cwd=ROOT, capture_output=True, text=True, timeout=600, **kw)


def _copytree(src: Path, dst: Path) -> None:
    if dst.exists() or dst.is_symlink():
        shutil.rmtree(dst)
    # cp -a keeps the snapshots' hard links and the relative symlinks (current, table folders) as they are.
    subprocess.run(["cp", "-a", str(src), str(dst)], check=True)


@contextmanager
def prepared(n_files: int, batch_size: int, prefix: str = "tariffwire-chaos-") -> Iterator[Scenario]:
    """``prepare`` in a temporary folder readable by the unprivileged user, removed afterwards."""
    base = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        base.chmod(0o755)
        yield prepare(base, n_files, batch_size)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def prepare(base: Path, n_files: int, batch_size: int) -> Scenario:
    t0 = time.perf_counter()
    src, wh, template = base / "input", base / "wh", base / "template"
    make_corpus(src, n_files)
    first = _run(cli_args(src, wh, batch_size))
    assert first.returncode == 0, first.stderr
    _copytree(wh, template)
    before = rows(wh)
    runs_before = _runs_status(wh)
    evolve(src, n_files)
    t1 = time.perf_counter()
    # Timed under the same load as the killed runs: readers querying throughout.
    with Readers(wh):
        proc = subprocess.Popen(cli_args(src, wh, batch_size) + ["--json"], env=ENV, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        staged = None
        while proc.poll() is None:
            if staged is None and any(p.name.startswith(".staging-") for p in _entries(wh / "_snapshots")):
                staged = time.perf_counter()
            time.sleep(0.001)
        out, err = proc.communicate()
    ended = time.perf_counter()
    assert proc.returncode == 0, err
    summary = json.loads(out[out.index("{"):])
    todo = summary["files"]["new"] + summary["files"]["changed"] + summary["files"]["reextracted"]
    ref = rows(wh)
    manifest = json.loads((wh / "current" / "_manifest.json").read_text())
    return Scenario(base, src, wh, template, batch_size, before, ref, runs_before, math.ceil(todo / batch_size),
                    ended - (staged or t1), sum(map(len, manifest["tables"].values())), {"prepare": round(time.perf_counter() - t0, 2),
                                             "reference_run": round(ended - t1, 2)})


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _holder(wh: Path) -> dict:
    try:
        return json.loads((wh / "_state" / "lock").read_text() or "{}")
    except (OSError, ValueError):
        return {}


def _current(wh: Path) -> str | None:
    try:
        return os.readlink(wh / "current")
    except OSError:
        return None


class Watch:
    """What the run being watched has done so far, read from the warehouse folder alone."""

    def __init__(self, wh: Path, pid: int):
        self.wh, self.pid = wh, pid
        self.run_id: str | None = None
        self.base_current = _current(wh)

    def _run_id(self) -> str | None:
        if self.run_id is None:
            holder = _holder(self.wh)
            if holder.get("pid") == self.pid:
                self.run_id = holder.get("run_id")
        return self.run_id

    def staged_files(self) -> int:
        return sum(len(_entries(d)) for d in _entries(self.staging)) if self.locked() else 0

    @property
    def staging(self) -> Path:
        return self.wh / "_snapshots" / f".staging-{self.run_id}"

    def locked(self) -> bool:
        return self._run_id() is not None

    def planned(self) -> bool:
        return self.locked() and self.staging.is_dir()

    def parts(self, table: str = "articles") -> int:
        return sum(1 for p in _entries(self.staging / table) if re.match(rf"part-{re.escape(self.run_id)}-b\d+", p.name)) \
            if self.locked() else 0

    def carried_over(self) -> bool:
        # runs is the last table carried over: a file in it from an earlier run means every table is done
        return self.locked() and any(not p.name.startswith(f"run-{self.run_id}") and not p.name.startswith(".")
                                     for p in _entries(self.staging / "runs"))

    def checked(self) -> bool:
        return self.locked() and (self.staging / "runs" / f"run-{self.run_id}.parquet").exists()

    def manifest_written(self) -> bool:
        return self.locked() and (self.staging / "_manifest.json").exists()

    def renamed(self) -> bool:
        return self.locked() and not self.staging.exists() and self.published_dir() is not None

    def published_dir(self) -> Path | None:
        for p in _entries(self.wh / "_snapshots"):
            if p.name.startswith("s") and (p / "_manifest.json").exists():
                try:
                    if json.loads((p / "_manifest.json").read_text()).get("run_id") == self.run_id:
                        return p
                except (OSError, ValueError):
                    pass
        return None

    def swapped(self) -> bool:
        return _current(self.wh) not in (None, self.base_current)

    def database_rewritten(self) -> bool:
        """The views now name the new snapshot's files. A new inode alone does not say so: a run whose
        warehouse was copied to another folder (as the harness does) rewrites the database over the
        previous snapshot's new paths when it takes the lock, long before it publishes."""
        new = self.published_dir() if self.swapped() else None
        if new is None:
            return False
        try:
            con = duckdb.connect(str(self.wh / "tariffwire.duckdb"), read_only=True)
        except duckdb.Error:
            return False
        try:
            sql = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'articles'").fetchone()
        finally:
            con.close()
        return sql is not None and f"/{new.name}/articles/" in sql[0]

    def level(self, sc: "Scenario") -> int:
        """How far the run got, as the index of the last boundary in BOUNDARIES it passed (-1: none)."""
        steps = [self.swapped, self.renamed, self.manifest_written, self.checked, self.carried_over,
                 lambda: self.parts() >= sc.batches, lambda: self.parts() >= 1, self.planned, self.locked]
        return next((len(steps) - 1 - i for i, step in enumerate(steps) if step()), -1)

    def phase(self) -> str:
        """Where the run was when it died, from what it left behind."""
        if self.database_rewritten():
            return "published (current swapped, database rewritten)"
        if self.swapped():
            return "publishing: current swapped, database not rewritten (SQL readers still on the previous)"
        if self.renamed():
            return "publishing: snapshot renamed into place, current not swapped"
        if self.manifest_written():
            return "publishing: manifest written, not renamed"
        if self.checked():
            return "checking (run row staged)"
        if self.carried_over():
            return "finishing: carried over / compacting"
        if self.planned():
            return f"loading batches: {self.parts()} of the articles parts written"
        if self.locked():
            return "listing and planning (lock taken)"
        return "starting (no lock yet)"


# The stage boundaries, in order; the condition for each holds once the run is at or past it, so a poll
# that comes late still kills (the phase recorded says where the run really was).
_NAMES = ["lock_taken", "planned", "first_batch_written", "all_batches_written", "carried_over", "checked",
          "manifest_written", "snapshot_renamed", "current_swapped"]
BOUNDARIES: list[tuple[str, Callable[[Watch, Scenario], bool]]] = [
    (name, lambda w, sc, n=n: w.level(sc) >= n) for n, name in enumerate(_NAMES)]


@dataclass
class KillResult:
    point: str
    phase: str                 # where the run really was when SIGKILL landed
    killed: bool               # False when the run finished before the point was reached
    whole_group: bool          # the worker processes were killed too, not only the main one
    after_kill: str            # 'previous' or 'new': the state readers saw right after the kill
    rerun_exit: int
    lost: int
    duplicated: int
    leftovers: list[str]
    reader_queries: int
    reader_errors: list[str]
    reader_counts_ok: bool
    reader_unexpected: list    # (table, row count) seen that is neither the previous nor the new state
    seconds: float


def kill_at(sc: Scenario, point: str, condition: Callable[[Watch, Scenario], bool] | None = None,
            delay: float = 0.0, whole_group: bool = True) -> KillResult:
    """Restore the template, start a run, SIGKILL it once ``condition`` holds (plus ``delay`` s), rerun, compare."""
    t0 = time.perf_counter()
    _copytree(sc.template, sc.wh)
    allowed = {(t, n) for state in (sc.before, sc.ref) for t, n in counts(state).items()}
    with Readers(sc.wh) as readers:
        proc = subprocess.Popen(cli_args(sc.src, sc.wh, sc.batch_size), env=ENV, cwd=ROOT, start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        watch = Watch(sc.wh, proc.pid)
        killed = False
        try:
            deadline = time.monotonic() + 300
            while proc.poll() is None and time.monotonic() < deadline:
                if condition is None or condition(watch, sc):
                    if delay:
                        time.sleep(delay)
                    if proc.poll() is None:
                        (os.killpg if whole_group else os.kill)(proc.pid, signal.SIGKILL)
                        killed = True
                    break
            proc.wait(60)
        finally:
            _kill_group(proc.pid)
        watch._run_id()
        phase = watch.phase() if killed else "finished before the kill point"
        state = rows(sc.wh)
        after_kill = "previous" if compare(state, sc.before) == (0, 0) else \
            "new" if compare(state, sc.ref) == (0, 0) else "MIXED"
        rerun = _run(cli_args(sc.src, sc.wh, sc.batch_size))
        final = rows(sc.wh)
        time.sleep(0.05)  # a few reads of the final state too
    lost, duplicated = compare(final, sc.ref)
    leftovers = sorted(p.name for p in _entries(sc.wh / "_snapshots") if p.name.startswith(".staging-"))
    return KillResult(point, phase, killed, whole_group, after_kill, rerun.returncode, lost, duplicated, leftovers,
                      readers.queries, readers.errors[:5], set(readers.seen) <= allowed,
                      sorted(set(readers.seen) - allowed)[:10], round(time.perf_counter() - t0, 2))


def _kill_group(pgid: int) -> None:
    """Whatever the run left running in its session (orphaned workers) is ended: the harness started it."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def random_points(sc: Scenario, n: int, seed: int) -> list[tuple[str, Callable, float, bool]]:
    """(name, condition, delay, whole group?): half when the k-th file appears in the staging snapshot (k at
    random up to the files a snapshot holds: inside writing), a quarter at a random time in the last 30% of
    the run (batches, carry-over, compaction), a quarter up to 0.25 s after the run's row is staged
    (checking, publishing). Every fourth kills the main process only, not its workers."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        whole = i % 4 != 3
        if i % 2 == 0:
            k = rng.randint(1, sc.snapshot_files)
            out.append((f"random_{i:02d}_file_{k}", lambda w, s, k=k: w.staged_files() >= k or w.checked(), 0.0,
                        whole))
        elif i % 4 == 1:
            delay = rng.uniform(0.7 * sc.plan_to_end, sc.plan_to_end)
            out.append((f"random_{i:02d}_{delay:.3f}s_after_planning", BOUNDARIES[1][1], delay, whole))
        else:
            delay = rng.uniform(0, 0.25)
            out.append((f"random_{i:02d}_{delay:.3f}s_after_checking", dict(BOUNDARIES)["checked"], delay, whole))
    return out


# -- write failures ------------------------------------------------------------------------------------------

@dataclass
class WriteFailure:
    kind: str
    injected: bool            # the failure really happened (the error names it)
    exit_code: int
    message: str
    state_kept: bool          # data rows exactly the template's
    failed_run_recorded: bool
    recovered: bool           # a run without the fault then ends with the reference rows
    note: str = ""


def _runs_status(wh: Path) -> list[str]:
    """Statuses in the published snapshot's runs table, read from its files: a fault that forbids writing the
    DuckDB file (a file size limit below its size) cannot stop a failure being recorded there."""
    con = duckdb.connect()
    try:
        glob = str(wh / "current" / "runs" / "*.parquet").replace("'", "''")
        return [r[0] for r in con.execute(f"SELECT status FROM read_parquet('{glob}') ORDER BY started_at").fetchall()]
    finally:
        con.close()


def file_size_limit(sc: Scenario, limit_bytes: int = 16 * 1024) -> WriteFailure:
    """RLIMIT_FSIZE: the kernel fails every write that would make a file larger than ``limit_bytes``."""
    _copytree(sc.template, sc.wh)
    runs_before = sc.runs_before

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    p = _run(cli_args(sc.src, sc.wh, sc.batch_size), preexec_fn=limit)
    message = (p.stderr.strip().splitlines() or [""])[-1]
    kept = compare(rows(sc.wh), sc.before) == (0, 0)
    recorded = _runs_status(sc.wh) == runs_before + ["failed"]
    rerun = _run(cli_args(sc.src, sc.wh, sc.batch_size))
    return WriteFailure("file size limit (RLIMIT_FSIZE, EFBIG)", "File too large" in p.stderr + p.stdout,
                        p.returncode, message, kept, recorded,
                        rerun.returncode == 0 and compare(rows(sc.wh), sc.ref) == (0, 0))


def _tree_bytes(folder: Path) -> int:
    seen, total = set(), 0
    for dirpath, _, files in os.walk(folder):
        for f in files:
            st = os.lstat(os.path.join(dirpath, f))
            if st.st_ino not in seen:
                seen.add(st.st_ino)
                total += st.st_blocks * 512
    return total


def can_mount_tmpfs() -> str | None:
    """None when a private mount namespace with a tmpfs can be made here, else why not."""
    if not shutil.which("unshare"):
        return "no unshare command"
    with tempfile.TemporaryDirectory() as d:
        p = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                            f"mount -t tmpfs -o size=1m none {d}"], capture_output=True, text=True)
    return None if p.returncode == 0 else f"cannot mount a tmpfs in a private namespace: {p.stderr.strip()}"


def disk_full(sc: Scenario, headroom: int = 96 * 1024) -> WriteFailure:
    """A tmpfs holding the warehouse with ``headroom`` bytes to spare, in a private mount namespace."""
    _copytree(sc.template, sc.wh)
    size = _tree_bytes(sc.template) + headroom
    size = (size + 4095) // 4096 * 4096
    p = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, "-m", "tests.chaos.harness",
                        "--inside-namespace", json.dumps({"src": str(sc.src), "wh": str(sc.wh),
                                                          "template": str(sc.template), "size": size,
                                                          "batch_size": sc.batch_size})],
                       env=ENV, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        raise RuntimeError(f"the namespace driver failed: {p.stderr[-2000:]}")
    got = json.loads(p.stdout.strip().splitlines()[-1])
    before, ref = (_decode_rows(_encode_rows(state)) for state in (sc.before, sc.ref))
    kept = compare(_decode_rows(got["rows_after_failure"]), before) == (0, 0)
    recovered = got["rerun_exit"] == 0 and compare(_decode_rows(got["rows_after_rerun"]), ref) == (0, 0)
    return WriteFailure("disk full (tmpfs in a private mount namespace, ENOSPC)",
                        "No space left on device" in got["output"], got["exit_code"], got["message"], kept,
                        got["statuses"] == sc.runs_before + ["failed"], recovered,
                        note=f"tmpfs of {size} bytes: the template plus {headroom}")


def _inside_namespace(args: dict) -> None:
    """Runs as the namespace's only process: mount, copy, run, read back, grow, rerun. Prints JSON."""
    wh, template = Path(args["wh"]), Path(args["template"])
    shutil.rmtree(wh)
    wh.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={args['size']}", "none", str(wh)], check=True)
    subprocess.run(["cp", "-a", f"{template}/.", str(wh)], check=True)
    p = _run(cli_args(Path(args["src"]), wh, args["batch_size"]))
    result = {"exit_code": p.returncode, "output": p.stdout + p.stderr,
              "message": (p.stderr.strip().splitlines() or [""])[-1], "rows_after_failure": _encode_rows(rows(wh)),
              "statuses": _runs_status(wh)}
    subprocess.run(["mount", "-o", "remount,size=1g", str(wh)], check=True)
    rerun = _run(cli_args(Path(args["src"]), wh, args["batch_size"]))
    result.update(rerun_exit=rerun.returncode, rows_after_rerun=_encode_rows(rows(wh)))
    print(json.dumps(result, default=str))


def _encode_rows(r: dict[str, Counter]) -> dict:
    return {t: [[repr(row), n] for row, n in c.items()] for t, c in r.items()}


def _decode_rows(r: dict) -> dict[str, Counter]:
    return {t: Counter({row: n for row, n in items}) for t, items in r.items()}


def preload_for_unprivileged() -> None:
    """Import now what a run imports lazily: a process that drops to nobody cannot read the interpreter's
    library here (it lives under /root), so it must not need to import anything after the fork."""
    import codecs
    import queue  # noqa: F401 - pyarrow imports it at run time

    import pyarrow.compute  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    import flows.cli
    import flows.stages  # noqa: F401
    import warehouse.lock  # noqa: F401
    from transforms.document import analyze_document
    from transforms.people import summarize_people  # noqa: F401
    # The extractors are imported, and their reference data loaded, where a batch first runs: do it now.
    analyze_document((ROOT / "seeds" / "000_549d31f8cc5d14c5.txt").read_bytes(), None)
    for name in ("cp1252", "latin-1", "utf-16-le", "utf-16-be", "utf-8-sig", "unicode_escape", "ascii"):
        codecs.lookup(name)
    flows.cli._parser()


def _as_nobody_cli(argv: list[str], output: str) -> None:
    sys.stdout = sys.stderr = open(output, "w", buffering=1)  # noqa: SIM115 - the process ends with os._exit
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    from flows.cli import main
    code = main(argv)
    sys.stdout.flush()
    os._exit(code)


def permission_lost(sc: Scenario) -> WriteFailure:
    """An unprivileged run whose snapshots folder becomes read-only while it loads batches.

    As root the run drops to nobody in a forked process first (root ignores permissions, and nobody cannot
    execute the interpreter here, so it cannot be a new process); otherwise it runs as the current user."""
    _copytree(sc.template, sc.wh)
    if os.geteuid() == 0:  # root ignores permissions: the run drops to nobody, who must own the warehouse
        for dirpath, dirnames, filenames in os.walk(sc.wh):
            for name in [dirpath, *(os.path.join(dirpath, n) for n in dirnames + filenames)]:
                os.lchown(name, 65534, 65534)
    runs_before = sc.runs_before
    out = sc.base / "nobody.out"
    argv = cli_args(sc.src, sc.wh, sc.batch_size, workers=1)[3:]  # spawned workers would need an executable
    preload_for_unprivileged()
    ctx = multiprocessing.get_context("fork")
    proc = ctx.Process(target=_as_nobody_cli, args=(argv, str(out)))
    proc.start()
    watch = Watch(sc.wh, proc.pid)
    snapshots = sc.wh / "_snapshots"
    try:
        deadline = time.monotonic() + 300
        while proc.is_alive() and not watch.parts() and time.monotonic() < deadline:
            time.sleep(0.001)
        snapshots.chmod(0o555)
        proc.join(300)
    finally:
        snapshots.chmod(0o755)
    output = out.read_text()
    kept = compare(rows(sc.wh), sc.before) == (0, 0)
    recorded = _runs_status(sc.wh) == runs_before + ["failed"]
    rerun = _run(cli_args(sc.src, sc.wh, sc.batch_size))
    return WriteFailure("permission lost mid-run (snapshots folder made read-only, EACCES)",
                        "Permission denied" in output, proc.exitcode, (output.strip().splitlines() or [""])[-1],
                        kept, recorded, rerun.returncode == 0 and compare(rows(sc.wh), sc.ref) == (0, 0),
                        note="run as nobody, in a forked process (the interpreter is not executable by nobody "
                             "here), one worker")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--files", type=int, default=300)
    p.add_argument("--batch-size", type=int, default=20)
    p.add_argument("--points", type=int, default=24, help="random kill points (the stage boundaries come on top)")
    p.add_argument("--seed", type=int, default=20251122)
    p.add_argument("--report", type=Path, help="write the figures as JSON here too")
    p.add_argument("--inside-namespace", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.inside_namespace:
        _inside_namespace(json.loads(args.inside_namespace))
        return 0
    report = run_all(args.files, args.batch_size, args.points, args.seed)
    print(format_report(report))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(report, indent=1, default=str))
    return 0 if report_ok(report) else 1


def run_all(files: int, batch_size: int, points: int, seed: int, boundaries: list[str] | None = None) -> dict:
    with prepared(files, batch_size) as sc:
        kills = [kill_at(sc, name, cond) for name, cond in BOUNDARIES if boundaries is None or name in boundaries]
        kills += [kill_at(sc, name, cond, delay, whole) for name, cond, delay, whole in random_points(sc, points, seed)]
        failures = [file_size_limit(sc)]
        why_not = can_mount_tmpfs()
        failures.append(disk_full(sc) if why_not is None else
                        WriteFailure("disk full", False, -1, "", False, False, False, note=f"not injected: {why_not}"))
        failures.append(permission_lost(sc))
        return {"files": files, "batch_size": batch_size, "batches": sc.batches, "seconds": sc.seconds,
                "reference_rows": counts(sc.ref), "kills": [asdict(k) for k in kills],
                "write_failures": [asdict(f) for f in failures]}


def survived(k: dict) -> bool:
    """The crash cost nothing: the state right after it was whole, the rerun ended like an uninterrupted run."""
    return (k["rerun_exit"] == 0 and k["lost"] == 0 and k["duplicated"] == 0 and not k["leftovers"]
            and k["after_kill"] != "MIXED")


def readers_ok(k: dict, allow_publish_race: bool = False) -> bool:
    errors = [e for e in k["reader_errors"] if not (allow_publish_race and is_publish_race(e))]
    return not errors and (k["reader_counts_ok"] or allow_publish_race)


def kill_ok(k: dict) -> bool:
    return survived(k) and readers_ok(k)


def failure_ok(f: dict) -> bool:
    return f["note"].startswith("not injected") or (
        f["injected"] and f["exit_code"] == 1 and f["state_kept"] and f["recovered"])


def report_ok(report: dict) -> bool:
    return all(map(kill_ok, report["kills"])) and all(map(failure_ok, report["write_failures"]))


def format_report(report: dict) -> str:
    lines = [f"chaos: {report['files']} files (+{report['files'] // 5} new, every tenth edited), batches of "
             f"{report['batch_size']} ({report['batches']} in the killed run); reference rows {report['reference_rows']}",
             "", "kill point | where it died | group | readers saw after | rerun | lost | dup | leftovers | "
                 "reader queries/errors | s"]
    for k in report["kills"]:
        lines.append(f"{k['point']} | {k['phase']} | {'all' if k['whole_group'] else 'main'} | {k['after_kill']} | "
                     f"{k['rerun_exit']} | {k['lost']} | {k['duplicated']} | {len(k['leftovers'])} | "
                     f"{k['reader_queries']}/{len(k['reader_errors'])} | {k['seconds']}"
                     + ("" if kill_ok(k) else "  <-- FAILED " + "; ".join(k["reader_errors"][:2])
                        + (f" unexpected counts {k['reader_unexpected']}" if not k["reader_counts_ok"] else "")))
    killed = [k for k in report["kills"] if k["killed"]]
    racy = [k for k in report["kills"] if not readers_ok(k)]
    lines += ["", f"killed {len(killed)} of {len(report['kills'])} runs; survived {sum(map(survived, killed))}; "
                  f"rows lost {sum(k['lost'] for k in report['kills'])}, "
                  f"duplicated {sum(k['duplicated'] for k in report['kills'])}; reader queries "
                  f"{sum(k['reader_queries'] for k in report['kills'])}, runs with a failed or mixed read "
                  f"{len(racy)} (publish race: {sum(readers_ok(k, True) for k in racy)})", ""]
    for f in report["write_failures"]:
        lines.append(f"{f['kind']}: injected={f['injected']} exit={f['exit_code']} state kept={f['state_kept']} "
                     f"failed run recorded={f['failed_run_recorded']} recovered={f['recovered']}"
                     f"{' (' + f['note'] + ')' if f['note'] else ''}\n    message: {f['message']}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
