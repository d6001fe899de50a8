"""The event-type classifier: its training data, the held-out split, and the shipped model."""
import json
from pathlib import Path

import pytest

from dyad.errors import ConfigError
from dyad.events.classify import (DEFAULT_MODEL_DIR, LABELS, default_training_files, held_out, load_examples,
                                  reliability, split)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora"


def test_training_files_are_valid_and_cover_every_label():
    examples = load_examples(default_training_files())
    labels = {y for _, y in examples}
    assert labels == set(LABELS)
    for lab in LABELS:
        assert sum(1 for _, y in examples if y == lab) >= 100, lab


def test_training_rows_have_the_documented_fields():
    for path in default_training_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            assert set(row) == {"text", "event_type", "actor_country", "recipient_country", "kind"}, (path, n)
            assert (row["event_type"] is None) == row["kind"].startswith("negative"), (path, n)


def test_held_out_split_is_deterministic_and_about_fifteen_percent():
    examples = load_examples(default_training_files())
    train, dev = split(examples)
    assert len(train) + len(dev) == len(examples)
    assert 0.11 < len(dev) / len(examples) < 0.19
    assert split(examples) == (train, dev)
    assert held_out("Iran and Iraq signed a deal.") == held_out("Iran and Iraq  signed a deal.")  # spacing
    assert not {t for t, _ in train} & {t for t, _ in dev}


def test_a_sentence_with_two_labels_is_an_error(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": "A met B.", "event_type": "CONSULT"}) + "\n"
                 + json.dumps({"text": "A met B.", "event_type": "AGREE"}) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="labelled AGREE here and CONSULT"):
        load_examples([p])


def test_duplicates_with_one_label_are_kept_once(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text((json.dumps({"text": "A met B.", "event_type": "CONSULT"}) + "\n") * 2
                 + json.dumps({"text": "Nice weather.", "event_type": None}) + "\n", encoding="utf-8")
    assert load_examples([p]) == [("A met B.", "CONSULT"), ("Nice weather.", "NONE")]


def test_reliability_bins():
    rows = reliability([0.2, 0.95, 0.92, 0.6], [False, True, False, True])
    assert [r[2] for r in rows] == [1, 0, 1, 0, 2]
    assert rows[-1][4] == 0.5 and abs(rows[-1][3] - 0.935) < 1e-9


def _sentences(path: Path, keys=("text",)) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.update(" ".join(str(row[k]).split()).lower() for k in keys if row.get(k))
    return out


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/corpora not present")
def test_no_test_set_sentence_is_trained_on():
    test_sets = [SHARED / "plover-gsr-cameo" / "PLOVER_GSR_CAMEO.normalized.jsonl",
                 SHARED / "petrarch2-validation" / "universalpetrarch" / "PETR2_GSR_validation.gold.jsonl"]
    banned = set()
    for p in test_sets:
        if p.exists():
            banned |= _sentences(p)
    ours = {" ".join(t.split()).lower() for t, _ in load_examples(default_training_files())}
    assert not ours & banned


@pytest.mark.model
def test_shipped_model_is_current_small_and_reads_clear_sentences():
    from dyad.events.classify import TypeClassifier

    assert (DEFAULT_MODEL_DIR / "training.json").exists()
    info = json.loads((DEFAULT_MODEL_DIR / "training.json").read_text(encoding="utf-8"))
    assert info["n_train"] + info["n_calibration"] + info["n_dev"] == len(load_examples(default_training_files()))
    assert info["accuracy"] >= 0.8 and info["temperature"] >= 1.0
    size = sum(f.stat().st_size for f in DEFAULT_MODEL_DIR.rglob("*") if f.is_file())
    assert size < 8_000_000
    clf = TypeClassifier()
    cases = {
        "The foreign ministers of Chile and Peru held talks in Lima on Tuesday.": "CONSULT",
        "Rebels fired rockets at an army base, killing six soldiers.": "ASSAULT",
        "The European Union imposed new sanctions on Iranian drone makers.": "SANCTION",
        "Thousands of protesters marched through the capital demanding the minister's resignation.": "PROTEST",
        "The weather in the capital was mild on Sunday.": "NONE",
    }
    for text, want in cases.items():
        scores = clf.scores(text)
        assert abs(sum(scores.values()) - 1.0) < 1e-3
        assert max(scores, key=scores.get) == want, (text, sorted(scores.items(), key=lambda kv: -kv[1])[:3])


def test_dev_fraction_sets_the_held_out_share_and_the_calibration_slice_follows_it():
    from dyad.events.classify import DEV_FRACTION, calibration

    examples = load_examples(default_training_files())
    assert split(examples) == split(examples, DEV_FRACTION) == split(examples, 0.15)
    _, dev15 = split(examples, 0.15)
    pool30, dev30 = split(examples, 0.3)
    assert 0.26 < len(dev30) / len(examples) < 0.34
    assert set(dev15) < set(dev30)  # a larger fraction only adds sentences to the held-out split
    assert split(examples, 0.3) == (pool30, dev30)
    calib30 = [e for e in pool30 if calibration(e[0], 0.3)]
    assert 0.07 < len(calib30) / len(examples) < 0.13
    assert not {t for t, _ in calib30} & {t for t, _ in dev30}
    assert not any(calibration(t, 0.3) for t, _ in dev30)


@pytest.mark.parametrize("bad", [0, 0.0004, -0.1, 0.85, 1, "half"])
def test_a_dev_fraction_that_leaves_no_split_is_an_error(bad):
    from dyad.events.classify import train

    with pytest.raises(ConfigError, match="dev_fraction"):
        held_out("A met B.", bad)
    with pytest.raises(ConfigError, match="dev_fraction"):
        train(dev_fraction=bad, out_dir=Path("/nonexistent/never-written"))


def small_training_file(path: Path, per_label: int = 24) -> Path:
    """The first sentences of each label from the bundled training files, as one JSONL file."""
    count: dict[str, int] = {}
    with open(path, "w", encoding="utf-8") as fh:
        for text, label in load_examples(default_training_files()):
            if count.get(label, 0) < per_label:
                count[label] = count.get(label, 0) + 1
                fh.write(json.dumps({"text": text, "event_type": None if label == "NONE" else label}) + "\n")
    return path


def test_train_honours_dev_fraction_and_writes_the_figures_beside_the_model(tmp_path):
    from dyad.events.classify import train

    data = small_training_file(tmp_path / "small.jsonl")
    examples = load_examples([data])
    report = train([data], tmp_path / "model", epochs=1, dev_fraction=0.3, architecture="bow")
    info = json.loads((tmp_path / "model" / "training.json").read_text(encoding="utf-8"))
    pool, dev = split(examples, 0.3)
    assert info["dev_fraction"] == report.dev_fraction == 0.3
    assert info["n_dev"] == report.n_dev == len(dev)
    assert info["n_train"] + info["n_calibration"] + info["n_dev"] == len(examples)
    assert info["n_train"] == report.n_train and info["n_calibration"] == report.n_calibration
    assert [list(r) for r in report.reliability] == info["reliability"]
    assert sum(r[2] for r in info["reliability"]) == len(dev)
    assert info["temperature"] == report.temperature
    assert report.path == str(tmp_path / "model")
