"""Shared fixtures, named by the state they give."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

# Keep Prefect quiet, offline and out of ~ in every test process and the
# subprocesses tests start.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture
def seed_input(tmp_path: Path) -> Path:
    """A temp copy of seeds/ with a sidecar manifest giving publication dates."""
    d = tmp_path / "input"
    d.mkdir()
    for f in SEED_FILES:
        shutil.copy2(f, d / f.name)
    (d / "manifest.jsonl").write_text(
        '{"file": "000_549d31f8cc5d14c5.txt", "published_at": "2025-06-14", "source": "seed"}\n'
        '{"file": "002_0a834e919f4ad0f9.txt", "published_at": "2025-06-14T09:00:00Z", "source": "seed"}\n')
    return d


@pytest.fixture
def fresh_warehouse(tmp_path: Path) -> Path:
    """An empty warehouse folder of this test's own."""
    return tmp_path / "wh"
