"""tariffwire command line: a thin layer over the flow and the warehouse.

Exit codes: 0 ok, 1 the run failed (recorded in the runs table), 2 usage or
input error, 3 the warehouse is busy with another run.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3

EXAMPLES = """\
examples:
  tariffwire run --input seeds --warehouse warehouse-data
  tariffwire sql --warehouse warehouse-data "SELECT imposer, target, product, rate_pct, status FROM latest_tariff_rates"
  tariffwire inspect seeds/000_549d31f8cc5d14c5.txt --published 2025-06-14
  PREFECT_API_URL=http://127.0.0.1:4200/api tariffwire serve --input /data/news --warehouse /data/wh
"""


def _prefect_env(warehouse: Path | None, verbose: bool) -> None:
    """Settings Prefect reads at import time: quiet, offline, state kept out of ~."""
    if warehouse is not None and "PREFECT_HOME" not in os.environ:
        from warehouse.location import is_remote
        # Prefect keeps its state in local files: a warehouse on object storage cannot hold them.
        state = (Path(tempfile.gettempdir()) / "tariffwire" if is_remote(warehouse)
                 else Path(warehouse).absolute() / "_state")
        home = state / "prefect"
        home.mkdir(parents=True, exist_ok=True)
        os.environ["PREFECT_HOME"] = str(home)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def _location(value: str) -> Path | str:
    """argparse type of --input/--warehouse: a local path or s3://bucket/prefix."""
    from warehouse.location import LocationError, as_argument
    try:
        return as_argument(value)
    except LocationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parser() -> argparse.ArgumentParser:
    from warehouse.ingest import DEFAULT_MAX_FILE_BYTES
    from warehouse.version import PACKAGE_VERSION

    p = argparse.ArgumentParser(prog="tariffwire", description="Tariff news articles to Parquet + DuckDB.",
                                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"tariffwire {PACKAGE_VERSION}")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="load new or changed articles into a warehouse",
                       epilog="example: tariffwire run --input seeds --warehouse warehouse-data")
    r.add_argument("--input", type=_location, required=True,
                   help="folder or s3://bucket/prefix of *.txt articles (searched recursively)")
    r.add_argument("--warehouse", type=_location, required=True,
                   help="warehouse folder (created if missing) or s3://bucket/prefix")
    r.add_argument("--batch-size", type=int, default=500, help="files per task (default 500)")
    r.add_argument("--full-refresh", action="store_true", help="re-extract every file, changed or not")
    r.add_argument("--max-file-bytes", type=int, default=DEFAULT_MAX_FILE_BYTES,
                   help=f"quarantine larger files as too_large (default {DEFAULT_MAX_FILE_BYTES})")
    r.add_argument("--max-line-chars", type=int, default=20_000,
                   help="quarantine files with a longer line as line_too_long (default 20000)")
    r.add_argument("--max-headlines", type=int, default=1_000,
                   help="quarantine files with more related headlines as too_many_headlines (default 1000)")
    r.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help=f"processes extracting batches in parallel (default: one per core, {os.cpu_count()} here)")
    r.add_argument("--no-prefect", action="store_true",
                   help="run the same stages without Prefect (no API server, nothing recorded in Prefect)")
    r.add_argument("--dask", action="store_true",
                   help="extract batches on a local Dask cluster of --workers processes (needs PREFECT_API_URL)")
    r.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                   help="extract batches on the Dask cluster whose scheduler is here (needs PREFECT_API_URL; "
                        "every worker must reach --input and --warehouse)")
    r.add_argument("--json", action="store_true", help="print the run summary as JSON")
    r.add_argument("--verbose", action="store_true", help="show Prefect's logs")

    q = sub.add_parser("sql", help="run SQL against a warehouse (read-only unless --write)",
                       epilog='example: tariffwire sql --warehouse wh "SELECT count(*) FROM articles"')
    q.add_argument("--warehouse", type=_location, required=True, help="warehouse folder or s3://bucket/prefix")
    q.add_argument("query", help="SQL text")
    q.add_argument("--write", action="store_true", help="open the database for writing")
    q.add_argument("--csv", action="store_true", help="print CSV instead of a table")

    i = sub.add_parser("inspect", help="show how one file splits and what is extracted, rule by rule",
                       epilog="example: tariffwire inspect seeds/000_549d31f8cc5d14c5.txt --published 2025-06-14")
    i.add_argument("file", type=Path)
    i.add_argument("--published", help="publication date YYYY-MM-DD (default: from a sidecar manifest, if any)")
    i.add_argument("--json", action="store_true", help="print JSON")

    s = sub.add_parser("serve", help="run the flow on a cron schedule as a Prefect deployment",
                       epilog="needs a running Prefect server: set PREFECT_API_URL (see README, 'Nightly runs')")
    s.add_argument("--input", type=_location, required=True, help="folder or s3://bucket/prefix")
    s.add_argument("--warehouse", type=_location, required=True, help="folder or s3://bucket/prefix")
    s.add_argument("--cron", default="0 2 * * *", help="cron expression (default '0 2 * * *')")
    s.add_argument("--timezone", default="UTC", help="IANA time zone of the cron expression (default UTC)")
    s.add_argument("--name", default="nightly", help="deployment name (default nightly)")
    s.add_argument("--batch-size", type=int, default=500)

    g = sub.add_parser("generate", help="write a deterministic corpus of realistic articles (for benchmarks)",
                       epilog="example: tariffwire generate --n 1000 --seed 7 /tmp/corpus")
    g.add_argument("out", type=Path, help="folder to write into (1,000 files per subfolder)")
    g.add_argument("--n", type=int, required=True, help="number of articles")
    g.add_argument("--seed", type=int, default=0, help="seed: the same n and seed give the same bytes")
    g.add_argument("--start", type=int, default=0, help="number of the first article (to add new files)")

    e = sub.add_parser("evaluate", help="load a labeled folder and score the extraction against its gold labels",
                       epilog="example: tariffwire evaluate --gold tests/corpus/dev")
    e.add_argument("--gold", type=Path, required=True, help="folder of NNN_*.txt with NNN_*.gold.json labels")
    e.add_argument("--warehouse", type=Path, help="warehouse to load into (default: a temporary one)")
    e.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    e.add_argument("--summary", action="store_true", help="scores only, without misses and false hits")
    e.add_argument("--only", help="show misses and false hits only for fact types containing this text")
    e.add_argument("--against", type=Path, metavar="DIR",
                   help="score a second labeler's .gold.json files for the same texts instead of the extraction "
                        "(labeler agreement; nothing is run)")

    b = sub.add_parser("bench", help="measure wall time and peak memory of real runs (prints a table, writes JSON)",
                       epilog="example: tariffwire bench --input seeds --out .bench/runs.json")
    b.add_argument("--input", type=Path, default=Path("seeds"), help="corpus to load (default seeds)")
    b.add_argument("--out", type=Path, default=Path(".bench/runs.json"), help="where to write the JSON figures")
    b.add_argument("--no-server", action="store_true", help="skip the scenarios with a running Prefect server")
    b.add_argument("--extract-only", action="store_true",
                   help="time only the per-file function (decode, split, extract) in this process, one core, "
                        "with and without the headline memo, then each extractor's share of the time")
    b.add_argument("--repeat", type=int, default=20, help="with --extract-only: passes over the corpus (default 20)")
    b.add_argument("--sizes", help="comma-separated corpus sizes to generate and load, e.g. 1000,10000,100000: "
                                   "full run, no-op rerun and 1%% new files for each")
    b.add_argument("--seed", type=int, default=7, help="with --sizes: generator seed (default 7)")
    b.add_argument("--workdir", type=Path, default=Path(".bench"), help="with --sizes: where corpora are cached")
    b.add_argument("--workers", type=int, help="with --sizes: extraction processes per run (default: one per core)")
    b.add_argument("--with-server", action="store_true",
                   help="with --sizes: run through a Prefect server started on loopback instead of --no-prefect")
    return p


_T0 = time.perf_counter()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _cmd_run(args) -> int:
    _prefect_env(args.warehouse, args.verbose)
    from warehouse.location import is_remote, problem
    why = problem(args.input, "input") or (is_remote(args.warehouse) and problem(args.warehouse, "warehouse"))
    if why:
        print(f"tariffwire: {why}", file=sys.stderr)
        return EXIT_USAGE
    if min(args.workers, args.batch_size, args.max_file_bytes, args.max_line_chars, args.max_headlines) < 1:
        print("tariffwire: --workers, --batch-size and the --max-* limits must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.dask or args.dask_address:
        from flows.on_dask import NEEDS_SERVER
        if args.no_prefect:
            print("tariffwire: --dask and --dask-address run batches as Prefect tasks: drop --no-prefect",
                  file=sys.stderr)
            return EXIT_USAGE
        if not os.environ.get("PREFECT_API_URL"):
            print(f"tariffwire: {NEEDS_SERVER}", file=sys.stderr)
            return EXIT_USAGE
        # Dask reads this at import, here and in the worker processes it starts (they inherit it).
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "info" if args.verbose else "warning")
    from warehouse.limits import Limits
    limits = Limits(args.max_file_bytes, args.max_line_chars, args.max_headlines)
    from warehouse.lock import WarehouseBusy
    try:
        if args.no_prefect:
            from flows.stages import run_without_prefect
            outcome = run_without_prefect(args.input, args.warehouse, args.batch_size, args.full_refresh,
                                          args.max_file_bytes, workers=args.workers, limits=limits)
            summary = outcome.summary()
        else:
            from flows.pipeline import tariffwire_flow
            summary = tariffwire_flow(input_dir=args.input, warehouse_dir=args.warehouse,
                                      batch_size=args.batch_size, full_refresh=args.full_refresh,
                                      max_file_bytes=args.max_file_bytes, workers=args.workers,
                                      max_line_chars=args.max_line_chars, max_headlines=args.max_headlines,
                                      dask=args.dask, dask_address=args.dask_address)
    except WarehouseBusy as exc:
        print(f"tariffwire: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except Exception as exc:  # noqa: BLE001 - report, don't dump a traceback on the user
        outcome = getattr(exc, "outcome", None)
        if outcome is None or not outcome.error:  # failed before the run could record anything
            print(f"tariffwire: run failed: {visible(str(exc))}", file=sys.stderr)
            return EXIT_FAILED
        summary = outcome.summary()
    _print_summary(summary, args.json)
    if not summary["succeeded"]:
        # The recorded error: the original one and, when recording it failed too, that failure.
        print(f"tariffwire: run failed: {visible(summary['error'] or 'unknown error')}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _print_summary(summary: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary, indent=1, default=str))
        return
    f = summary["files"]
    print(f"run {summary['run_id']}: {'succeeded' if summary['succeeded'] else 'FAILED'}")
    print(f"  files: {f['seen']} read, {f['new']} new, {f['changed']} changed, {f['reextracted']} re-extracted, "
          f"{f['unchanged']} unchanged, {f['quarantined']} quarantined")
    print("  rows:  " + (", ".join(f"{t} {n}" for t, n in summary["table_rows"].items())
                         or "unknown (nothing could be published)"))
    wh = summary["warehouse"]
    db = "tariffwire sql --warehouse URL" if "://" in wh else f"{wh}/tariffwire.duckdb"
    print(f"  warehouse: {summary['warehouse']} (DuckDB: {db})")
    print(f"  time: {summary['stage_seconds'].get('total', 0):.2f} s in the pipeline's stages, "
          f"{time.perf_counter() - _T0:.2f} s in this command (start-up of Prefect included)")
    if summary.get("error"):
        print(f"  error: {visible(summary['error'])}")


def _cmd_sql(args) -> int:
    import duckdb

    from warehouse.duck import query
    try:
        columns, rows = query(args.warehouse, args.query, write=args.write)
    except (OSError, ValueError) as exc:  # no database yet, --write on object storage, bucket unreachable
        print(f"tariffwire: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except duckdb.Error as exc:
        # The message can quote stored text (a failed cast shows the value).
        print(f"tariffwire: SQL error: {visible(str(exc), keep=chr(10))}", file=sys.stderr)
        return EXIT_USAGE
    if args.csv:
        import csv
        # Exact values into a file or a pipe; escaped like the table when a terminal would interpret them.
        tty = sys.stdout.isatty()
        w = csv.writer(sys.stdout, lineterminator="\n" if tty else "\r\n")
        for r in [columns, *rows]:
            w.writerow([visible(v) if tty and isinstance(v, str) else v for v in map(spreadsheet_safe, r)])
    else:
        print(format_table(columns, rows))
    return EXIT_OK


# What a terminal acts on instead of showing: C0 and C1 controls (escape sequences, OSC 52, BEL, backspace,
# carriage return), format characters that reorder or hide text (bidi overrides like U+202E, zero-width
# characters), line and paragraph separators, surrogates, private-use and unassigned code points.
_UNSAFE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, as OWASP describes it).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def visible(s: str, keep: str = "") -> str:
    """``s`` with every character a terminal would act on shown as its Python escape (``\\x1b``, ``\\u202e``).

    Backslashes are not doubled: the result is for reading, not for parsing back.
    """
    if s.isprintable():
        return s
    return "".join(c.encode("unicode_escape").decode("ascii")
                   if c not in keep and unicodedata.category(c) in _UNSAFE else c for c in s)


def spreadsheet_safe(value):
    """A text cell a spreadsheet would run as a formula, with an apostrophe in front so it shows as text."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    """Rows as an aligned text table for a terminal: control characters escaped, long cells cut."""
    def cell(v) -> str:
        s = "NULL" if v is None else str(v)
        s = visible(s[:max_width + 1])  # escaping only lengthens: one more character shows whether it overflows
        return s if len(s) <= max_width else s[:max_width - 1] + "…"
    columns = [visible(c) for c in columns]
    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda vals: " | ".join(v.ljust(w) for v, w in zip(vals, widths))  # noqa: E731
    out = [line(columns), "-+-".join("-" * w for w in widths)] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _cmd_inspect(args) -> int:
    from flows.inspect_file import inspect_file
    try:
        print(inspect_file(args.file, args.published, as_json=args.json))
    except (OSError, ValueError) as exc:
        print(f"tariffwire: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _cmd_serve(args) -> int:
    _prefect_env(args.warehouse, verbose=True)
    if not os.environ.get("PREFECT_API_URL"):
        print("tariffwire: serve needs a running Prefect server (a temporary one cannot schedule runs).\n"
              "  start one:  prefect server start --host 127.0.0.1 --port 4200\n"
              "  then:       PREFECT_API_URL=http://127.0.0.1:4200/api tariffwire serve ...", file=sys.stderr)
        return EXIT_USAGE
    from flows.serve import serve
    serve(args.input, args.warehouse, cron=args.cron, timezone=args.timezone, name=args.name,
          batch_size=args.batch_size)
    return EXIT_OK


def _cmd_generate(args) -> int:
    from flows.generate import generate
    if args.n < 0 or args.start < 0:
        print("tariffwire: --n and --start must not be negative", file=sys.stderr)
        return EXIT_USAGE
    files, nbytes = generate(args.out, args.n, args.seed, args.start)
    print(f"wrote {files} articles, {nbytes / 1e6:.1f} MB, under {args.out}")
    return EXIT_OK


def _cmd_evaluate(args) -> int:
    import tempfile

    from flows.stages import run_without_prefect
    from warehouse.evaluate import evaluate, format_report
    if not args.gold.is_dir():
        print(f"tariffwire: gold folder {args.gold} does not exist", file=sys.stderr)
        return EXIT_USAGE
    if args.against is not None:
        if not args.against.is_dir():
            print(f"tariffwire: folder {args.against} does not exist", file=sys.stderr)
            return EXIT_USAGE
        ev = evaluate(args.gold, second_labels=args.against)
    else:
        with tempfile.TemporaryDirectory(prefix="tariffwire-eval-") as tmp:
            wh = args.warehouse or Path(tmp) / "wh"
            outcome = run_without_prefect(args.gold, wh)
            if not outcome.succeeded:
                print(f"tariffwire: loading the gold folder failed: {outcome.error}", file=sys.stderr)
                return EXIT_FAILED
            ev = evaluate(args.gold, wh)
    only = (lambda k: args.only in k) if args.only else None
    print(format_report(ev, details=not args.summary, only=only))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(ev.as_dict(), indent=1))
    return EXIT_OK


def _cmd_bench(args) -> int:
    from flows.bench import (PrefectServer, bench_extract, bench_runs, bench_sizes, format_results, format_sizes,
                              profile_extract)
    if args.sizes:
        sizes = [int(x) for x in args.sizes.split(",")]
        out = args.out if args.out != Path(".bench/runs.json") else args.workdir / "sizes.json"
        if args.with_server:
            with PrefectServer(args.workdir / "prefect-server-home") as server:
                results = bench_sizes(sizes, args.seed, args.workdir, server.api, out, args.workers)
        else:
            results = bench_sizes(sizes, args.seed, args.workdir, None, out, args.workers)
        print(format_sizes(results))
        print(f"(figures also in {out})")
        return EXIT_OK
    if args.extract_only:
        for memo in (True, False):
            m = bench_extract(args.input, args.repeat, memo)
            print(f"extraction{'' if memo else ' without the headline memo'}: {m.files} files x {m.repeat} = "
                  f"{m.bytes * m.repeat / 1e6:.1f} MB in {m.seconds:.2f} s: "
                  f"{m.mb_per_s:.2f} MB/s, {m.files_per_s:.0f} files/s (one core)")
        shares = profile_extract(args.input)
        print("share of extraction time (one pass under cProfile):")
        for name, share in sorted(shares.items(), key=lambda kv: -kv[1]):
            print(f"  {name:16s} {share * 100:5.1f}%")
        return EXIT_OK
    results = bench_runs(args.input, args.out, with_server=not args.no_server)
    print(format_results(results))
    print(f"(figures also in {args.out})")
    return EXIT_OK if all(m.exit_code == 0 for m in results) else EXIT_FAILED


_COMMANDS = {"run": _cmd_run, "sql": _cmd_sql, "inspect": _cmd_inspect, "serve": _cmd_serve, "bench": _cmd_bench,
             "evaluate": _cmd_evaluate, "generate": _cmd_generate}

if __name__ == "__main__":
    sys.exit(main())
