"""score() at the three levels of ../shared/ANNOTATION.md, on small hand-made gold and predictions, and
agreement with the shared scorer (../shared/tools/score.py)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from dyad.errors import InputError
from dyad.evaluate import FOLD, TYPES, align_doc_ids, key, load_jsonl, score

from .conftest import SHARED

SCORE_PY = SHARED / "tools" / "score.py"


def ev(doc, typ, actor=None, recipient=None, sector=None, evidence="", **kw):
    """A gold/pred event: actor and recipient are country codes (None for a missing side)."""
    e = {"doc_id": doc, "event_type": typ,
         "actor": {"text": "a", "country": actor, "sector": sector} if actor or sector else None,
         "recipient": {"text": "r", "country": recipient} if recipient else None,
         "evidence": evidence}
    e.update(kw)
    return e


def prf(ls):
    return round(ls.precision, 6), round(ls.recall, 6), round(ls.f1, 6)


def test_perfect_predictions_score_one():
    gold = [ev("d1", "CONSULT", "IRN", "IRQ", "GOV"), ev("d1", "AGREE", "IRN", "IRQ", "MIL"),
            ev("d2", "ASSAULT", "RUS", "UKR", "MIL")]
    s = score(gold, [dict(g) for g in gold])
    for level in (1, 2, 3):
        assert (s.levels[level].tp, s.levels[level].n_gold, s.levels[level].n_pred) == (3, 3, 3)
        assert prf(s.levels[level]) == (1.0, 1.0, 1.0)
    assert s.misses == [] and s.false_positives == []


def test_nothing_predicted_scores_zero():
    s = score([ev("d1", "CONSULT", "IRN", "IRQ")], [])
    assert prf(s.levels[1]) == (0.0, 0.0, 0.0)
    assert s.levels[1].n_pred == 0 and len(s.misses) == 1


def test_levels_l1_l2_l3():
    gold = [ev("d", "CONSULT", "IRN", "IRQ", "MIL"), ev("d", "ACCUSE", "IRN", "ISR", "GOV")]
    pred = [ev("d", "CONSULT", "IRN", "IRQ", "GOV"),  # right countries, wrong sector
            ev("d", "ACCUSE", "IRN", "USA", "GOV"),  # right type, wrong recipient
            ev("d", "THREATEN", "IRN", "ISR", "GOV")]  # wrong type
    s = score(gold, pred)
    assert (s.levels[1].tp, s.levels[2].tp, s.levels[3].tp) == (2, 1, 0)
    assert all(s.levels[lv].n_gold == 2 and s.levels[lv].n_pred == 3 for lv in (1, 2, 3))
    assert prf(s.levels[1]) == (round(2 / 3, 6), 1.0, 0.8)
    p, r = 1 / 3, 1 / 2
    assert prf(s.levels[2]) == (round(p, 6), round(r, 6), round(2 * p * r / (p + r), 6))
    assert prf(s.levels[3]) == (0.0, 0.0, 0.0)
    assert [m["event_type"] for m in s.misses] == ["ACCUSE"]
    assert sorted(fp["event_type"] for fp in s.false_positives) == ["ACCUSE", "THREATEN"]


def test_l2_is_directed():
    gold = [ev("d", "CONSULT", "IRN", "IRQ")]
    s = score(gold, [ev("d", "CONSULT", "IRQ", "IRN")])
    assert s.levels[1].tp == 1 and s.levels[2].tp == 0


def test_none_matches_none():
    gold = [ev("d", "PROTEST", "IRQ", None), ev("d", "ASSAULT", None, "SYR"), ev("d", "COERCE", None, None)]
    pred = [ev("d", "PROTEST", "IRQ", None), ev("d", "ASSAULT", None, "SYR"), ev("d", "COERCE")]
    s = score(gold, pred)
    assert s.levels[2].tp == 3


def test_none_does_not_match_a_country():
    s = score([ev("d", "PROTEST", "IRQ", None)], [ev("d", "PROTEST", "IRQ", "USA")])
    assert s.levels[1].tp == 1 and s.levels[2].tp == 0
    s = score([ev("d", "PROTEST", "IRQ", "USA")], [ev("d", "PROTEST", "IRQ", None)])
    assert s.levels[2].tp == 0


def test_empty_strings_flat_keys_and_case_count_the_same():
    gold = [ev("d", "CONSULT", "IRN", None, "GOV")]
    pred = [{"doc_id": "d", "event_type": "consult", "actor_country": "irn", "recipient_country": "",
             "actor_sector": "gov"}]
    s = score(gold, pred)
    assert (s.levels[1].tp, s.levels[2].tp, s.levels[3].tp) == (1, 1, 1)
    assert key(pred[0], 3) == ("CONSULT", "IRN", None, "GOV")


@pytest.mark.parametrize("pred_sector", ["COP", "JUD", "LEG", "SPY", "GOV", "cop"])
def test_government_sectors_fold_into_gov_at_l3(pred_sector):
    gold = [ev("d", "COERCE", "TUR", "TUR", "GOV")]
    s = score(gold, [ev("d", "COERCE", "TUR", "TUR", pred_sector)])
    assert s.levels[3].tp == 1


def test_folding_goes_both_ways_and_not_for_mil():
    assert FOLD == {"COP": "GOV", "JUD": "GOV", "LEG": "GOV", "SPY": "GOV"}
    s = score([ev("d", "COERCE", "TUR", "TUR", "COP")], [ev("d", "COERCE", "TUR", "TUR", "GOV")])
    assert s.levels[3].tp == 1
    s = score([ev("d", "COERCE", "TUR", "TUR", "GOV")], [ev("d", "COERCE", "TUR", "TUR", "MIL")])
    assert (s.levels[2].tp, s.levels[3].tp) == (1, 0)


def test_matching_is_one_to_one():
    gold = [ev("d", "CONSULT", "IRN", "IRQ")] * 2
    s = score(gold, [ev("d", "CONSULT", "IRN", "IRQ")])
    assert (s.levels[2].tp, s.levels[2].n_gold, s.levels[2].n_pred) == (1, 2, 1)
    assert prf(s.levels[2])[:2] == (1.0, 0.5)
    s = score(gold[:1], [ev("d", "CONSULT", "IRN", "IRQ")] * 3)
    assert (s.levels[2].tp, s.levels[2].n_pred) == (1, 3)
    assert len(s.false_positives) == 2


def test_matching_stays_within_a_document():
    s = score([ev("d1", "CONSULT", "IRN", "IRQ"), ev("d2", "AGREE")],
              [ev("d2", "CONSULT", "IRN", "IRQ"), ev("d1", "AGREE")])
    assert s.levels[1].tp == 0 and s.levels[1].n_pred == 2


def test_documents_without_gold_are_ignored():
    gold = [ev("d1", "CONSULT", "IRN", "IRQ")]
    pred = [ev("d1", "CONSULT", "IRN", "IRQ"), ev("other", "ASSAULT", "RUS", "UKR"), ev("other", "AGREE")]
    s = score(gold, pred)
    assert (s.levels[1].tp, s.levels[1].n_gold, s.levels[1].n_pred) == (1, 1, 1)
    assert prf(s.levels[2]) == (1.0, 1.0, 1.0)
    assert s.false_positives == []


def test_per_type_scores():
    gold = [ev("d", "CONSULT", "IRN", "IRQ"), ev("d", "CONSULT", "IRN", "SYR"), ev("d", "ASSAULT", "ISR", "SYR")]
    pred = [ev("d", "CONSULT", "IRN", "IRQ"), ev("d", "ASSAULT", "ISR", "LBN"), ev("d", "REJECT", "IRN", "USA")]
    s = score(gold, pred)
    c1, c2 = s.by_type[1]["CONSULT"], s.by_type[2]["CONSULT"]
    assert (c1.tp, c1.n_gold, c1.n_pred) == (1, 2, 1)
    assert (c2.tp, c2.n_gold, c2.n_pred) == (1, 2, 1)
    assert (s.by_type[1]["ASSAULT"].tp, s.by_type[2]["ASSAULT"].tp) == (1, 0)
    assert (s.by_type[1]["REJECT"].n_gold, s.by_type[1]["REJECT"].n_pred) == (0, 1)


def test_confusion_pairs_events_of_the_same_sentence():
    gold = [ev("d", "CONSULT", "IRN", "IRQ", evidence="The ministers met in Tehran."),
            ev("d", "AGREE", "IRN", "IRQ", evidence="They  signed a deal."),
            ev("d", "ASSAULT", "ISR", "SYR", evidence="Jets struck Damascus.")]
    pred = [ev("d", "COOPERATE", "IRN", "IRQ", evidence={"sentence": "The ministers met in Tehran.", "start": 0, "end": 28}),
            ev("d", "AGREE", "IRN", "IRQ", evidence={"sentence": "They signed a deal.", "start": 29, "end": 48})]
    s = score(gold, pred)
    assert s.confusion == {("CONSULT", "COOPERATE"): 1, ("AGREE", "AGREE"): 1, ("ASSAULT", None): 1}


def test_types_are_the_sixteen_plover_types():
    from dyad.model import PloverType

    assert TYPES == [t.value for t in PloverType]


def test_load_jsonl(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"doc_id": "a", "event_type": "AGREE"}\n\n{"doc_id": "b", "event_type": "AID"}\n', encoding="utf-8")
    assert [r["doc_id"] for r in load_jsonl(p)] == ["a", "b"]


def test_load_jsonl_malformed_line_names_file_and_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"doc_id": "a", "event_type": "AGREE"}\n{"doc_id": "b", \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: not a JSON line"):
        load_jsonl(p)


def test_load_jsonl_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_jsonl(tmp_path / "nope.jsonl")


def test_align_doc_ids_maps_path_ids_to_gold_stems():
    gold = [ev("003_abc", "CONSULT")]
    pred = [ev("seeds/003_abc", "CONSULT"), ev("elsewhere/zzz", "AGREE"), ev("003_abc", "AID")]
    align_doc_ids(gold, pred)
    assert [p["doc_id"] for p in pred] == ["003_abc", "elsewhere/zzz", "003_abc"]


# -- agreement with the shared scorer --------------------------------------------------------------------

def shared_scorer():
    if not SCORE_PY.exists():
        pytest.skip(f"{SCORE_PY} not present")
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


AGREEMENT_GOLD = [
    ev("d1", "CONSULT", "IRN", "IRQ", "MIL"), ev("d1", "CONSULT", "IRN", "IRQ", "GOV"),
    ev("d1", "AGREE", "IRN", "IRQ", "GOV"), ev("d1", "ACCUSE", "IRN", None, "GOV"),
    ev("d2", "COERCE", "TUR", "TUR", "GOV"), ev("d2", "PROTEST", "TUR", None, "CVL"),
    ev("d2", "ASSAULT", None, "SYR", None), ev("d3", "SANCTION", "USA", "IRN", "GOV"),
    ev("d4", "AID", "USA", "UKR", "GOV"),
]
AGREEMENT_PRED = [
    ev("d1", "CONSULT", "IRN", "IRQ", "GOV"), ev("d1", "consult", "IRQ", "IRN", "GOV"),
    ev("d1", "AGREE", "IRN", "IRQ", "COP"), ev("d1", "ACCUSE", "IRN", "ISR", "GOV"),
    ev("d2", "COERCE", "TUR", "TUR", "COP"), ev("d2", "PROTEST", "TUR", None, "CVL"),
    ev("d2", "PROTEST", "TUR", None, "CVL"), ev("d2", "ASSAULT", "ISR", "SYR", "MIL"),
    ev("d3", "SANCTION", "USA", "IRN", "LEG"), ev("d3", "THREATEN", "USA", "IRN", "GOV"),
    ev("d9", "AID", "USA", "UKR", "GOV"),  # a document without gold
    {"doc_id": "d4", "event_type": "AID", "actor_country": "usa", "recipient_country": "UKR", "actor_sector": "gov"},
]


@pytest.mark.parametrize("gold, pred", [
    (AGREEMENT_GOLD, AGREEMENT_PRED),
    (AGREEMENT_GOLD, []),
    (AGREEMENT_GOLD, [dict(g) for g in AGREEMENT_GOLD]),
    (AGREEMENT_GOLD[:3], AGREEMENT_PRED[:1] * 4),
])
def test_agrees_with_shared_score_py(gold, pred):
    mod = shared_scorer()
    theirs = mod.score(gold, pred)
    ours = score(gold, pred)
    for level in (1, 2, 3):
        t, o = theirs[level], ours.levels[level]
        assert (o.tp, o.n_gold, o.n_pred) == (t["tp"], t["n_gold"], t["n_pred"]), level
        assert o.precision == pytest.approx(t["prf"][0])
        assert o.recall == pytest.approx(t["prf"][1])
        assert o.f1 == pytest.approx(t["prf"][2])
        for typ, (tp_g, tp_p, n_g, n_p) in t["types"].items():
            mine = ours.by_type[level][typ]
            assert (mine.tp, mine.n_gold, mine.n_pred) == (tp_g, n_g, n_p), (level, typ)
            assert tp_p == tp_g  # a matched pair always has one type, so per-type precision agrees too


def test_agrees_with_shared_score_py_summary_lines(tmp_path):
    """The L2 line score.py prints is what `dyad eval` computes."""
    mod = shared_scorer()
    import io

    g, p = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    g.write_text("".join(json.dumps(x) + "\n" for x in AGREEMENT_GOLD), encoding="utf-8")
    p.write_text("".join(json.dumps(x) + "\n" for x in AGREEMENT_PRED), encoding="utf-8")
    buf = io.StringIO()
    assert mod.main(["--gold", str(g), "--pred", str(p)], out=buf) == 0
    last = buf.getvalue().strip().splitlines()[-1]
    ls = score(load_jsonl(g), load_jsonl(p)).levels[2]
    assert last == (f"L2 F1={ls.f1:.3f} P={ls.precision:.3f} R={ls.recall:.3f} "
                    f"n_gold={ls.n_gold} n_pred={ls.n_pred}")


@pytest.mark.parametrize("line, phrase", [
    ('{"event_type": "CONSULT"}', "e.jsonl:2: not an event record"),
    ('[1, 2]', "e.jsonl:2: not an event record"),
    ('{"doc_id": "d", "event_type": 7}', "e.jsonl:2: not an event record"),
    ('{"doc_id": "d", "event_type": "AID", "actor": "IRN"}', "e.jsonl:2: actor must be an object or null"),
], ids=["no-doc_id", "array", "type-not-text", "actor-not-object"])
def test_load_events_refuses_lines_that_are_not_events(tmp_path, line, phrase):
    from dyad.evaluate import load_events

    p = tmp_path / "e.jsonl"
    p.write_text('{"doc_id": "d", "event_type": "AGREE", "actor": null}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=phrase):
        load_events(p)


def test_load_events_refuses_text_that_is_not_utf8(tmp_path):
    from dyad.evaluate import load_events

    p = tmp_path / "e.jsonl"
    p.write_bytes(b'{"doc_id": "d", "event_type": "AGREE", "evidence": "\xff\xfe caf\xe9"}\n')
    with pytest.raises(InputError, match="not UTF-8"):
        load_events(p)


def test_cameo_codes_map_to_plover_types():
    from dyad.events.cameo import load_cameo

    t = load_cameo()
    assert t.plover_type("042") == "CONSULT" and t.plover_type("0874") == "RETREAT"
    assert t.plover_type("163") == "SANCTION" and t.plover_type("192") == "COERCE"
    assert t.plover_type("190") == "ASSAULT" and t.plover_type("010") is None
    assert t.score("190") == -10.0 and t.default_code["RETREAT"] == "087"
