"""The accuracy gate: the pipeline's F1 on our gold must not drop below the pinned floors."""
from __future__ import annotations

import json

import pytest

from .conftest import CORPORA, ROOT, SHARED

pytestmark = pytest.mark.model
FLOORS = json.loads((ROOT / "tests" / "accuracy_floors.json").read_text(encoding="utf-8"))
SETS = {k: v for k, v in FLOORS.items() if not k.startswith("_")}


@pytest.fixture(scope="module")
def predictions(ctx):
    from dyad.runner import load_metadata, run
    from dyad.store import Store

    out = {}
    for corpus, metadata in {(v["corpus"], v.get("metadata")) for v in SETS.values()}:
        path = ROOT / corpus if "/" in corpus else CORPORA / corpus  # a repo path, or a shared corpus
        if not path.exists():
            continue
        meta = load_metadata(ROOT / metadata) if metadata else None
        with Store(":memory:") as store:
            run([str(path)], ctx, store, metadata=meta)
            out[corpus] = store.events()
    return out


@pytest.mark.parametrize("name", sorted(SETS))
def test_f1_is_not_below_its_floor(name, predictions):
    from dyad.evaluate import align_doc_ids, load_jsonl, score

    spec = SETS[name]
    gold_file = ROOT / spec["gold"].replace("SHARED", str(SHARED))  # an absolute SHARED path replaces ROOT
    if spec["corpus"] not in predictions or not gold_file.exists():
        pytest.skip(f"{spec['corpus']} or its gold is not present (CI has ../shared beside the checkout)")
    gold = load_jsonl(gold_file)
    pred = [dict(p) for p in predictions[spec["corpus"]]]
    align_doc_ids(gold, pred)
    s = score(gold, pred)
    for level in ("L1", "L2"):
        got = s.levels[int(level[1])].f1
        assert got >= spec[level], f"{name} {level} F1 {got:.3f} fell below its floor {spec[level]:.2f}"
