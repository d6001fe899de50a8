"""Actor recognition and resolution: gazetteer lookups, titles, and within-document coreference."""
from .gazetteer import ActorEntry, Gazetteer, load_gazetteer
from .resolve import resolve_actors

__all__ = ["ActorEntry", "Gazetteer", "load_gazetteer", "resolve_actors"]
