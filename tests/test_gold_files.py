"""The gold written for this project's own article sets is consistent with its articles: every evidence
sentence and every actor, recipient and location text occurs verbatim in its article, every doc_id has an
article, every article a metadata row, and every event type is one of PLOVER's 16 (ANNOTATION.md)."""
import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SETS = {"demo": ROOT / "demo", "fresh": ROOT / "tests" / "fresh", "blind": ROOT / "tests" / "blind",
        "blind2": ROOT / "tests" / "blind2", "fresh2": ROOT / "tests" / "fresh2"}


def problems(folder: Path, gold: Path) -> list[str]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (folder / "articles").glob("*.txt")}
    with open(folder / "metadata.csv", encoding="utf-8") as fh:
        meta = {row["file"] for row in csv.DictReader(fh)}
    errors = [f"no metadata row for {d}.txt" for d in texts if f"{d}.txt" not in meta]
    for i, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        text = texts.get(r["doc_id"])
        if text is None:
            errors.append(f"line {i}: no article {r['doc_id']}.txt")
            continue
        if r["event_type"] not in TYPES:
            errors.append(f"line {i}: bad event_type {r['event_type']}")
        if r["evidence"] not in text:
            errors.append(f"line {i}: evidence not verbatim in {r['doc_id']}: {r['evidence'][:60]!r}")
        for k in ("actor", "recipient", "location"):
            if r.get(k) and r[k]["text"] not in text:
                errors.append(f"line {i}: {k} text not in {r['doc_id']}: {r[k]['text']!r}")
    return errors


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_is_verbatim_in_its_articles(name):
    assert problems(SETS[name], ROOT / "tests" / "gold" / f"{name}.jsonl") == []


def test_the_check_finds_a_sentence_that_is_not_in_the_article(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Head\n\nIran met Iraq.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,published\na.txt,2024-01-01\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "a", "event_type": "MEET", "actor": {"text": "Iran"},
                                "recipient": {"text": "Syria"}, "location": None,
                                "evidence": "Iran met Syria."}) + "\n", encoding="utf-8")
    found = problems(tmp_path, gold)
    assert len(found) == 3 and "bad event_type" in found[0]
