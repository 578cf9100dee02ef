"""Where input and warehouse live: a local folder or ``s3://bucket/prefix``.

This is the one place that parses such a value. Credentials and the endpoint
come from the standard AWS environment, read by botocore (under s3fs) and by
pyarrow's own S3 filesystem alike: ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION`` and, for an S3-compatible server
(MinIO, Ceph, moto), ``AWS_ENDPOINT_URL``. Nothing else is configured here.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SCHEME = "s3://"


class LocationError(ValueError):
    """A value that is neither a local path nor a usable ``s3://bucket/prefix``."""


@dataclass(frozen=True)
class Location:
    """An absolute local path, or ``s3://bucket/prefix`` without a trailing slash."""

    url: str

    @property
    def remote(self) -> bool:
        return self.url.startswith(SCHEME)

    @property
    def path(self) -> str:
        """The path as the filesystem object names it: the local path, or ``bucket/prefix``."""
        return self.url[len(SCHEME):] if self.remote else self.url

    @property
    def bucket(self) -> str:
        return self.path.split("/", 1)[0]

    @property
    def fs(self):
        """The fsspec filesystem holding this location (one per process)."""
        return s3_filesystem() if self.remote else _local_filesystem()

    def join(self, *parts: str) -> "Location":
        return Location("/".join([self.url, *parts]))

    def local(self) -> Path:
        if self.remote:
            raise LocationError(f"{self.url} is on object storage, not a local folder")
        return Path(self.url)

    def ref(self, *parts: str) -> Path | str:
        """A child as its readers and writers take it: a ``Path`` locally, an ``s3://`` URL remotely."""
        return self.join(*parts).url if self.remote else Path(self.url, *parts)

    def __str__(self) -> str:
        return self.url


def parse(value: str | Path | Location) -> Location:
    """A ``Location`` from a CLI or flow argument; relative local paths become absolute."""
    if isinstance(value, Location):
        return value
    if isinstance(value, str) and "://" in value:
        if not value.startswith(SCHEME):
            raise LocationError(f"{value}: only local paths and s3://bucket/prefix are supported")
        rest = value[len(SCHEME):].strip("/")
        if not rest or "//" in rest:
            raise LocationError(f"{value}: expected s3://bucket or s3://bucket/prefix")
        return Location(SCHEME + rest)
    return Location(str(Path(value).absolute()))


def is_remote(value: str | Path | Location) -> bool:
    return isinstance(value, (str, Location)) and str(value).startswith(SCHEME)


def ref(value: str | Path | Location, *parts: str) -> Path | str:
    """``value`` joined with ``parts``, as a ``Path`` locally or an ``s3://`` URL remotely."""
    return parse(value).ref(*parts)


def change_token(last_modified: datetime) -> int:
    """An object's LastModified as whole seconds in ns: listings and HEAD disagree below the second."""
    return int(last_modified.timestamp()) * 1_000_000_000


def problem(value: str | Path | Location, what: str) -> str | None:
    """Why ``value`` cannot be used as the ``what`` folder (None when it can)."""
    loc = parse(value)
    if not loc.remote:
        return None if loc.local().is_dir() else f"{what} folder {value} does not exist or is not a folder"
    try:
        if not loc.fs.exists(loc.bucket):
            return f"{what} {value}: bucket {loc.bucket!r} does not exist (or these credentials cannot see it)"
        # A new warehouse prefix is empty; an input prefix with nothing under it is a typo more often than not.
        if what == "input" and loc.path != loc.bucket and not loc.fs.exists(loc.path):
            return f"{what} {value}: no objects under this prefix"
        return None
    except Exception as exc:  # noqa: BLE001 - any failure here is reported to the user as is
        return (f"{what} {value}: cannot reach the bucket ({type(exc).__name__}: {exc}); check AWS_ENDPOINT_URL, "
                "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_REGION")


@functools.lru_cache(maxsize=1)
def s3_filesystem():
    """s3fs configured from the AWS environment; listings are not cached, a run must see fresh state."""
    import s3fs

    return s3fs.S3FileSystem(use_listings_cache=False, skip_instance_cache=True)


@functools.lru_cache(maxsize=1)
def _local_filesystem():
    from fsspec.implementations.local import LocalFileSystem

    return LocalFileSystem()


def as_argument(value: str) -> Path | str:
    """A command-line value as the rest of the code takes it: a ``Path``, or a checked ``s3://`` URL."""
    loc = parse(value)
    return loc.url if loc.remote else Path(value)
