"""Daily strike releases: each item of a strike list is a strike by the coalition told before, the day's total is
not added beside its items, and the members listed after "include" conducted the strikes (ANNOTATION.md)."""
import pytest

from . import code

pytestmark = pytest.mark.model

RELEASE = ("Coalition strikes continue against ISIL in Syria and Iraq\n\n"
           "On March 3, Coalition military forces conducted 14 strikes against ISIL terrorists in Syria and Iraq.\n"
           "Syria\n"
           ". Near Raqqah, nine strikes engaged three ISIL tactical units and destroyed two fighting positions.\n"
           ". Near Palmyra, one strike destroyed an ISIL weapons cache.\n"
           "Iraq\n"
           ". Near Mosul, three strikes destroyed a mortar system and suppressed an ISIL sniper team.\n"
           ". Near Kisik, one strike destroyed a supply route.\n")


def test_each_item_of_a_strike_list_is_a_strike_by_the_coalition(ctx):
    evs = code(ctx, RELEASE, published="2017-03-04", outlet="U.S. Central Command")
    assert evs.count(("ASSAULT", "USA", None)) == 4  # four sites, the day's total not added beside them
    assert not [e for e in evs if e[0] == "COERCE"]  # what the same strikes suppressed is the same strike


def test_a_count_of_strikes_with_no_list_is_the_event(ctx):
    evs = code(ctx, "On March 3, Coalition military forces conducted 14 strikes against ISIL terrorists in Syria "
                    "and Iraq.", published="2017-03-04", outlet="U.S. Central Command")
    assert evs == [("ASSAULT", "USA", None)]


def test_a_counted_strike_with_no_strikes_told_before_has_no_doer(ctx):
    # no series to belong to: an unknown attacker, placed nowhere, is not coded
    assert not code(ctx, "Near Kisik, one strike destroyed a supply route.", published="2017-03-04")


def test_members_included_conducted_the_strikes_against_the_series_target(ctx):
    text = RELEASE + ("Coalition nations which have conducted strikes in Iraq include Australia, Canada, Denmark, "
                      "and the United States.\n"
                      "Coalition nations which have conducted strikes in Syria include Bahrain, Canada, Jordan, "
                      "and the United States.\n")
    evs = code(ctx, text, published="2017-03-04", outlet="U.S. Central Command")
    assert ("ASSAULT", "AUS", None) in evs and ("ASSAULT", "BHR", None) in evs
    assert not [e for e in evs if e[2] in ("IRQ", "SYR")]  # where they struck, not whom


def test_who_carried_out_an_attack_told_in_the_same_sentence_did_that_attack(ctx):
    evs = code(ctx, "The raid follows rocket attacks on the United States Embassy in Baghdad; officials said the "
                    "rocket strikes were carried out by Kataib Hezbollah.", published="2020-01-05")
    assert [e for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", "IRQ", "USA")]
    # an attack carried out is no victim of itself
    evs = code(ctx, "The attack was carried out by Hamas.", published="2020-01-05")
    assert evs == [("ASSAULT", "PSE", None)]


def test_whom_a_raid_in_a_named_province_killed_is_whom_it_struck(ctx):
    evs = code(ctx, "On Nov. 22, CENTCOM forces conducted a helicopter raid in Deir ez-Zor province, Syria, killing "
                    "a senior ISIS official.", published="2026-11-24")
    assert evs == [("ASSAULT", "USA", None)]


def test_nobody_harmed_is_no_attack(ctx):
    assert not code(ctx, "No U.S. or partner forces were injured, and no civilians were harmed.",
                    published="2026-11-24")
    assert not code(ctx, "No country has recognised the annexation.", published="2026-11-24")
