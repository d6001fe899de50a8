"""Fixes from the statement-style sentences (third round), each on a sentence written for the test."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_nameless_title_does_not_refer_forward_to_the_office_holder_it_addresses(ctx):
    # a White House readout's "The President" is its own, not the president named after it in the sentence
    got = code(ctx, "The President urged President el-Sisi to reopen the border crossing without delay.",
               outlet="The White House")
    assert ("REQUEST", "USA", "EGY") in got


def test_a_title_still_refers_back_to_the_holder_named_before_it(ctx):
    got = code(ctx, "President Erdogan met the Greek foreign minister in Ankara. The President said the talks "
                    "had been constructive.")
    assert got and got[0][:2] == ("CONSULT", "TUR")


def test_called_on_a_named_leader_to_act_is_a_request_not_a_phone_call(ctx):
    got = code(ctx, "The Prime Minister called on President Erdogan to release the detained reporters.",
               outlet="UK Government")
    assert ("REQUEST", "GBR", "TUR") in got
    assert not any(t == "CONSULT" for t, _, _ in got)


def test_calling_a_leader_on_a_day_stays_a_phone_call(ctx):
    got = code(ctx, "The Prime Minister called President Erdogan on Thursday.", outlet="UK Government")
    assert ("CONSULT", "GBR", "TUR") in got


def test_a_strike_in_a_country_targeting_a_stateless_group_strikes_the_group_not_the_country(ctx):
    got = code(ctx, "French forces carried out an airstrike in northern Mali targeting the head of an ISIS cell.")
    assert ("ASSAULT", "FRA", None) in got
    assert ("ASSAULT", "FRA", "MLI") not in got


def test_a_strike_in_a_country_targeting_its_army_strikes_that_country(ctx):
    got = code(ctx, "Rwandan forces carried out an airstrike in eastern Congo targeting Congolese army positions.")
    assert ("ASSAULT", "RWA", "COD") in got


def test_a_withdrawal_from_a_un_mission_in_a_country_still_leaves_the_country(ctx):
    got = code(ctx, "Sweden has withdrawn its 150 soldiers from the UN peacekeeping mission in Mali.")
    assert ("RETREAT", "SWE", "MLI") in got


def test_a_regime_named_after_its_long_serving_leader_is_that_state(ctx):
    got = code(ctx, "Lithuania condemned the Lukashenko regime for pushing migrants across its border.")
    assert ("ACCUSE", "LTU", "BLR") in got
    got = code(ctx, "The European Union imposed sanctions on the Ortega-Murillo government over the jailing of priests.")
    assert any(t == "SANCTION" and r == "NIC" for t, _, r in got)


def test_a_strike_to_protest_the_governments_policy_is_against_the_strikers_own_government(ctx):
    got = code(ctx, "Thousands of Kenyan nurses walked out of clinics on Monday to protest the government's plan "
                    "to cut allowances.")
    assert ("PROTEST", "KEN", "KEN") in got


def test_a_strike_in_protest_at_the_governments_cuts_is_against_that_government(ctx):
    got = code(ctx, "Teachers in Lyon went on strike on Monday in protest at the government's budget cuts.")
    assert ("PROTEST", "FRA", "FRA") in got


def test_a_crowd_chanting_against_a_nameless_office_chants_against_its_own_state(ctx):
    got = code(ctx, "Students in Mashhad marched after Friday prayers, chanting slogans against the supreme leader.")
    assert ("PROTEST", "IRN", "IRN") in got


def test_a_states_aid_providing_relief_is_that_state_delivering_it(ctx):
    got = code(ctx, "Japanese aid is providing tents and blankets to Turkey after the earthquake.")
    assert ("AID", "JPN", "TUR") in got


def test_aid_supporting_something_is_still_not_an_act_of_its_donor(ctx):
    assert code(ctx, "Norwegian funding is supporting independent radio stations across the Sahel.") == []
