"""Nightly schedule: the flow served as a Prefect deployment with a cron schedule.

``flow.serve`` registers the deployment with the running server and then
polls it for scheduled runs, executing them in this process. ``global_limit=1``
keeps the server from starting a run while the previous one still runs (the
warehouse lock would refuse it anyway, but then it would be recorded as a
failure).
"""
from __future__ import annotations

from pathlib import Path

from prefect.schedules import Cron

from flows.pipeline import tariffwire_flow


def serve(input_dir: Path, warehouse_dir: Path, *, cron: str = "0 2 * * *", timezone: str = "UTC",
          name: str = "nightly", batch_size: int = 500) -> None:
    tariffwire_flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"input_dir": str(Path(input_dir).absolute()),
                    "warehouse_dir": str(Path(warehouse_dir).absolute()),
                    "batch_size": batch_size},
        global_limit=1,
        description="Load new or changed tariff news articles into the tariffwire warehouse.",
        tags=["tariffwire"],
    )
