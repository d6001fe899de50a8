"""Check tests/gold/blind.jsonl against tests/blind: every evidence sentence (and every actor,
recipient and location text) occurs verbatim in its article, every doc_id has an article, and
every article has a row in metadata.csv.  Standard library only:  python3 tests/blind/check_evidence.py"""
import csv
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE.parent / "gold" / "blind.jsonl"
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

texts = {p.stem: p.read_text(encoding="utf-8") for p in (HERE / "articles").glob("*.txt")}
meta = {row["file"] for row in csv.DictReader(open(HERE / "metadata.csv", encoding="utf-8"))}
errors = [f"no metadata row for {d}.txt" for d in texts if f"{d}.txt" not in meta]
n = 0
for i, line in enumerate(open(GOLD, encoding="utf-8"), 1):
    r = json.loads(line)
    n += 1
    text = texts.get(r["doc_id"])
    if text is None:
        errors.append(f"line {i}: no article {r['doc_id']}.txt")
        continue
    if r["event_type"] not in TYPES:
        errors.append(f"line {i}: bad event_type {r['event_type']}")
    if r["evidence"] not in text:
        errors.append(f"line {i}: evidence not verbatim in {r['doc_id']}: {r['evidence'][:60]!r}")
    for k in ("actor", "recipient", "location"):
        if r[k] and r[k]["text"] not in text:
            errors.append(f"line {i}: {k} text not in article: {r[k]['text']!r}")
print(f"{n} events, {len(texts)} articles, {len(errors)} problems")
print("\n".join(errors))
sys.exit(1 if errors else 0)
