"""bench/run.py's check that rebuilt real texts are the ones annotated (tests/real gold keeps only hashes)."""
import hashlib
import importlib.util
from pathlib import Path

spec = importlib.util.spec_from_file_location("bench_run", Path(__file__).resolve().parents[1] / "bench" / "run.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def sha1(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def test_evidence_hashes_are_found_only_in_the_annotated_text(tmp_path):
    (tmp_path / "d1.txt").write_text('Headline here\n\nTurkey shelled the town. "Iran  rejected the claim."\n',
                                     encoding="utf-8")
    gold = [{"doc_id": "d1", "evidence_sha1": sha1("Turkey shelled the town.")},
            {"doc_id": "d1", "evidence_sha1": sha1("Iran rejected the claim.")},  # inside quote marks
            {"doc_id": "d1", "evidence_sha1": sha1("Iraq closed the border.")}]  # not in this text
    assert bench.evidence_found(gold, tmp_path) == 2
