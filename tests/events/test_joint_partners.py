"""A partner named by "in cooperation/coordination with X" is the act's partner (COOPERATE), never its target;
fostered cooperation ("has increased cooperation with X") is cooperation done."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_raid_in_cooperation_with_a_partner_codes_the_cooperation_not_an_attack_on_it(ctx):
    evs = code(ctx, "U.S. forces conducted a raid in cooperation with the Syrian Democratic Forces.")
    assert ("COOPERATE", "USA", "SYR") in evs
    assert ("ASSAULT", "USA", "SYR") not in evs
    assert any(t == "ASSAULT" and a == "USA" for t, a, _ in evs)


def test_coordination_with_another_states_forces(ctx):
    evs = code(ctx, "Kenyan troops attacked al-Shabaab positions in coordination with Somali forces.")
    assert ("COOPERATE", "KEN", "SOM") in evs
    assert any(t == "ASSAULT" and a == "KEN" for t, a, _ in evs)  # military positions, not a stance criticised


def test_coordination_with_own_unnamed_troops_is_no_cooperation(ctx):
    evs = code(ctx, "Israeli jets struck targets in Gaza in coordination with ground troops.")
    assert not any(t == "COOPERATE" for t, _, _ in evs)


def test_increased_cooperation_with_named_navies(ctx):
    evs = code(ctx, "Iran has increased cooperation in the last few years with the navies of China and Russia.")
    assert ("COOPERATE", "IRN", "CHN") in evs


def test_wished_or_negated_fostering_is_no_cooperation(ctx):
    for text in ("Iran wants to expand cooperation with Russia.",
                 "Turkey said it would never increase cooperation with Israel."):
        assert not any(t == "COOPERATE" for t, _, _ in code(ctx, text)), text


def test_partner_hung_on_the_subject(ctx):
    evs = code(ctx, "Today, U.S. military forces—together with the United Kingdom and with support from Australia "
                    "and Canada—conducted strikes against a number of targets in Yemen.", outlet="The White House")
    assert ("COOPERATE", "USA", "GBR") in evs
    assert ("COOPERATE", "USA", "GBR") in code(ctx, "U.S. forces, together with British troops, raided the compound.")
    assert not any(t == "COOPERATE" for t, _, _ in code(ctx, "U.S. forces with heavy weapons raided the compound."))
