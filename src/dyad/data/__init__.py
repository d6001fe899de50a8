"""Bundled data files (lexicons, gazetteers) and their loaders; everything here is read-only."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    return Path(str(resources.files(__package__).joinpath(name)))


def read_csv(name_or_path: str | Path) -> list[dict[str, str]]:
    path = Path(name_or_path) if Path(name_or_path).is_absolute() or Path(name_or_path).exists() else data_path(str(name_or_path))
    with open(path, encoding="utf-8", newline="") as fh:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(stop, drop): a line matching `stop` ends the article, a line matching `drop` is removed."""
    stop, drop = [], []
    for line in data_path("boilerplate.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, pattern = line.partition(" ")
        (stop if kind == "stop" else drop).append(pattern.strip())
    return (re.compile("|".join(f"(?:{p})" for p in stop), re.I),
            re.compile("|".join(f"(?:{p})" for p in drop), re.I))


@lru_cache(maxsize=1)
def negative_terms() -> frozenset[str]:
    """Evaluative words that turn a characterisation into an accusation (data/negative_terms.txt)."""
    lines = data_path("negative_terms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))
