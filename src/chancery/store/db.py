"""Opening a store: the engine (SQLite in WAL mode by default, PostgreSQL by URL), migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_DB = "chancery.db"


class StoreError(Exception):
    """A store that cannot be opened: not Chancery's, or newer than this version."""


def database_url(db: str | Path) -> str:
    text = str(db)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser()}"


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (the web app) never block the writer (ingest); NORMAL is durable enough in WAL.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(db: str | Path) -> Engine:
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def _check_is_chancery(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    if not tables:
        return
    if "alembic_version" not in tables or "documents" not in tables:
        raise StoreError("this database is not a Chancery store (it has other tables)")
    known = {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
    if current - known:
        raise StoreError(f"this store was written by a newer Chancery (revision {', '.join(current)})")


def open_store(db: str | Path = DEFAULT_DB, *, create: bool = True) -> sessionmaker[Session]:
    """Open (and create or migrate) a store; returns a session factory."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists() and not create:
            raise StoreError(f"no store at {path}: run `chancery ingest` first")
        if path.exists() and path.is_dir():
            raise StoreError(f"{path} is a folder, not a store")
        if path.exists() and path.stat().st_size > 0:
            with open(path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise StoreError(f"{path} is not a SQLite database")
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db)
    _check_is_chancery(engine)
    with engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return sessionmaker(engine, expire_on_commit=False)
