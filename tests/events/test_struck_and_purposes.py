"""Attacks told from the struck side ("came under fire from X"), advisers' military help, the talk a call is
held for, and approval of a violent act (no support)."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_fire_received_from_a_group_is_its_attack_on_the_subject(ctx):
    for text in ("Iraqi troops came under fire from ISIL fighters near Mosul.",
                 "Iraqi forces received heavy fire from ISIL fighters.",
                 "Turkish soldiers took fire from Kurdish militants."):
        evs = code(ctx, text)
        assert any(t == "ASSAULT" and r in ("IRQ", "TUR") for t, _, r in evs), text
        assert not any(t == "ASSAULT" and a in ("IRQ", "TUR") for t, a, _ in evs), text


def test_fire_from_no_one_named_is_not_coded_from_the_struck_side(ctx):
    assert not any(t == "ASSAULT" and a == "IRQ" for t, a, _ in code(ctx, "Iraqi troops came under fire near Mosul."))


def test_a_call_received_is_still_a_consultation(ctx):
    assert ("CONSULT", "IRN", "RUS") in code(ctx, "Iran's president received a call from Putin.")


def test_advising_and_assisting_forces_is_military_aid(ctx):
    assert ("AID", "USA", "IRQ") in code(ctx, "U.S. forces are advising and assisting the Iraqi army.")
    assert not any(t == "AID" for t, _, _ in code(ctx, "The ministry advised citizens to leave."))


def test_the_talk_a_call_is_held_for_is_that_call(ctx):
    evs = code(ctx, "President Joseph R. Biden, Jr. spoke today with King Salman bin Abdulaziz al-Saud of Saudi Arabia "
                    "to discuss regional developments, including Iranian-enabled attacks by the Houthis against "
                    "civilian targets in Saudi Arabia.")
    assert [e for e in evs if e[0] == "CONSULT"] == [("CONSULT", "USA", "SAU")]


def test_approving_an_attack_supports_no_one(ctx):
    for text in ("General Soleimani also approved the attacks on the U.S. Embassy in Baghdad.",
                 "The Department of Defense justified the strike, which was approved by President Donald Trump."):
        assert not any(t == "SUPPORT" for t, _, _ in code(ctx, text)), text
    assert any(t == "SUPPORT" for t, _, _ in code(ctx, "Egypt approved the Saudi plan for Yemen."))


def test_an_act_judged_an_assault_on_principles_is_condemned(ctx):
    evs = code(ctx, "Russia's invasion is an attack on the principles of the UN Charter.", outlet="The White House")
    assert ("ACCUSE", "USA", "RUS") in evs
    assert not code(ctx, "The delay is an assault on common sense.", outlet="The White House")


def test_talk_a_promised_meeting_is_for_is_not_a_meeting_of_its_own(ctx):
    evs = code(ctx, "In Lebanon, Special Advisor Thames will meet with religious and civic leaders to discuss "
                    "interfaith relations.", outlet="US State Department")
    assert not any(t == "CONSULT" for t, _, _ in evs)


def test_an_opportunity_to_talk_is_no_talk(ctx):
    evs = code(ctx, "This meeting will be an opportunity for Coalition partners to discuss ongoing efforts for "
                    "Mosul.", outlet="US State Department")
    assert not any(t == "CONSULT" for t, _, _ in evs)


def test_an_agentless_arrest_is_by_the_authorities_of_where_it_happened(ctx):
    evs = code(ctx, "As a result of Saturday's unrest in Washington, twenty people were arrested.")
    assert ("COERCE", "USA", "USA") in evs
    assert not code(ctx, "Two men were arrested.")  # nowhere told: no state to name


def test_taking_hostages_stays_the_takers_act(ctx):
    # "take" rows of fire make the subject the struck; its hostage rows do not
    assert ("ASSAULT", "PSE", "ISR") in code(ctx, "Hamas took hostages from Israel.")
    assert any(t == "ASSAULT" and a == "YEM" for t, a, _ in
               code(ctx, "Houthi militants took 20 sailors hostage in the Red Sea."))
