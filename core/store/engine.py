"""Open the store: SQLite file by default, PostgreSQL by URL; migrations are applied on open."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError

from core.errors import StoreError
from core.extras import require_extra

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_S = 5.0


def open_engine(url: str, *, create_folder: bool = False) -> Engine:
    """An engine with the schema at the latest migration; StoreError (one line) if the database is unusable.

    A SQLite file's folder must exist (a mistyped path should not quietly start an empty store elsewhere);
    `create_folder` makes it, for the default location the caller chose itself."""
    where = describe_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{where!r} is not a database URL (try sqlite:///nk-aid.sqlite3)") from None
    sqlite = parsed.get_backend_name() == "sqlite"
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        require_extra("postgres", "a PostgreSQL store (NK_AID_DATABASE_URL)")
    if sqlite and parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().parent
        if create_folder:
            folder.mkdir(parents=True, exist_ok=True)
        elif not folder.is_dir():
            raise StoreError(f"{where}: the folder {folder} does not exist (create it, or set NK_AID_DATABASE_URL)")
    options: dict[str, Any] = {"future": True}
    if sqlite:
        options["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
    else:
        options["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **options)
    except (ArgumentError, ImportError) as err:
        raise StoreError(_scrub(f"{where}: cannot use this database ({err})", url)) from None
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except DBAPIError as err:
        raise StoreError(_scrub(f"{where}: {explain(err)}", url)) from None
    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest migration. Alembic is imported only when there is something to do:
    it costs 0.2 s of start-up, and a store already at the latest migration is the common case."""
    if _current_revisions(engine) == head_revisions():
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


_REVISION = re.compile(r"^(down_)?revision\b[^=]*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def head_revisions() -> frozenset[str]:
    """The revisions no other migration builds on, read from the migration files' `revision` and
    `down_revision` lines (a test checks this agrees with alembic's own reading)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for down, value in _REVISION.findall(script.read_text(encoding="utf-8")):
            (parents if down else revisions).update(_QUOTED.findall(value))
    return frozenset(revisions - parents)


def _current_revisions(engine: Engine) -> frozenset[str]:
    """What alembic_version says the database is at; empty for a new database."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except (OperationalError, ProgrammingError) as err:
        message = str(err.orig).lower()
        if "no such table" in message or "does not exist" in message:  # a new database
            return frozenset()
        raise
    return frozenset(rows)


def explain(err: DBAPIError) -> str:
    """One line a user can act on, from a driver error."""
    message = str(getattr(err, "orig", err)).strip().splitlines()[0]
    lowered = message.lower()
    if "file is not a database" in lowered or "malformed" in lowered:
        return "not a readable SQLite database (corrupt, or another kind of file)"
    if "database is locked" in lowered:
        return f"database is locked by another process (waited {SQLITE_BUSY_TIMEOUT_S:.0f} s)"
    if isinstance(err, OperationalError) and ("connect" in lowered or "connection" in lowered):
        return f"cannot connect ({message})"
    return message


def describe_url(url: str) -> str:
    """The URL with its password replaced by ***, even when mistyped: everything between the scheme and the
    last '@' is credentials (a password may itself hold '@' or ':', and a mistyped URL does not parse)."""
    scheme, separator, rest = url.partition("://") if "://" in url else ("", "", url)
    if "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0] if ":" in credentials else ""
    return f"{scheme}{separator}{user}{':' if user else ''}***@{host}"


def _scrub(message: str, url: str) -> str:
    """A driver's message may quote the host part it could not resolve, which for a mistyped URL can hold
    a piece of the password: every piece of the credentials is cut out."""
    rest = url.partition("://")[2] or url
    credentials = rest.rpartition("@")[0]
    password = credentials.split(":", 1)[1] if ":" in credentials else credentials
    pieces = {password, *password.replace(":", "@").split("@")}
    for piece in sorted(pieces, key=len, reverse=True):
        if len(piece) >= 3:
            message = message.replace(piece, "***")
    return message


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
