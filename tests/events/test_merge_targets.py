"""One act retold is one event; acts against different named groups are not one act (model-backed)."""
import pytest

from dyad import process

pytestmark = pytest.mark.model


def _strikes(ctx, text):
    return [(e.event_type, e.actor and e.actor.country, e.recipient and e.recipient.name)
            for e in process(text, published="2017-01-03", context=ctx).events if e.event_type == "ASSAULT"]


def test_strikes_on_two_stateless_groups_are_two_acts(ctx):
    got = _strikes(ctx, "Coalition strikes hit militants\n\nA series of U.S. airstrikes against al-Qaida operatives "
                        "this week killed 15 militants, the Pentagon said.\n\nIn Iraq, the coalition in the last 24 "
                        "hours conducted 12 airstrikes against ISIL units.")
    assert ("ASSAULT", "USA", "al-Qaeda") in got and ("ASSAULT", "USA", "Islamic State") in got


def test_the_same_strike_told_twice_is_one_act(ctx):
    got = _strikes(ctx, "Strike hits militants\n\nU.S. aircraft struck al-Qaida operatives near Idlib on Monday, "
                        "the Pentagon said.\n\nThe strike against al-Qaida operatives on Monday killed eight.")
    assert got.count(("ASSAULT", "USA", "al-Qaeda")) == 1
