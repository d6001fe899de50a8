"""A promise is a threat only when what is promised harms ("vowed to take revenge"), not when its verb has some
hostile sense elsewhere ("pledged to take in refugees"); a hunger or general strike strikes no one."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_promise_to_take_in_refugees_is_an_agreement(ctx):
    assert code(ctx, "Jordan pledged to take in more refugees from Syria.") == [("AGREE", "JOR", "SYR")]


def test_a_promise_of_revenge_is_a_threat(ctx):
    assert code(ctx, "Hezbollah vowed to take revenge on Israel.") == [("THREATEN", "LBN", "ISR")]
    assert code(ctx, "The Houthis vowed to strike Israeli ships.") == [("THREATEN", "YEM", "ISR")]


def test_hunger_and_general_strikes_are_protests(ctx):
    assert [e[0] for e in code(ctx, "Kurdish prisoners began a hunger strike in a Turkish jail.")] == ["PROTEST"]
    assert [e[0] for e in code(ctx, "Unions called a general strike in Tunisia.")] == ["PROTEST"]
    assert [e[0] for e in code(ctx, "Israeli jets carried out an air strike on Gaza.")] == ["ASSAULT"]
