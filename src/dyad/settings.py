"""All tunable defaults in one commented object."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from .errors import ConfigError


@dataclass(frozen=True)
class Settings:
    # DuckDB file the CLI writes to when --db is not given.
    db_path: str = "dyad.duckdb"
    # Extra actor gazetteer files (CSV in organizations.csv's columns) added to the bundled registry.
    actor_files: tuple[str, ...] = ()
    # Publication date (YYYY-MM-DD) for documents whose metadata, dateline and file name give none.
    published: str | None = None
    # Events below this confidence are not stored.
    min_confidence: float = 0.0
    # Languages dyad codes; other documents are stored but not coded.
    languages: tuple[str, ...] = ("en",)
    # Words per spaCy batch when processing many documents.
    batch_size: int = 16
    # Use the trained event-type classifier (data/models/event_type, built by `dyad train`) beside the rules.
    use_classifier: bool = True
    # Where the classifier lives; None means the bundled one.
    classifier_path: str | None = None
    # A sentence no trigger covers becomes an event only when the classifier is at least this sure. The
    # calibrated model is right about 97% of the time above 0.9; lower thresholds cost article precision
    # more than they add recall (docs/evaluation.md).
    model_threshold: float = 0.9
    # Largest file ingest will read, in bytes (bigger files are reported as failures).
    max_file_bytes: int = 20_000_000


def load_settings(path: str | Path | None = None, **overrides) -> Settings:
    """Settings from a TOML file (keys as the field names) with keyword overrides on top."""
    base = Settings()
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from exc
        known = {f.name for f in fields(Settings)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown settings in {path}: {', '.join(sorted(unknown))}")
        base = replace(base, **{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})
    overrides = {k: v for k, v in overrides.items() if v is not None}
    return replace(base, **overrides)
