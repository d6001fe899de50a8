"""Phrasings of official releases and wire copy that dyad used to miss (sentences written for these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # an attack first told inside its condemnation is coded besides the ACCUSE, its doer never the condemner
    ("The minister condemned the Taliban's attack on Afghan police.", ("ASSAULT", "AFG", "AFG")),
    ("The minister condemned Hezbollah’ deadly attack on Haifa.", ("ASSAULT", "LBN", None)),
    ("The United Kingdom strongly condemns today's terrorist attack in Mogadishu that killed ten civilians.",
     ("ASSAULT", None, "SOM")),
    # a launch whose weapons' own clause names a target is an attack, not a weapons test
    ("Last week, militants launched rockets targeting Turkish troops near the border.", ("ASSAULT", None, "TUR")),
])
def test_told_acts_are_coded(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text,absent", [
    # "condemned the attack" points back at an attack told before: only the ACCUSE
    ("The United Nations condemned the attack in a statement.", "ASSAULT"),
    # a condemned incursion is not an assault
    ("Norway condemned Sunday's incursion by a Russian patrol boat into its waters.", "ASSAULT"),
    # the condemner is never the attacker
    ("The United States strongly condemns the horrific bombings today in Baghdad.", ("ASSAULT", "USA")),
])
def test_told_acts_not_overcoded(ctx, text, absent):
    got = code(ctx, text)
    if isinstance(absent, tuple):
        assert not any(e[:2] == absent for e in got), got
    else:
        assert not any(e[0] == absent for e in got), got


def test_unattributed_condemned_attack_takes_the_claimant(ctx):
    text = ("The United States strongly condemns today's terrorist attack in Nairobi, Kenya, which killed four "
            "people. Al-Shabaab has claimed responsibility for this attack.")
    assaults = [e for e in code(ctx, text) if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][2] == "KEN", assaults


@pytest.mark.parametrize("text,expected", [
    # admitting one's own hostile act is a CONCEDE with no addressee, and the admitted act is coded too
    ("On Monday, officials from Syria acknowledged that their air defences had mistakenly shot down a Russian plane.",
     ("CONCEDE", "SYR", None)),
    ("On Monday, officials from Syria acknowledged that their air defences had mistakenly shot down a Russian plane.",
     ("ASSAULT", None, "RUS")),
    # ties a finite past verb says were fostered were practised
    ("Over the past year Egypt has expanded cooperation with the navies of Greece and Cyprus.",
     ("COOPERATE", "EGY", "GRC")),
    # what one expects from a party is asked of it
    ('Canadian Foreign Minister Melanie Joly said, "We expect from Russia guarantees of a transparent inquiry."',
     ("REQUEST", "CAN", "RUS")),
    # a judgement approving an act
    ("In a statement, Australian Prime Minister Scott Morrison found the raid justified.", ("SUPPORT", "AUS", None)),
])
def test_admissions_bonds_expectations_and_approvals(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text,absent", [
    ("The ministers met in Cairo to expand cooperation with Greece.", "COOPERATE"),  # a purpose, not a deed
    ("Egypt will expand cooperation with Greece.", "COOPERATE"),  # a promise (AGREE)
    ("Analysts expect more violence from the rebels.", "REQUEST"),  # anticipation
    ("Syria denied that its air defences had shot down the plane.", "CONCEDE"),
])
def test_not_admissions_bonds_or_requests(ctx, text, absent):
    assert not any(e[0] == absent for e in code(ctx, text))
