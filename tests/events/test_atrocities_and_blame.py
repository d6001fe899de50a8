"""Atrocities committed or perpetrated are attacks (also told in an object relative clause); a voice calling a
named party responsible for a harmful act accuses it."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_committed_atrocities_are_an_attack(ctx):
    assert ("ASSAULT", None, "IRQ") in code(ctx, "ISIL has committed atrocities against Yazidis in Sinjar.")


def test_object_relative_clause_takes_the_noun_as_object(ctx):
    evs = code(ctx, "These are the atrocities that ISIL has perpetrated against innocent people in Syria.")
    assert any(t == "ASSAULT" and r == "SYR" for t, _, r in evs)
    evs = code(ctx, "The two leaders discussed the mission in Iraq, under which U.S. forces withdrew from the base.")
    assert ("RETREAT", "USA", None) in evs  # a prepositional relative gives its verb no object


def test_a_named_party_called_responsible_for_harm_is_accused(ctx):
    assert ("ACCUSE", "USA", "RUS") in code(
        ctx, "Russia is responsible for the devastating abuses of human rights in Ukraine.", outlet="The White House")
    for text in ("The ministry is responsible for the budget.", "Iran is not responsible for the attack.",
                 "Who is responsible for the attack remains unclear."):
        assert not any(t == "ACCUSE" for t, _, _ in code(ctx, text, outlet="The White House")), text


def test_confirmed_reports_are_asserted_unconfirmed_ones_are_hearsay(ctx):
    told = "The UN have confirmed reports that ISIL has killed 70 members of the tribe in Anbar, Iraq."
    assert any(t == "ASSAULT" and r == "IRQ" for t, _, r in code(ctx, told))
    for text in ("The UN has received reports that ISIL has killed 70 members of the tribe in Anbar, Iraq.",
                 "The UN could not confirm reports that ISIL has killed 70 members of the tribe in Anbar, Iraq."):
        assert not any(t == "ASSAULT" for t, _, _ in code(ctx, text)), text
