"""DuckDB over the Parquet tables: views, data-quality checks, queries.

The database file holds only views. Base views read ``<warehouse>/<table>/*.parquet``
by absolute path (a relative path breaks when the file is opened from another
directory); since those folders always show the published snapshot, the
views never need rewriting after a run. Analytic views and checks are the
``.sql`` files beside this module.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from schemas.tables import TABLES, Table

SQL_DIR = Path(__file__).parent / "sql"
DB_NAME = "tariffwire.duckdb"


def _quote_literal(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _quote_ident(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def base_view_sql(table: Table, folder: Path) -> str:
    # DDL cannot take bound parameters; the path is ours (the warehouse root), quoted as a literal.
    glob = _quote_literal(str(Path(folder).absolute() / "*.parquet"))
    cols = ", ".join(_quote_ident(c) for c in table.column_names)
    return f"CREATE OR REPLACE VIEW {_quote_ident(table.name)} AS SELECT {cols} FROM read_parquet({glob});"


def analytic_views_sql() -> list[str]:
    return [p.read_text() for p in sorted((SQL_DIR / "views").glob("*.sql"))]


def create_views(con: duckdb.DuckDBPyConnection, folders: dict[str, Path]) -> None:
    for t in TABLES:
        con.execute(base_view_sql(t, folders[t.name]))
    for sql in analytic_views_sql():
        con.execute(sql)


def build_database(root: Path) -> Path:
    """(Re)create ``<root>/tariffwire.duckdb`` when its view definitions changed.

    Written under a temporary name and renamed, so a reader holding the old
    file open keeps a consistent one.
    """
    root = Path(root).absolute()
    folders = {t.name: root / t.name for t in TABLES}
    ddl = [base_view_sql(t, folders[t.name]) for t in TABLES] + analytic_views_sql()
    digest = hashlib.sha256("\n".join(ddl).encode()).hexdigest()
    db = root / DB_NAME
    stamp = root / "_state" / "duckdb.sha256"
    if db.exists() and stamp.exists() and stamp.read_text() == digest:
        return db
    tmp = root / f".{DB_NAME}.tmp-{os.getpid()}"
    for p in (tmp, Path(str(tmp) + ".wal")):
        if p.exists():
            p.unlink()
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
    finally:
        con.close()
    os.replace(tmp, db)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(digest)
    return db


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


def run_checks(con: duckdb.DuckDBPyConnection, input_files: pa.Table | None = None) -> list[CheckResult]:
    """Run every check; ``input_files`` (one column file_path) enables the accounting check."""
    checks = generated_checks() + file_checks()
    if input_files is None:
        checks = [c for c in checks if c[0] != "input_accounted"]
    else:
        con.register("input_files", input_files)
    results = []
    for name, description, sql in checks:
        rows = con.execute(f"SELECT * FROM ({sql.strip().rstrip(';')}) LIMIT 6").fetchall()
        count = len(rows) if len(rows) < 6 else con.execute(
            f"SELECT count(*) FROM ({sql.strip().rstrip(';')})").fetchall()[0][0]
        results.append(CheckResult(name, description, count, rows[:5]))
    if input_files is not None:
        con.unregister("input_files")
    return results


def query(root: Path, sql: str, *, write: bool = False) -> tuple[list[str], list[tuple]]:
    """Run SQL against the warehouse database; read-only unless ``write``."""
    db = Path(root).absolute() / DB_NAME
    if not db.exists():
        raise FileNotFoundError(f"no warehouse database at {db}; run `tariffwire run` first")
    con = duckdb.connect(str(db), read_only=not write)
    try:
        cur = con.execute(sql)
        if cur.description is None:
            return [], []
        return [d[0] for d in cur.description], cur.fetchall()
    finally:
        con.close()
