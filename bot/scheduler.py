"""Daily digests on a schedule: one APScheduler cron job per subscription, in the subscription's time zone; and
alerts, checked after every poll (and sweep) that stored something new.

Subscriptions live in the store, so the jobs are rebuilt from it at start and every minute (another replica or a
command may have changed them). A digest missed while the process was down is caught up at start, and the
delivery ledger makes every (channel, day) digest go out once, whichever replica or run gets there first.

An alert is keyed in the same ledger by what it says (core.compose.alerts), so each change is posted once per
channel across restarts and replicas. The first check after a channel asks for alerts records what is already
known without posting it (the 'baseline'): alerts are about changes, never a replay of the whole picture."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.delivery import Courier, DigestPoster, Job, Outcome
from core.compose.alerts import KEY_PREFIX, Alert
from core.compose.digest import Digest
from core.desk import Desk
from core.store.ledger import DeliveryLedger, Lease
from core.store.subscriptions import Subscription

log = logging.getLogger("nk_aid.scheduler")

DIGEST_WINDOW = timedelta(hours=24)
CATCH_UP = timedelta(hours=6)  # a digest missed by less than this (restart, outage) is still sent


class DigestScheduler:
    def __init__(
        self,
        desk: Desk,
        courier: Courier,
        posters: Mapping[str, DigestPoster],
        sweep_seconds: int = 60,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.desk, self.courier, self.posters, self.clock = desk, courier, posters, clock
        self.sweep_seconds = sweep_seconds
        self.scheduler: AsyncIOScheduler | None = None
        self._inflight: set[asyncio.Task[object]] = set()
        self._catch_up: asyncio.Task[None] | None = None  # held so the task is not garbage-collected mid-run
        self.extra_jobs: list[tuple[Callable[[], Awaitable[object]], int]] = []
        # The store version and the alert subscriptions of the last alert check: nothing to do until either changes.
        self._alerts_seen: tuple[tuple[int, int, int], frozenset[tuple[str, str, tuple[str, ...]]]] | None = None

    def every(self, seconds: int, job: Callable[[], Awaitable[object]]) -> None:
        """Also run `job` every `seconds` (source polling); call before start()."""
        self.extra_jobs.append((job, seconds))

    async def start(self) -> None:
        """Schedule every subscription, then (in the background) deliver digests missed while nobody was running.
        Every `sweep_seconds` the schedule is re-read and the day's failed or abandoned deliveries are retried."""
        self.scheduler = AsyncIOScheduler(timezone=UTC)
        self.scheduler.add_job(self.sweep, "interval", seconds=self.sweep_seconds, id="sweep", coalesce=True,
                               max_instances=1)  # fmt: skip
        for job, seconds in self.extra_jobs:  # first run now: a restart should not wait a whole interval to poll
            self.scheduler.add_job(job, "interval", seconds=seconds, coalesce=True, max_instances=1,
                                   next_run_time=datetime.now(UTC))  # fmt: skip
        self.scheduler.start()
        await self.refresh()
        self._catch_up = asyncio.create_task(self.sweep())

    async def stop(self, grace: float) -> None:
        """No new runs or deliveries; deliveries under way may finish for up to `grace` seconds. Whatever is cut
        off stays claimed in the ledger and is finished (looked for first, then posted) by the next sweep of any
        replica; whatever had not started is left unclaimed for it."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.courier.closing = True
        running = {task for task in self._inflight if not task.done()}
        if running:
            log.info("waiting up to %.0f s for %d digest run(s) to finish", grace, len(running))
            _, cut = await asyncio.wait(running, timeout=grace)
            for task in cut:
                task.cancel()
            if cut:
                log.warning("%d digest run(s) cut off at shutdown; the ledger leaves them to the next sweep", len(cut))

    def _track(self) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)

    async def sweep(self) -> None:
        await self.refresh()
        try:
            await self.run_due(within=CATCH_UP)
            await self.check_alerts()  # articles stored by another process (`nk-aid ingest`) count too
        except Exception as err:  # the store is down: the next sweep retries
            log.warning("digest sweep failed (%s)", err)

    async def subscriptions_changed(self) -> None:
        """A command changed the subscriptions: reschedule now, and record a new alert channel's baseline now."""
        await self.refresh()
        try:
            await self.check_alerts()
        except Exception as err:  # the store is down: the next sweep checks again
            log.warning("alert check failed (%s)", err)

    async def ingested(self) -> None:
        """Something new was stored (a poll): post the alerts it causes now, not at the next digest."""
        try:
            await self.check_alerts()
        except Exception as err:
            log.warning("alert check failed (%s)", err)

    async def check_alerts(self, force: bool = False) -> list[Outcome]:
        """Post each subscribed channel's new alerts (headline estimates and conflicts it was not told about yet).
        Skipped while neither the store nor the channels asking for alerts changed since the last check, unless
        `force`. (A channel new to alerts is checked at once, so its baseline predates the next article.)"""
        self._track()
        version = await asyncio.to_thread(self.desk.version)
        subs = await asyncio.to_thread(self.desk.subscriptions.all)
        subs = [s for s in subs if s.alerts and s.platform in self.posters]
        seen = (version, frozenset((s.platform, s.channel, tuple(s.topics)) for s in subs))
        if seen == self._alerts_seen and not force:
            return []
        cache: dict[tuple[str, ...], list[Alert]] = {}
        jobs: list[Job] = []
        for sub in subs:
            topics = tuple(sorted(sub.topics))
            if topics not in cache:
                cache[topics] = await asyncio.to_thread(self.desk.alerts, list(topics))
            jobs += await asyncio.to_thread(self._alert_jobs, sub, cache[topics])
        outcomes = await self.courier.deliver_all(jobs)
        self._alerts_seen = seen
        if outcomes:
            log.info("alerts: %d posted or tried in %d channel(s)", len(outcomes), len({o.channel for o in outcomes}))
        return outcomes

    def _alert_jobs(self, sub: Subscription, alerts: list[Alert]) -> list[Job]:
        """The alerts the channel has not had; on its first check, none (what is known now becomes the baseline)."""
        ledger = self.courier.ledger
        keys = [(sub.channel, alert.key) for alert in alerts]
        settled = ledger.settled(sub.platform, [*keys, (sub.channel, BASELINE)])
        if (sub.channel, BASELINE) not in settled:
            _record_baseline(ledger, sub, [alert.key for alert in alerts])
            return []
        poster = self.posters[sub.platform]
        return [Job(poster, sub.channel, alert.key, _ready(alert.digest))
                for alert in alerts if (sub.channel, alert.key) not in settled]  # fmt: skip

    async def refresh(self) -> None:
        """Make the cron jobs match the subscriptions in the store."""
        if self.scheduler is None:
            return
        try:
            subs = await asyncio.to_thread(self.desk.subscriptions.all)
        except Exception as err:  # the store is unreachable: keep the jobs we have and try again next minute
            log.warning("cannot read subscriptions (%s); keeping the current schedule", err)
            return
        wanted = {_job_id(s): s for s in subs if s.platform in self.posters}
        for job in self.scheduler.get_jobs():
            if job.id.startswith("digest:") and job.id not in wanted:
                job.remove()
        for job_id, sub in wanted.items():
            hour, minute = (int(part) for part in sub.at.split(":"))
            trigger = CronTrigger(hour=hour, minute=minute, timezone=ZoneInfo(sub.timezone))
            existing = self.scheduler.get_job(job_id)
            if existing is not None and str(existing.trigger) == str(trigger):
                continue
            self.scheduler.add_job(
                self.run_subscription,
                trigger,
                args=[sub.platform, sub.channel],
                id=job_id,
                replace_existing=True,
                misfire_grace_time=int(CATCH_UP.total_seconds()),
                coalesce=True,
            )

    async def run_subscription(self, platform: str, channel: str) -> Outcome | None:
        """The cron job: deliver the channel's digest for the latest due time (the subscription is re-read, so a
        change since the job was scheduled counts)."""
        self._track()
        sub = await asyncio.to_thread(self.desk.subscriptions.get, platform, channel)
        if sub is None or platform not in self.posters:
            return None
        outcomes = await self.courier.deliver_all([self._job(sub, sub.last_due(self.clock()), {})])
        return outcomes[0]

    async def run_due(self, within: timedelta = CATCH_UP, now: datetime | None = None) -> list[Outcome]:
        """Deliver every subscription whose latest due time is within `within` of now (those already delivered
        are skipped by the ledger). Digests with the same topics and period are built once."""
        self._track()
        now = now or self.clock()
        subs = await asyncio.to_thread(self.desk.subscriptions.all)
        cache: dict[tuple[tuple[str, ...], datetime], asyncio.Task[Digest]] = {}
        due = {
            (sub.platform, sub.channel): (sub, moment)
            for sub in subs
            if sub.platform in self.posters and now - (moment := sub.last_due(now)) <= within
        }
        for platform in {platform for platform, _ in due}:
            keys = [(sub.channel, sub.period(moment)) for (p, _), (sub, moment) in due.items() if p == platform]
            settled = await asyncio.to_thread(self.courier.ledger.settled, platform, keys)
            for channel, _ in settled:
                del due[(platform, channel)]
        jobs = [self._job(sub, moment, cache) for sub, moment in due.values()]
        outcomes = await self.courier.deliver_all(jobs)
        if outcomes:
            counts: dict[str, int] = {}
            for outcome in outcomes:
                counts[outcome.result] = counts.get(outcome.result, 0) + 1
            log.info("digest run: %s", ", ".join(f"{n} {result}" for result, n in sorted(counts.items())))
        return outcomes

    def _job(
        self, sub: Subscription, due: datetime, cache: dict[tuple[tuple[str, ...], datetime], asyncio.Task[Digest]]
    ) -> Job:
        since = due.astimezone(UTC) - DIGEST_WINDOW
        key = (tuple(sorted(sub.topics)), since)

        async def digest() -> Digest:
            if key not in cache:
                cache[key] = asyncio.ensure_future(
                    asyncio.to_thread(self.desk.digest, since, sub.topics, due.astimezone(UTC))
                )
            return await cache[key]

        return Job(self.posters[sub.platform], sub.channel, sub.period(due), digest)


BASELINE = KEY_PREFIX + "baseline"


def _record_baseline(ledger: DeliveryLedger, sub: Subscription, keys: list[str]) -> None:
    """Mark what a channel's first alert check finds as already told (whoever claims the baseline does it)."""
    if ledger.claim(sub.platform, sub.channel, BASELINE) not in (Lease.CLAIMED, Lease.RECLAIMED):
        return
    for key in keys:
        if ledger.claim(sub.platform, sub.channel, key) in (Lease.CLAIMED, Lease.RECLAIMED):
            ledger.sent(sub.platform, sub.channel, key, "baseline")
    ledger.sent(sub.platform, sub.channel, BASELINE, "baseline")
    log.info("alerts for %s/%s: %d current estimate(s) recorded as known", sub.platform, sub.channel, len(keys))


def _ready(digest: Digest) -> Callable[[], Awaitable[Digest]]:
    async def build() -> Digest:
        return digest

    return build


def _job_id(sub: Subscription) -> str:
    return f"digest:{sub.platform}:{sub.channel}"
