"""A sentence classifier for PLOVER event types (16 types + NONE), trained by `dyad train` on the
project's own example sentences (data/train/*.jsonl), never on the evaluation sets.

It is a spaCy text classifier (bag-of-words n-grams, CPU; built in nlp.py) used beside the rules: it confirms
or doubts what a trigger fired and names the type of sentences no trigger covers.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from ..data import data_path
from ..errors import ConfigError
from ..model import PloverType

LABELS = [t.value for t in PloverType] + ["NONE"]
DEFAULT_MODEL_DIR = data_path("models/event_type")


@dataclass(frozen=True)
class TrainReport:
    n_train: int
    n_dev: int
    dev_accuracy: float
    dev_event_accuracy: float  # accuracy on dev sentences that hold an event
    path: str


def load_examples(paths: list[Path]) -> list[tuple[str, str]]:
    """(text, label) pairs from JSON lines with `text` and `event_type` (null = NONE)."""
    out = []
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
                out.append((row["text"], label))
    return out


def default_training_files() -> list[Path]:
    return sorted(data_path("train").glob("*.jsonl"))


def train(paths: list[Path] | None = None, out_dir: Path | None = None, epochs: int = 12, seed: int = 13,
          dev_fraction: float = 0.15, on_epoch=None) -> TrainReport:
    """Train the classifier, report accuracy on a held-out split of the same data, save it."""
    from ..nlp import train_textcat

    examples = load_examples(paths or default_training_files())
    if len(examples) < 50:
        raise ConfigError(f"only {len(examples)} training sentences: write more in data/train/*.jsonl")
    rng = random.Random(seed)
    rng.shuffle(examples)
    n_dev = max(1, int(len(examples) * dev_fraction))
    dev, train_set = examples[:n_dev], examples[n_dev:]
    nlp = train_textcat(train_set, LABELS, epochs=epochs, seed=seed, on_epoch=on_epoch)
    preds = [max(d.cats, key=d.cats.get) for d in nlp.pipe(t for t, _ in dev)]
    acc = sum(p == y for p, (_, y) in zip(preds, dev)) / len(dev)
    ev = [(p, y) for p, (_, y) in zip(preds, dev) if y != "NONE"]
    ev_acc = sum(p == y for p, y in ev) / len(ev) if ev else 0.0
    target = Path(out_dir) if out_dir else DEFAULT_MODEL_DIR
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return TrainReport(len(train_set), len(dev), acc, ev_acc, str(target))


class TypeClassifier:
    """Loaded once per process; `scores(text)` gives P(label) for the 16 types and NONE."""

    def __init__(self, path: Path | None = None):
        from ..nlp import load_pipeline

        path = Path(path) if path else DEFAULT_MODEL_DIR
        if not (path / "meta.json").exists():
            raise ConfigError(f"no event-type classifier at {path}: run `dyad train`")
        self.nlp = load_pipeline(path)

    def scores(self, text: str) -> dict[str, float]:
        return dict(self.nlp(text).cats)

    def scores_many(self, texts: list[str]) -> list[dict[str, float]]:
        return [dict(d.cats) for d in self.nlp.pipe(texts, batch_size=64)]
