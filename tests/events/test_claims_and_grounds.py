"""A claim of responsibility made the day after the attack it claims; victims placed by the story's ground."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_claim_made_the_next_day_completes_the_attack(ctx):
    evs = code(ctx, "A suicide bomber killed 28 worshippers inside a mosque in Mohmand, Pakistan, on Friday. On "
                    "Saturday, the Pakistani Taliban claimed responsibility for the bombing in a statement.",
               published="2016-09-17")
    assaults = [e for e in evs if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", "PAK", "PAK")]


def test_attacks_told_on_different_days_stay_two(ctx):
    evs = code(ctx, "Rockets struck the US Embassy in Baghdad on April 21. A drone attack on April 29 was carried out "
                    "by the Houthis.", published="2024-05-01")
    assert ("ASSAULT", None, "USA") in evs


def test_victims_of_unknown_attackers_are_of_the_storys_ground(ctx):
    text = ("Violence broke out on Saturday in Kabul, Afghanistan, as rival crowds clashed near the parliament and "
            "police fired tear gas to disperse them.\n\n"
            "Witnesses described running battles in the streets.\n\n"
            "Two police officers were killed in a bombing on Saturday night.")
    assert ("ASSAULT", None, "AFG") in code(ctx, text, published="2024-05-05")
