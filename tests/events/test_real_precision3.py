"""Precision on real releases and wires: what a clause describes, permits or demands is not an act done."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_plural_possessor_before_a_curly_apostrophe_does_the_act(ctx):
    evs = code(ctx, "Today\u2019s strikes follow Houthi rebels\u2019 escalating attacks against commercial vessels.")
    assert ("ASSAULT", "YEM", None) in evs


def test_one_un_body_convening_another_is_a_meeting(ctx):
    evs = code(ctx, "Today, the United Nations Security Council convened an emergency session of the General Assembly.")
    assert ("CONSULT", None, None) in evs


def test_an_act_a_bill_would_have_permitted_did_not_happen(ctx):
    evs = code(ctx, "Lam withdrew the bill, which would have allowed China to extradite suspects from Hong Kong.")
    assert not any(e[0] == "COOPERATE" for e in evs)


def test_what_demands_include_is_asked_for_not_done(ctx):
    evs = code(ctx, "Protesters in Baghdad have demanded reforms. Their demands have included dissolving Parliament.")
    assert not any(e[0] == "COERCE" for e in evs)


def test_what_a_people_should_not_suffer_asks_nothing_of_it(ctx):
    evs = code(ctx, "The people of Yemen should not pay the price for the actions of the Houthis.",
               outlet="The White House")
    assert not any(e[0] == "REQUEST" for e in evs)


def test_a_state_must_still_be_asked(ctx):
    assert ("REQUEST", "USA", "IRN") in code(ctx, "Iran must release the crew.", outlet="The White House")


def test_a_deposed_ruler_is_his_countrys(ctx):
    evs = code(ctx, "The government of Iraq was established after a US-led coalition ousted Saddam Hussein in 2003.",
               published="2019-11-10")
    assert ("COERCE", "USA", "IRQ") in evs
