"""The DuckDB store: the only package that writes."""
from .duckdb import EventFilter, Store, open_store

__all__ = ["EventFilter", "Store", "open_store"]
