"""Entity look-ups and the text of a parsed document, computed once per document.

spaCy builds a new list of Span objects on every `doc.ents` (and `sent.ents`) access, and joins all
tokens on every `doc.text`; the resolver and the coder ask thousands of times per article, so they
share one index instead.
Duck-typed on spaCy's Doc/Token/Span (only nlp.py imports spaCy).
"""
from __future__ import annotations

_KEY = "dyad_entity_index"


def _index(doc) -> tuple[list, dict]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        spans = list(doc.ents)
        at = {i: e for e in spans for i in range(e.start, e.end)}
        cached = doc.user_data[_KEY] = (spans, at)
    return cached


def text(doc) -> str:
    """The document's text (spaCy joins every token anew on each `doc.text`)."""
    cached = doc.user_data.get("dyad_text")
    if cached is None:
        cached = doc.user_data["dyad_text"] = doc.text
    return cached


def ents(doc) -> list:
    """The document's entity spans, in order."""
    return _index(doc)[0]


def ents_of(part) -> list:
    """The entity spans that start inside a sentence or other span (or all of a whole document)."""
    if not hasattr(part, "start"):  # a Doc
        return ents(part)
    return [e for e in ents(part.doc) if part.start <= e.start < part.end]


def ent_at(tok):
    """The entity span a token is part of, or None."""
    return _index(tok.doc)[1].get(tok.i)
