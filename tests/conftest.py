"""Shared fixtures: settings, an in-memory store, the model-backed context (loaded once per session)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DYAD_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"


@pytest.fixture
def store():
    from dyad.store import Store

    s = Store(":memory:")
    yield s
    s.close()


@pytest.fixture(scope="session")
def gazetteer():
    from dyad.actors import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def ctx(gazetteer):
    """The real pipeline (spaCy model + registry): what users get."""
    from dyad.pipeline import Context, load_context
    from dyad.settings import Settings

    return load_context(Settings())


@pytest.fixture(scope="session")
def blank_nlp(gazetteer):
    from dyad.nlp import blank_nlp as make

    return make(gazetteer)


def needs_corpus(*parts: str):
    path = CORPORA.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (CI has ../shared beside the checkout)")
