"""Nightly schedule: the flow served as a Prefect deployment with a cron schedule.

``flow.serve`` registers the deployment with the running server, then polls
it for due runs and starts each in a child process. At most one runs at a
time: the deployment's concurrency limit is 1, and a run that comes due (or is
triggered) while another runs is put back by the server in the Scheduled
state "AwaitingConcurrencySlot" and started once the slot is free (the server
retries it every ``PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS``,
30 s by default). Without the limit the second run would meet the warehouse
lock and fail. tests/test_serve.py checks this against a real server.
"""
from __future__ import annotations

from pathlib import Path

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.schedules import Cron

from flows.pipeline import tariffwire_flow
from warehouse.location import parse

# ENQUEUE (Prefect's default, spelled out): a run that finds the slot taken waits; CANCEL_NEW would drop it.
ONE_AT_A_TIME = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.ENQUEUE)


def serve(input_dir: Path | str, warehouse_dir: Path | str, *, cron: str = "0 2 * * *", timezone: str = "UTC",
          name: str = "nightly", batch_size: int = 500) -> None:
    tariffwire_flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"input_dir": parse(input_dir).url, "warehouse_dir": parse(warehouse_dir).url,
                    "batch_size": batch_size},
        global_limit=ONE_AT_A_TIME,
        description="Load new or changed tariff news articles into the tariffwire warehouse.",
        tags=["tariffwire"],
    )
