"""The rule coder on sentences written in the styles of the outlets dyad is judged on (State Department and UK
Government statements, White House readouts, CENTCOM releases, Wikinews): statement_sentences.jsonl, each
sentence coded as its own document with its outlet (ANNOTATION.md labels; `kind` "none" = no event).

A sentence is right on type when its gold type is among the events coded (a "none" sentence: when nothing is
coded), and right on type+countries when one event has the gold type, actor country and recipient country. The
floors are the figures reached minus 0.02, so a change that loses coverage in these styles fails here."""
import json
from pathlib import Path

import pytest

from . import code

pytestmark = pytest.mark.model

SENTENCES = Path(__file__).with_name("statement_sentences.jsonl")
TYPE_FLOOR = 0.857
TYPE_AND_COUNTRIES_FLOOR = 0.767


@pytest.fixture(scope="module")
def rule_ctx(gazetteer):
    from dyad.pipeline import load_context
    from dyad.settings import Settings

    return load_context(Settings(use_classifier=False))


def rows():
    return [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_sentence_file_is_well_formed():
    outlets = {"US State Department", "UK Government", "The White House", "CENTCOM", "Wikinews"}
    data = rows()
    assert len(data) >= 320
    assert {r["outlet"] for r in data} == outlets
    assert all((r["kind"] == "none") == (r["event_type"] is None) for r in data)
    assert len({r["event_type"] for r in data if r["event_type"]}) == 16


def test_statement_sentence_accuracy(rule_ctx):
    right_type = right_countries = 0
    data = rows()
    for r in data:
        coded = code(rule_ctx, r["text"], published="2024-05-14", outlet=r["outlet"])
        if r["event_type"] is None:
            right_type += not coded
            right_countries += not coded
            continue
        right_type += any(e[0] == r["event_type"] for e in coded)
        right_countries += (r["event_type"], r["actor_country"], r["recipient_country"]) in coded
    assert right_type / len(data) >= TYPE_FLOOR
    assert right_countries / len(data) >= TYPE_AND_COUNTRIES_FLOOR


@pytest.mark.parametrize("text,expected", [
    # an act its commander orders or authorises is told as done, as when it is announced
    ("The Norwegian defence minister ordered the deployment of 500 soldiers to Lithuania on Friday.",
     ("MOBILIZE", "NOR")),
    ("Spain's prime minister authorised the deployment of two frigates to the Baltic Sea.", ("MOBILIZE", "ESP")),
])
def test_ordered_act_is_coded(rule_ctx, text, expected):
    assert expected in [e[:2] for e in code(rule_ctx, text)]


@pytest.mark.parametrize("text", [
    "Turkey positioned three frigates off the coast of Cyprus on Tuesday.",
    "Russia moved a naval strike group toward the Norwegian coast, the Norwegian navy said.",
])
def test_warships_positioned_or_moved_are_a_deployment(rule_ctx, text):
    assert any(e[0] == "MOBILIZE" for e in code(rule_ctx, text))


@pytest.mark.parametrize("text,outlet,expected", [
    # a state's own release: its nameless titles are its own officers, from the first sentence on
    ("The President spoke today with Prime Minister Aalto of Finland about Arctic security.", "The White House",
     ("CONSULT", "USA", "FIN")),
    ("The Foreign Secretary today urged Serbia to release the detained journalists.", "UK Government",
     ("REQUEST", "GBR", "SRB")),
    ("Secretary Halvorsen met Kenyan Foreign Minister Otieno in Nairobi on Tuesday.", "US State Department",
     ("CONSULT", "USA", "KEN")),
])
def test_release_titles_are_the_issuing_state(rule_ctx, text, outlet, expected):
    assert expected in code(rule_ctx, text, outlet=outlet)


def test_title_named_before_keeps_its_own_country(rule_ctx):
    text = ("The United States welcomed President Ruiz of Peru to Washington. "
            "The President of Peru thanked the American people for their support.")
    assert ("SUPPORT", "PER", "USA") in code(rule_ctx, text, outlet="The White House")
