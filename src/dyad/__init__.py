"""dyad: news articles in, sourced PLOVER political events out."""
from .errors import ConfigError, DyadError, InputError, StoreError
from .settings import Settings, load_settings

__version__ = "0.1.0"


def open_store(path, read_only: bool = False):
    """The DuckDB store at `path` (created and migrated if new)."""
    from .store import open_store as _open

    return _open(path, read_only=read_only)


def ingest_paths(sources, db: str = "dyad.duckdb", settings: Settings | None = None, on_progress=None):
    """Ingest files, folders, URLs or feeds into the store at `db`; returns the RunReport."""
    from .pipeline import load_context
    from .runner import run

    settings = settings or Settings(db_path=db)
    with open_store(db) as store:
        return run(list(sources), load_context(settings), store, on_progress=on_progress)


def process(text: str, *, doc_id: str = "doc", title: str | None = None, published: str | None = None,
            context=None):
    """Code one article's text; returns its DocumentResult (no store involved)."""
    from .model import RawArticle
    from .pipeline import load_context, process_document

    ctx = context or load_context(Settings())
    return process_document(RawArticle(text=text, source_id=doc_id, title=title, published=published), ctx)


__all__ = ["ConfigError", "DyadError", "InputError", "Settings", "StoreError", "__version__", "ingest_paths",
           "load_settings", "open_store", "process"]
