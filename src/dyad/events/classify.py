"""A sentence classifier for PLOVER event types (16 types + NONE), trained by `dyad train` on the
project's own example sentences (data/train/*.jsonl), never on the evaluation sets.

It is a spaCy text classifier (bag of words plus a small CNN, CPU; built in nlp.py) used beside the rules: it
confirms or doubts what a trigger fired and names the type of sentences no trigger covers. Its probabilities
are tempered by a temperature fitted on a calibration slice of the training sentences (training.json).
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..data import data_path
from ..errors import ConfigError
from ..model import PloverType

LABELS = [t.value for t in PloverType] + ["NONE"]
DEFAULT_MODEL_DIR = data_path("models/event_type")


DEV_FRACTION = 0.15  # the default held-out share, chosen by a hash of each sentence's text
CALIBRATION_PER_MILLE = 100  # the next 10%: not trained on, used only to fit the probability temperature


@dataclass(frozen=True)
class TrainReport:
    n_train: int
    n_dev: int
    dev_accuracy: float
    dev_event_accuracy: float  # accuracy on dev sentences that hold an event
    path: str
    dev_none_recall: float = 0.0  # held-out NONE sentences predicted NONE
    per_label: dict = field(default_factory=dict)  # label -> (n, correct) on the held-out split
    reliability: list = field(default_factory=list)  # (low, high, n, mean top probability, accuracy), tempered
    temperature: float = 1.0
    n_calibration: int = 0
    dev_fraction: float = DEV_FRACTION


def _bucket(text: str) -> int:
    return int(hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest(), 16) % 1000


def _per_mille(dev_fraction: float) -> int:
    """The held-out share in buckets of 1/1000; it must leave the calibration slice and some training."""
    try:
        pm = round(float(dev_fraction) * 1000)
    except (TypeError, ValueError):
        raise ConfigError(f"dev_fraction must be a number, not {dev_fraction!r}") from None
    if not 0 < pm <= 1000 - CALIBRATION_PER_MILLE - 100:
        raise ConfigError(f"dev_fraction {dev_fraction} is outside 0.001-0.8 (the next 10% calibrate, the rest "
                          "trains)")
    return pm


def held_out(text: str, dev_fraction: float = DEV_FRACTION) -> bool:
    """Whether a sentence belongs to the held-out split (`dev_fraction` of the sentences, in steps of 0.001):
    a hash of its text, so the split is the same on every machine and run, and adding sentences never moves
    an existing one between the splits (a larger fraction only adds sentences to the held-out split)."""
    return _bucket(text) < _per_mille(dev_fraction)


def calibration(text: str, dev_fraction: float = DEV_FRACTION) -> bool:
    """Whether a sentence is in the calibration slice, the 10% after the held-out split (not trained on;
    fits the temperature)."""
    pm = _per_mille(dev_fraction)
    return pm <= _bucket(text) < pm + CALIBRATION_PER_MILLE


def split(examples: list[tuple[str, str]], dev_fraction: float = DEV_FRACTION
          ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(training pool, held-out), each in file order; the pool includes the calibration slice."""
    train_set = [e for e in examples if not held_out(e[0], dev_fraction)]
    dev = [e for e in examples if held_out(e[0], dev_fraction)]
    return train_set, dev


def temper(cats: dict[str, float], temperature: float) -> dict[str, float]:
    """Softmax probabilities with their logits divided by `temperature` (>1 softens an overconfident model)."""
    if temperature == 1.0:
        return dict(cats)
    w = {k: math.exp(math.log(max(v, 1e-12)) / temperature) for k, v in cats.items()}
    z = sum(w.values())
    return {k: v / z for k, v in w.items()}


def fit_temperature(cats: list[dict[str, float]], gold: list[str]) -> float:
    """The temperature (grid 1–30) that minimises the negative log-likelihood of the gold labels."""
    best, best_nll = 1.0, float("inf")
    for i in range(0, 101):
        t = 30 ** (i / 100)
        nll = -sum(math.log(max(temper(c, t)[y], 1e-12)) for c, y in zip(cats, gold))
        if nll < best_nll:
            best, best_nll = t, nll
    return round(best, 3)


def load_examples(paths: list[Path]) -> list[tuple[str, str]]:
    """(text, label) pairs from JSON lines with `text` and `event_type` (null = NONE). A sentence that
    appears twice is kept once (the first label); twice with different labels is an error."""
    out = []
    seen: dict[str, tuple[str, str]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ConfigError(f"{path}:{n}: not a JSON line ({exc.msg})") from exc
                label = (row.get("event_type") or "NONE").upper()
                if label not in LABELS:
                    raise ConfigError(f"{path}:{n}: unknown event type {label!r}")
                text = row["text"]
                if text in seen:
                    if seen[text][0] != label:
                        raise ConfigError(f"{path}:{n}: sentence labelled {label} here and {seen[text][0]} "
                                          f"at {seen[text][1]}")
                    continue
                seen[text] = (label, f"{path}:{n}")
                out.append((text, label))
    return out


def default_training_files() -> list[Path]:
    return sorted(data_path("train").glob("*.jsonl"))


def reliability(top_probs: list[float], correct: list[bool], edges=(0.0, 0.3, 0.5, 0.7, 0.9, 1.0001)) -> list:
    """Reliability table: for each bin of the top label's probability, (low, high, n, mean p, accuracy)."""
    rows = []
    for lo, hi in zip(edges, edges[1:]):
        idx = [i for i, p in enumerate(top_probs) if lo <= p < hi]
        if idx:
            rows.append((lo, min(hi, 1.0), len(idx), sum(top_probs[i] for i in idx) / len(idx),
                         sum(correct[i] for i in idx) / len(idx)))
        else:
            rows.append((lo, min(hi, 1.0), 0, 0.0, 0.0))
    return rows


def evaluate(nlp, dev: list[tuple[str, str]], temperature: float = 1.0) -> dict:
    """Accuracy figures and the reliability table of a trained pipeline on (text, label) rows."""
    cats = [temper(d.cats, temperature) for d in nlp.pipe(t for t, _ in dev)]
    preds = [max(c, key=c.get) for c in cats]
    ok = [p == y for p, (_, y) in zip(preds, dev)]
    ev = [o for o, (_, y) in zip(ok, dev) if y != "NONE"]
    none = [o for o, (_, y) in zip(ok, dev) if y == "NONE"]
    per_label: dict[str, list[int]] = {}
    for o, (_, y) in zip(ok, dev):
        per_label.setdefault(y, [0, 0])
        per_label[y][0] += 1
        per_label[y][1] += o
    return {"accuracy": sum(ok) / len(dev), "event_accuracy": sum(ev) / len(ev) if ev else 0.0,
            "none_recall": sum(none) / len(none) if none else 0.0,
            "per_label": {k: tuple(v) for k, v in sorted(per_label.items())},
            "reliability": reliability([c[p] for c, p in zip(cats, preds)], ok)}


def train(paths: list[Path] | None = None, out_dir: Path | None = None, epochs: int = 12, seed: int = 13,
          dev_fraction: float = DEV_FRACTION, on_epoch=None, architecture: str = "ensemble") -> TrainReport:
    """Train the classifier on the training split, fit a probability temperature on the calibration slice,
    report accuracy and reliability on the held-out split, save the model with the figures and the
    temperature in training.json beside it. The split is by a hash of each sentence (`held_out`,
    `calibration`): `dev_fraction` held out (default 15%), the next 10% for calibration, the rest trained on."""
    from ..nlp import train_textcat

    _per_mille(dev_fraction)  # a bad fraction fails before the files are read
    examples = load_examples(paths or default_training_files())
    if len(examples) < 50:
        raise ConfigError(f"only {len(examples)} training sentences: write more in data/train/*.jsonl")
    pool, dev = split(examples, dev_fraction)
    calib = [e for e in pool if calibration(e[0], dev_fraction)]
    train_set = [e for e in pool if not calibration(e[0], dev_fraction)]
    if not dev or not calib or not train_set:
        raise ConfigError("no held-out, calibration or training sentences: write more in data/train/*.jsonl")
    nlp = train_textcat(train_set, LABELS, epochs=epochs, seed=seed, on_epoch=on_epoch, architecture=architecture)
    temperature = fit_temperature([d.cats for d in nlp.pipe(t for t, _ in calib)], [y for _, y in calib])
    raw = evaluate(nlp, dev)
    figures = evaluate(nlp, dev, temperature)
    target = Path(out_dir) if out_dir else DEFAULT_MODEL_DIR
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    (target / "training.json").write_text(json.dumps({
        "architecture": architecture, "epochs": epochs, "seed": seed, "dev_fraction": dev_fraction,
        "n_train": len(train_set), "n_calibration": len(calib), "n_dev": len(dev), "temperature": temperature,
        "labels_train": {lab: sum(1 for _, y in train_set if y == lab) for lab in LABELS}, **figures,
        "reliability_untempered": raw["reliability"],
    }, indent=1) + "\n", encoding="utf-8")
    return TrainReport(len(train_set), len(dev), figures["accuracy"], figures["event_accuracy"], str(target),
                       figures["none_recall"], figures["per_label"], figures["reliability"], temperature,
                       len(calib), dev_fraction)


class TypeClassifier:
    """Loaded once per process; `scores(text)` gives P(label) for the 16 types and NONE."""

    def __init__(self, path: Path | None = None):
        from ..nlp import load_pipeline

        path = Path(path) if path else DEFAULT_MODEL_DIR
        if not (path / "meta.json").exists():
            raise ConfigError(f"no event-type classifier at {path}: run `dyad train`")
        self.nlp = load_pipeline(path)
        info = path / "training.json"
        self.temperature = float(json.loads(info.read_text(encoding="utf-8")).get("temperature", 1.0)) \
            if info.exists() else 1.0

    def scores(self, text: str) -> dict[str, float]:
        return temper(self.nlp(text).cats, self.temperature)

    def scores_many(self, texts: list[str]) -> list[dict[str, float]]:
        return [temper(d.cats, self.temperature) for d in self.nlp.pipe(texts, batch_size=64)]
