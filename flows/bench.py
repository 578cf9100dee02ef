"""`tariffwire bench`: wall time and peak memory of real `tariffwire run` processes.

Each scenario starts the CLI as a fresh process, exactly as a user or a
scheduler would, and samples the resident memory of its whole process tree
(Prefect's temporary API server is a child process) every 20 ms. Figures are
printed as a table and written as JSON; nothing here is asserted by tests.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

TARIFFWIRE = [sys.executable, "-m", "flows.cli"]


@dataclass
class Measurement:
    scenario: str
    wall_s: float
    peak_rss_mib: float
    files: int
    bytes: int
    exit_code: int

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.wall_s if self.wall_s else 0.0


def _tree_rss_kib(pid: int) -> int:
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def measure(cmd: list[str], env: dict, scenario: str, files: int, nbytes: int) -> Measurement:
    peak = 0
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(proc.pid))
            done.wait(0.02)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.stderr.write(err.decode(errors="replace")[-2000:])
    return Measurement(scenario, round(wall, 3), round(peak / 1024, 1), files, nbytes, proc.returncode)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrefectServer:
    """`prefect server start` on loopback for the duration of a block."""

    def __init__(self, home: Path):
        self.port = _free_port()
        self.api = f"http://127.0.0.1:{self.port}/api"
        self.home = home
        self.proc: subprocess.Popen | None = None
        self.startup_s = 0.0

    def __enter__(self) -> "PrefectServer":
        env = dict(os.environ, PREFECT_HOME=str(self.home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
        env.pop("PREFECT_API_URL", None)
        prefect = str(Path(sys.executable).parent / "prefect")
        t0 = time.perf_counter()
        self.proc = subprocess.Popen([prefect, "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        deadline = time.time() + 180
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{self.api}/health", timeout=2).read()
                self.startup_s = time.perf_counter() - t0
                return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("prefect server did not answer /api/health within 180 s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def bench_runs(input_dir: Path, out_json: Path | None, with_server: bool = True) -> list[Measurement]:
    """Cold run and no-op rerun: temporary Prefect server, a running server, and without Prefect."""
    files = [p for p in Path(input_dir).rglob("*.txt")]
    nbytes = sum(p.stat().st_size for p in files)
    results: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="tariffwire-bench-") as tmp:
        tmp = Path(tmp)
        base_env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
                        PREFECT_LOGGING_LEVEL="WARNING")
        base_env.pop("PREFECT_API_URL", None)

        def pair(label: str, extra: list[str], env: dict) -> None:
            wh = tmp / f"wh-{label.replace(' ', '-')}"
            cmd = TARIFFWIRE + ["run", "--input", str(input_dir), "--warehouse", str(wh)] + extra
            results.append(measure(cmd, env, f"{label}: first run", len(files), nbytes))
            results.append(measure(cmd, env, f"{label}: no-op rerun", len(files), nbytes))
            shutil.rmtree(wh, ignore_errors=True)

        pair("temporary Prefect server", [], dict(base_env, PREFECT_HOME=str(tmp / "home-ephemeral")))
        if with_server:
            with PrefectServer(tmp / "home-server") as server:
                results.append(Measurement("running server: startup (once)", round(server.startup_s, 3), 0, 0, 0, 0))
                pair("running Prefect server", [], dict(base_env, PREFECT_HOME=str(tmp / "home-client"),
                                                        PREFECT_API_URL=server.api))
        pair("no Prefect (--no-prefect)", ["--no-prefect"], dict(base_env, PREFECT_HOME=str(tmp / "home-none")))
    if out_json:
        out_json.parent.mkdir(parents=True, exist_ok=True)
        out_json.write_text(json.dumps({
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
            "corpus": {"path": str(input_dir), "files": len(files), "bytes": nbytes},
            "results": [asdict(m) for m in results]}, indent=1))
    return results


def format_results(results: list[Measurement]) -> str:
    rows = [("scenario", "wall s", "peak RSS MiB", "files", "exit")]
    rows += [(m.scenario, f"{m.wall_s:.2f}", f"{m.peak_rss_mib:.0f}", str(m.files), str(m.exit_code))
             for m in results]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows)


@dataclass
class ExtractMeasurement:
    files: int
    bytes: int
    repeat: int
    seconds: float

    @property
    def mb_per_s(self) -> float:
        return self.bytes * self.repeat / 1e6 / self.seconds

    @property
    def files_per_s(self) -> float:
        return self.files * self.repeat / self.seconds


_PUBLISHED = date(2025, 6, 14)   # the publication date the extraction benchmarks give every file


def _corpus(input_dir: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(Path(input_dir).rglob("*.txt"))]


def bench_extract(input_dir: Path, repeat: int, memo: bool = True) -> ExtractMeasurement:
    """Per-file function alone (decode, split, every extractor), one core, files already in memory.

    With ``memo``, each pass starts an empty headline memo, as the pipeline's worker processes keep
    one; without, every headline is analysed (the figure for sidebars that never repeat).
    """
    from transforms.document import analyze_document
    blobs, published = _corpus(input_dir), _PUBLISHED
    for data in blobs:  # warm-up: lazy imports and regex caches
        analyze_document(data, published)
    t0 = time.perf_counter()
    for _ in range(repeat):
        seen: dict | None = {} if memo else None   # as a pipeline worker does: each distinct headline once
        for data in blobs:
            analyze_document(data, published, seen)
    seconds = time.perf_counter() - t0
    return ExtractMeasurement(len(blobs), sum(map(len, blobs)), repeat, seconds)


# The per-file function's parts, as named in transforms/: where extraction time goes.
EXTRACTORS = ("decode_bytes", "split_article", "split_sentences", "find_places", "find_people", "find_tariffs",
              "find_orgs", "find_dates", "find_money", "find_quotes")


def profile_extract(input_dir: Path) -> dict[str, float]:
    """One pass of the per-file function under cProfile: each extractor's share of its time.

    cProfile slows everything down by about the same factor, so shares hold while seconds do not.
    """
    import cProfile
    import pstats

    from transforms.document import analyze_document
    blobs, published, memo = _corpus(input_dir), _PUBLISHED, {}
    profiler = cProfile.Profile()
    profiler.enable()
    for data in blobs:
        analyze_document(data, published, memo)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = sum(v[2] for v in stats.values())  # own time of every function
    cumulative = {}
    for (filename, _, name), v in stats.items():
        if name in EXTRACTORS and "/transforms/" in filename.replace("\\", "/"):
            cumulative[name] = cumulative.get(name, 0.0) + v[3]
    return {k: cumulative.get(k, 0.0) / total for k in EXTRACTORS}


@dataclass
class SizeMeasurement:
    n: int
    mb: float
    scenario: str
    wall_s: float
    peak_rss_mib: float
    stages: dict
    workers: int = 1
    query_ms: float | None = None       # median of LATEST_RATE_QUERY over 5 runs, after this scenario
    health: dict = field(default_factory=dict)   # table -> files, row groups, rows

    @property
    def files_per_s(self) -> float:
        return self.n / self.wall_s if self.wall_s else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.wall_s if self.wall_s else 0.0


def _last_run_stages(wh: Path) -> dict:
    import duckdb
    con = duckdb.connect(str(wh / "tariffwire.duckdb"), read_only=True)
    try:
        (stages,), = con.execute("SELECT stage_seconds FROM runs ORDER BY started_at DESC LIMIT 1").fetchall()
    finally:
        con.close()
    return json.loads(stages)


# The question the README's example answers: latest known rate per imposer, target and product.
LATEST_RATE_QUERY = ("SELECT imposer, target, product, rate_pct, status, effective_date FROM latest_tariff_rates "
                     "ORDER BY imposer, target, product")


def query_and_health(wh: Path) -> tuple[float, dict]:
    """Median wall time of LATEST_RATE_QUERY on a fresh read-only connection, and files/row groups per table."""
    import statistics

    import duckdb
    import pyarrow.parquet as pq
    times = []
    for _ in range(5):
        t = time.perf_counter()
        con = duckdb.connect(str(wh / "tariffwire.duckdb"), read_only=True)
        try:
            con.execute(LATEST_RATE_QUERY).fetchall()
        finally:
            con.close()
        times.append((time.perf_counter() - t) * 1000)
    health = {}
    for folder in sorted(p for p in wh.iterdir() if p.is_dir() and not p.name.startswith("_") and p.name != "current"):
        files = sorted(folder.glob("*.parquet"))
        metas = [pq.ParquetFile(f).metadata for f in files]
        health[folder.name] = {"files": len(files), "row_groups": sum(m.num_row_groups for m in metas),
                               "rows": sum(m.num_rows for m in metas)}
    return round(statistics.median(times), 1), health


def bench_sizes(sizes: list[int], seed: int, workdir: Path, server_api: str | None = None,
                out_json: Path | None = None, workers: int | None = None) -> list[SizeMeasurement]:
    """Full run, no-op rerun and a run with 1% new files, for each corpus size (corpora cached in workdir).

    ``workers``: extraction processes per run (default: the CLI's, one per core).
    """
    from flows.generate import generate
    results: list[SizeMeasurement] = []
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", PREFECT_HOME=str(workdir / "prefect-home"))
    extra_flags = ["--no-prefect"]
    if server_api:
        env["PREFECT_API_URL"] = server_api
        extra_flags = []
    else:
        env.pop("PREFECT_API_URL", None)
    for n in sizes:
        corpus = workdir / f"corpus-{n}-seed{seed}"
        marker = corpus / ".complete"
        if not marker.exists():
            shutil.rmtree(corpus, ignore_errors=True)
            generate(corpus, n, seed)
            marker.write_text("ok")
        extra = corpus / "zz-extra"
        shutil.rmtree(extra, ignore_errors=True)
        files = [p for p in corpus.rglob("*.txt")]
        mb = sum(p.stat().st_size for p in files) / 1e6
        wh = workdir / f"wh-{n}"
        shutil.rmtree(wh, ignore_errors=True)
        cmd = TARIFFWIRE + ["run", "--input", str(corpus), "--warehouse", str(wh)] + extra_flags
        if workers:
            cmd += ["--workers", str(workers)]
        for scenario in ("full run", "no-op rerun", "1% new files"):
            if scenario == "1% new files":
                generate(extra, max(1, n // 100), seed, start=n)
            m = measure(cmd, env, scenario, len(files), int(mb * 1e6))
            if m.exit_code != 0:
                raise RuntimeError(f"{scenario} on {n} files failed")
            query_ms, health = query_and_health(wh)
            results.append(SizeMeasurement(n, round(mb, 1), scenario, m.wall_s, m.peak_rss_mib, _last_run_stages(wh),
                                           workers or os.cpu_count() or 1, query_ms, health))
        shutil.rmtree(extra, ignore_errors=True)
        shutil.rmtree(wh, ignore_errors=True)
    if out_json:
        out_json.parent.mkdir(parents=True, exist_ok=True)
        out_json.write_text(json.dumps({
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
            "seed": seed, "prefect": "running server" if server_api else "--no-prefect",
            "results": [dict(asdict(r), files_per_s=round(r.files_per_s, 1), mb_per_s=round(r.mb_per_s, 2))
                        for r in results]}, indent=1))
    return results


def format_sizes(results: list[SizeMeasurement]) -> str:
    stage_names = ["list", "plan", "read_extract_write", "carry_over", "compact", "checks", "publish"]
    head = ["files", "MB", "workers", "scenario", "wall s", "files/s", "MB/s", "peak MiB"] + stage_names \
        + ["outside stages", "query ms", "max files/table"]
    rows = [head]
    for r in results:
        total = r.stages.get("total", 0.0)
        rows.append([str(r.n), f"{r.mb:.1f}", str(r.workers), r.scenario, f"{r.wall_s:.2f}", f"{r.files_per_s:.0f}",
                     f"{r.mb_per_s:.2f}", f"{r.peak_rss_mib:.0f}"]
                    + [f"{r.stages.get(s, 0.0):.2f}" for s in stage_names] + [f"{r.wall_s - total:.2f}"]
                    + [f"{r.query_ms}", str(max((h["files"] for h in r.health.values()), default=0))])
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows)
