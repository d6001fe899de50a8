"""An attack a statement condemns, told with who did it: the attack is coded beside the condemnation, with the
doer named by a participle's agent ("launched by") or by a by-phrase the parser hangs on the condemning verb."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_attack_launched_by_a_named_group_against_towns(ctx):
    evs = code(ctx, "The United States condemns the rocket attacks launched by Hezbollah on Tuesday against "
                    "northern Israeli towns.", outlet="US State Department")
    assert ("ACCUSE", "USA", "LBN") in evs
    assert ("ASSAULT", "LBN", "ISR") in evs


def test_attacks_carried_out_by_forces(ctx):
    evs = code(ctx, "The ministry condemned the attacks carried out by Houthi forces against Saudi oil facilities.",
               outlet="UK Government")
    assert ("ASSAULT", "YEM", "SAU") in evs


def test_by_phrase_hung_on_the_condemning_verb_names_the_attacker(ctx):
    evs = code(ctx, "The United States condemns the attack on the Turkish embassy in Kabul by the Taliban.",
               outlet="US State Department")
    assert ("ASSAULT", "AFG", "TUR") in evs


def test_a_passive_condemnation_keeps_its_agent_as_the_condemner(ctx):
    evs = code(ctx, "The attack on the convoy was condemned by France.")
    assert ("ASSAULT", "FRA", None) not in evs


def test_a_bare_condemned_attack_is_only_the_accusation(ctx):
    evs = code(ctx, "The United States condemns the attack.", outlet="US State Department")
    assert [e[0] for e in evs] == ["ACCUSE"]


def test_seizure_told_with_its_doer_is_coded_as_coercion(ctx):
    evs = code(ctx, "The minister said the seizure of the tanker by Iran's navy was a breach of international law.",
               outlet="UK Government")
    assert any(t == "COERCE" and a == "IRN" for t, a, _ in evs)


def test_a_nameless_regime_is_not_the_reporting_state(ctx):
    evs = code(ctx, "The statement condemned the regime's attack on the hospital in Idlib.", outlet="UK Government")
    assert not any(t == "ASSAULT" and a == "GBR" for t, a, _ in evs)
