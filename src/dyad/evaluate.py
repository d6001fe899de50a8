"""score(pred, gold) -> Scores: precision, recall and F1 at three levels (../shared/ANNOTATION.md).

L1 same event type; L2 + actor and recipient country (directed, None matches None); L3 + actor sector
(COP, JUD, LEG, SPY fold into GOV). Matching is one-to-one within a document, greedy on exact keys.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

FOLD = {"COP": "GOV", "JUD": "GOV", "LEG": "GOV", "SPY": "GOV"}
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def _code(v) -> str | None:
    v = str(v).strip().upper() if v is not None else ""
    return v or None


def side(e: dict, name: str, fld: str) -> str | None:
    s = e.get(name)
    v = _code(s.get(fld)) if isinstance(s, dict) else _code(e.get(f"{name}_{fld}"))
    return FOLD.get(v, v) if fld == "sector" else v


def key(e: dict, level: int) -> tuple:
    k = (_code(e.get("event_type")),)
    if level >= 2:
        k += (side(e, "actor", "country"), side(e, "recipient", "country"))
    if level >= 3:
        k += (side(e, "actor", "sector"),)
    return k


@dataclass
class LevelScore:
    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    levels: dict[int, LevelScore] = field(default_factory=dict)
    by_type: dict[int, dict[str, LevelScore]] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type or None) per sentence
    misses: list[dict] = field(default_factory=list)  # gold events unmatched at L2
    false_positives: list[dict] = field(default_factory=list)  # predictions unmatched at L2


def match(gold: list[dict], pred: list[dict], level: int) -> tuple[set[int], set[int]]:
    free = defaultdict(list)
    for j, p in enumerate(pred):
        free[key(p, level)].append(j)
    gm, pm = set(), set()
    for i, g in enumerate(gold):
        cands = free.get(key(g, level))
        if cands:
            pm.add(cands.pop(0))
            gm.add(i)
    return gm, pm


def _norm(s: str) -> str:
    return " ".join(str(s).split())


def evidence_text(e: dict) -> str:
    ev = e.get("evidence")
    if isinstance(ev, dict):
        ev = ev.get("sentence")
    return _norm(ev or "")


def score(gold: list[dict], pred: list[dict]) -> Scores:
    """Scores of predictions against gold; only documents with gold events count."""
    docs = defaultdict(lambda: ([], []))
    for g in gold:
        docs[g["doc_id"]][0].append(g)
    for p in pred:
        if p.get("doc_id") in docs:
            docs[p["doc_id"]][1].append(p)
    s = Scores()
    for level in (1, 2, 3):
        total, types = LevelScore(), defaultdict(LevelScore)
        for gs, ps in docs.values():
            gm, pm = match(gs, ps, level)
            total.tp += len(gm)
            total.n_gold += len(gs)
            total.n_pred += len(ps)
            for i, g in enumerate(gs):
                t = types[_code(g.get("event_type"))]
                t.n_gold += 1
                t.tp += i in gm
            for j, p in enumerate(ps):
                types[_code(p.get("event_type"))].n_pred += 1
            if level == 2:
                s.misses += [g for i, g in enumerate(gs) if i not in gm]
                s.false_positives += [p for j, p in enumerate(ps) if j not in pm]
        s.levels[level], s.by_type[level] = total, dict(types)
    # confusion over sentences: each gold event against a prediction from the same sentence
    for gs, ps in docs.values():
        used = set()
        for g in gs:
            ge = evidence_text(g)
            cands = [j for j, p in enumerate(ps) if j not in used and evidence_text(p)
                     and (evidence_text(p) in ge or ge in evidence_text(p))]
            same = [j for j in cands if _code(ps[j].get("event_type")) == _code(g.get("event_type"))]
            j = (same or cands or [None])[0]
            if j is not None:
                used.add(j)
            s.confusion[(_code(g.get("event_type")), _code(ps[j].get("event_type")) if j is not None else None)] += 1
    return s


def load_events(path: str | Path) -> list[dict[str, Any]]:
    """Event records from a JSONL file; every line must be an object with doc_id and event_type."""
    rows = []
    for n, row in _numbered_lines(path):
        if not isinstance(row, dict) or not row.get("doc_id") or not isinstance(row.get("event_type"), str):
            raise InputError(f"{path}:{n}: not an event record (an object with doc_id and event_type)")
        for side_name in ("actor", "recipient"):
            if row.get(side_name) is not None and not isinstance(row[side_name], dict):
                raise InputError(f"{path}:{n}: {side_name} must be an object or null")
        rows.append(row)
    return rows


def _numbered_lines(path: str | Path):
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield n, json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{n}: not a JSON line ({exc.msg})") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text") from exc


def load_jsonl(path: str | Path) -> list[Any]:
    return [row for _, row in _numbered_lines(path)]


def align_doc_ids(gold: list[dict], pred: list[dict]) -> None:
    """Give predictions whose doc_id is a path the gold document's stem (gold uses file stems)."""
    docs = {g["doc_id"] for g in gold}
    for p in pred:
        if p.get("doc_id") not in docs:
            stem = Path(str(p.get("doc_id") or "")).name
            if stem in docs:
                p["doc_id"] = stem


# -- attribute scores (issue #4): actor resolution and quote speakers ------------------------------------

def _fold(sector) -> str | None:
    v = _code(sector)
    return FOLD.get(v, v)


def _squash(s: str) -> str:
    return " ".join(str(s).replace("’", "'").replace("“", '"').replace("”", '"').lower().split())


@dataclass
class AttributeScore:
    gold: int = 0
    found: int = 0  # gold items dyad has a counterpart for
    correct: int = 0

    @property
    def accuracy(self) -> float:
        """Correct over all gold items (a missed item counts as wrong)."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def accuracy_found(self) -> float:
        return self.correct / self.found if self.found else 0.0


def score_mentions(gold: list[dict], found: dict[str, list[dict]]) -> AttributeScore:
    """Actor resolution: each gold mention (doc_id, text, country, sector) against dyad's mentions and event
    sides of that document ({doc_id: [{text, country, sector}]}), matched one-to-one by text; correct when
    country and (folded) sector agree."""
    s = AttributeScore()
    pools = {d: list(v) for d, v in found.items()}
    for g in gold:
        s.gold += 1
        pool = pools.get(g["doc_id"], [])
        gt = _squash(g["text"])
        hit = next((c for c in pool if _squash(c.get("text") or "") == gt), None) or \
            next((c for c in pool if c.get("text") and (_squash(c["text"]) in gt or gt in _squash(c["text"]))), None)
        if hit is None:
            continue
        pool.remove(hit)
        s.found += 1
        s.correct += _code(hit.get("country")) == _code(g.get("country")) and _fold(hit.get("sector")) == _fold(g.get("sector"))
    return s


def score_quotes(gold: list[dict], found: dict[str, list[dict]]) -> AttributeScore:
    """Quote speakers: each gold quote (doc_id, quote prefix, speaker_name, speaker_country) against dyad's
    quotes of that document ({doc_id: [{text, speaker}]}); correct when the speaker's country agrees and,
    for a named speaker, dyad's speaker names the same person (surname)."""
    s = AttributeScore()
    for g in gold:
        s.gold += 1
        prefix = _squash(g["quote"]).strip('"\'')[:40]
        hit = next((q for q in found.get(g["doc_id"], []) if _squash(q.get("text") or "").strip('"\' ').startswith(prefix[:30])), None)
        if hit is None:
            continue
        s.found += 1
        sp = hit.get("speaker") or {}
        if _code(sp.get("country")) != _code(g.get("speaker_country")):
            continue
        name = (g.get("speaker_name") or "").split()
        said = _squash(f"{sp.get('name') or ''} {sp.get('text') or ''}")
        s.correct += not name or name[-1].lower() in said or not g.get("speaker_country") and not sp
    return s
