"""DuckDB over the Parquet tables: views, data-quality checks, queries.

The database file holds only views. Base views name the published snapshot's
files one by one, by absolute path (a relative path breaks when the file is
opened from another directory), never a glob over a folder that a publish
changes under a running query: every publish rewrites the file (temporary name,
then rename), and a connection opened before keeps reading the snapshot it
opened, whose files garbage collection keeps (warehouse/store.py, GRACE_SECONDS).

A warehouse on object storage has no database file: ``connect`` builds the same
views in memory from the snapshot ``CURRENT`` names, reading through s3fs
registered on the connection (DuckDB 2.0 has no httpfs offline). Analytic views
and checks are the ``.sql`` files beside this module.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa
import regex

from schemas.tables import TABLES, Table
from warehouse.location import SCHEME, parse, s3_filesystem
from warehouse.store import SnapshotInfo, open_store

SQL_DIR = Path(__file__).parent / "sql"
DB_NAME = "tariffwire.duckdb"


def _quote_literal(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _quote_ident(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def base_view_sql(table: Table, files: list[str], kind: str = "VIEW") -> str:
    """A view over exactly these files (absolute paths or ``s3://`` URLs; at least one); ``kind="TABLE"``
    loads them instead."""
    # DDL cannot take bound parameters; the paths are ours (the warehouse's files), quoted as literals.
    listed = ", ".join(_quote_literal(f) for f in files)
    cols = ", ".join(_quote_ident(c) for c in table.column_names)
    return f"CREATE OR REPLACE {kind} {_quote_ident(table.name)} AS SELECT {cols} FROM read_parquet([{listed}]);"


def analytic_views_sql() -> list[str]:
    return [p.read_text() for p in sorted((SQL_DIR / "views").glob("*.sql"))]


def views_sql(files: dict[str, list[str]], kind: str = "VIEW") -> list[str]:
    """Every view: base views over ``files`` (table -> its files), then the analytic views."""
    return [base_view_sql(t, files[t.name], kind) for t in TABLES] + analytic_views_sql()


def create_views(con: duckdb.DuckDBPyConnection, files: dict[str, list[str]], *, load: bool = False) -> None:
    """Views over ``files`` on ``con``; files on object storage need ``register_s3`` first.

    ``load`` reads the base tables into memory once instead: the checks query each table many
    times, and every read through s3fs costs a round trip (3.2 s against 0.3 s for the seeds).
    """
    for sql in views_sql(files, "TABLE" if load else "VIEW"):
        con.execute(sql)


def register_s3(con: duckdb.DuckDBPyConnection) -> None:
    """Let ``con`` read ``s3://`` URLs through s3fs (configured from the AWS environment)."""
    con.register_filesystem(s3_filesystem())


# The checks' hash tables (key uniqueness over millions of entity mentions) took 500 MB unbounded;
# DuckDB spills past this instead.
CHECK_MEMORY_LIMIT = "384MB"


def memory_connection(files: dict[str, list[str]], *, load: bool = False,
                      memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with views over ``files``, wherever they are (``load``: see create_views)."""
    con = duckdb.connect(config={"memory_limit": memory_limit} if memory_limit else {})
    try:
        if any(f.startswith(SCHEME) for names in files.values() for f in names):
            register_s3(con)
        create_views(con, files, load=load)
    except BaseException:
        con.close()
        raise
    return con


def connect(warehouse: Path | str, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection to a warehouse's views, pinned to the snapshot published when it was opened."""
    loc = parse(warehouse)
    if not loc.remote:
        db = loc.local() / DB_NAME
        if not db.exists():
            raise FileNotFoundError(f"no warehouse database at {db}; run `tariffwire run` first")
        return duckdb.connect(str(db), read_only=read_only)
    if not read_only:
        raise ValueError(f"{loc.url} is on object storage: its views are built in memory for each "
                         "connection, so there is nothing to write to (drop --write)")
    snapshot = open_store(loc).current()
    if snapshot is None:
        raise FileNotFoundError(f"no published snapshot at {loc.url} (no {loc.url}/CURRENT); "
                                "run `tariffwire run` first")
    return memory_connection(snapshot.file_refs())


def build_database(root: Path, snapshot: SnapshotInfo | None = None) -> Path | None:
    """(Re)create ``<root>/tariffwire.duckdb`` over ``snapshot`` (default: the published one).

    Nothing is written while nothing is published. A run does the two halves
    apart (``prepare_database`` before it publishes, ``install`` after).
    """
    root = Path(root).absolute()
    snapshot = snapshot or open_store(root).current()
    if snapshot is None:
        return None
    pending = prepare_database(root, snapshot.file_refs())
    return pending.install() if pending else root / DB_NAME


@dataclass(frozen=True)
class PendingDatabase:
    """A complete database file under a temporary name, waiting to be renamed into place."""

    tmp: Path
    db: Path
    stamp: Path
    digest: str

    def install(self) -> Path:
        """Rename it into place: a reader holding the old file open keeps the snapshot it opened."""
        os.replace(self.tmp, self.db)
        try:
            self.stamp.parent.mkdir(parents=True, exist_ok=True)
            self.stamp.write_text(self.digest)
        except OSError:
            pass  # a stale stamp only makes the next run rewrite the file once more
        return self.db

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def prepare_database(root: Path, files: dict[str, list[str]]) -> PendingDatabase | None:
    """Write the database of views over ``files`` under a temporary name; None when the file in place
    already has exactly these views. Call under the warehouse lock."""
    root = Path(root).absolute()
    ddl = views_sql(files)
    digest = hashlib.sha256("\n".join(ddl).encode()).hexdigest()
    db = root / DB_NAME
    stamp = root / "_state" / "duckdb.sha256"
    if db.exists() and stamp.exists() and stamp.read_text() == digest:
        return None
    for leftover in root.glob(f".{DB_NAME}.tmp-*"):  # of runs killed while writing it (we hold the lock)
        leftover.unlink(missing_ok=True)
    tmp = root / f".{DB_NAME}.tmp-{os.getpid()}"
    con = duckdb.connect()
    try:
        # Storage v1.0.0 so that the DuckDB CLI (the duckdb-cli wheel is 1.5.x) and BI tools
        # embedding DuckDB 1.x can open the file too; views are stored as SQL text either way.
        con.execute(f"ATTACH {_quote_literal(str(tmp))} AS wh (STORAGE_VERSION 'v1.0.0')")
        con.execute("USE wh")
        for statement in ddl:
            con.execute(statement)
        con.execute("USE memory")
        con.execute("DETACH wh")
    except BaseException:
        con.close()
        for p in (tmp, Path(f"{tmp}.wal")):
            p.unlink(missing_ok=True)
        raise
    con.close()
    return PendingDatabase(tmp, db, stamp, digest)


@dataclass(frozen=True)
class CheckResult:
    name: str
    description: str
    failures: int
    sample: list[tuple]

    @property
    def ok(self) -> bool:
        return self.failures == 0


def generated_checks() -> list[tuple[str, str, str]]:
    """(name, description, SQL returning violating rows) derived from the declarations."""
    checks = []
    for t in TABLES:
        name = _quote_ident(t.name)
        key = ", ".join(_quote_ident(k) for k in t.key)
        checks.append((f"{t.name}.key_unique", f"{t.name} key ({', '.join(t.key)}) is unique",
                       f"SELECT {key}, count(*) AS n FROM {name} GROUP BY ALL HAVING count(*) > 1"))
        for c in t.columns:
            col = _quote_ident(c.name)
            if not c.nullable:
                checks.append((f"{t.name}.{c.name}.not_null", f"{t.name}.{c.name} is never null",
                               f"SELECT {key} FROM {name} WHERE {col} IS NULL"))
            if c.accepted:
                values = ", ".join(_quote_literal(str(v)) for v in c.accepted)
                checks.append((f"{t.name}.{c.name}.accepted", f"{t.name}.{c.name} in {c.accepted}",
                               f"SELECT {key}, {col} FROM {name} WHERE {col} NOT IN ({values})"))
            if c.references and c.references != f"{t.name}.{c.name}":
                ref_table, ref_col = c.references.split(".")
                checks.append((f"{t.name}.{c.name}.references", f"{t.name}.{c.name} exists in {c.references}",
                               f"SELECT {key} FROM {name} WHERE {col} IS NOT NULL AND {col} NOT IN "
                               f"(SELECT {_quote_ident(ref_col)} FROM {_quote_ident(ref_table)})"))
    return checks


def file_checks() -> list[tuple[str, str, str]]:
    out = []
    for p in sorted((SQL_DIR / "checks").glob("*.sql")):
        text = p.read_text()
        description = text.splitlines()[0].lstrip("- ").strip() if text.startswith("--") else p.stem
        out.append((p.stem, description, text))
    return out


def tables_read(sql: str) -> set[str]:
    """The declared tables a check's SQL names (read as words: a superset of what it reads)."""
    words = set(regex.findall(r"\w+", sql))
    return {t.name for t in TABLES if t.name in words} | ({"input_files"} & words)


def run_checks(con: duckdb.DuckDBPyConnection, input_files: pa.Table | None = None,
               changed: set[str] | None = None) -> list[CheckResult]:
    """Run the checks; ``input_files`` (one column file_path) enables the accounting check.

    ``changed``: the tables whose files differ from the published snapshot, which passed every
    check; only checks reading one of them (or the input listing) run. None runs them all.
    """
    checks = generated_checks() + file_checks()
    if input_files is None:
        checks = [c for c in checks if c[0] != "input_accounted"]
    else:
        con.register("input_files", input_files)
    if changed is not None:
        checks = [c for c in checks if tables_read(c[2]) & (changed | {"input_files"})]
    results = []
    for name, description, sql in checks:
        rows = con.execute(f"SELECT * FROM ({sql.strip().rstrip(';')}) LIMIT 6").fetchall()
        count = len(rows) if len(rows) < 6 else con.execute(
            f"SELECT count(*) FROM ({sql.strip().rstrip(';')})").fetchall()[0][0]
        results.append(CheckResult(name, description, count, rows[:5]))
    if input_files is not None:
        con.unregister("input_files")
    return results


def query(root: Path | str, sql: str, *, write: bool = False) -> tuple[list[str], list[tuple]]:
    """Run SQL against the warehouse (a folder or ``s3://`` URL); read-only unless ``write``."""
    con = connect(root, read_only=not write)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()
