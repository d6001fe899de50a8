"""What real releases say that is not an event: aims, standing positions, the work of aid and sanctions, and
verbs of one lemma used in another sense (sentences written for these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    ("Britain supported the Cypriot government last week.", ("SUPPORT", "GBR", "CYP")),
    ("Russia reinforced its troops near the Ukrainian border.", ("MOBILIZE", "RUS", None)),
    # support given with strikes or against an enemy is material aid
    ("The Saudi-led coalition supported the Yemeni government with air strikes.", ("AID", "SAU", "YEM")),
    ("In 2016 Iran supported the Syrian government against the rebels.", ("AID", "IRN", "SYR")),
    # targeting companies and individuals is a sanctions listing; targeting fighters is an attack
    ("Washington is targeting companies and individuals that supply drones to Russia.", ("SANCTION", "USA", "RUS")),
    ("The Israeli army targeted Hamas fighters in Gaza.", ("ASSAULT", "ISR", "PSE")),
])
def test_senses_and_true_acts(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text,absent", [
    ("The Saudi-led coalition supported the Yemeni government with air strikes.", "SUPPORT"),
    ("Washington is targeting companies and individuals that supply drones to Russia.", "ASSAULT"),
    # only forces and positions are reinforced in the military sense
    ("This agreement reinforces Iraq's cooperation with the IMF.", "MOBILIZE"),
])
def test_other_senses_are_not_coded_as_the_first(ctx, text, absent):
    got = code(ctx, text)
    assert not any(e[0] == absent for e in got), got
