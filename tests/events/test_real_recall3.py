"""Acts told in real official prose that dyad used to miss (sentences written for these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # a list of past acts the parser hangs on the first object as a participle: each is still done
    ("Since June the Royal Navy has flown 300 sorties, conducted 40 strikes on Houthi radar sites, and "
     "escorted dozens of ships.", ("ASSAULT", "GBR", "YEM")),
    ("As the main partner of the operation, Britain has flown over 500 missions, conducted over 100 bombing "
     "raids on ISIS targets, and is now training Iraqi engineers.", ("ASSAULT", "GBR", None)),
])
def test_listed_past_acts_after_a_mission(ctx, text, expected):
    assert expected in code(ctx, text)


def test_a_mission_to_strike_is_still_only_an_aim(ctx):
    text = "Australia announced a mission to strike ISIS positions in Iraq."
    assert not any(e[0] == "ASSAULT" for e in code(ctx, text))
