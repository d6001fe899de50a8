"""Acts real official releases and wire copy tell that dyad used to miss (sentences written for these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # punitive action promised against a party is a threat; taken, it is a punitive step
    ("Norway said it would take further measures against Russian trawlers.", ("THREATEN", "NOR", "RUS")),
    ("Last year Norway took measures against Russian trawlers.", ("SANCTION", "NOR", "RUS")),
    # a generic target is the target: what it does as a rule names no other party
    ("Officials said the United States would take action against any firm that ships oil for the Syrian regime.",
     ("THREATEN", "USA", None)),
])
def test_promised_action_against(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text", [
    "Norway is considering measures against Russian trawlers.",  # a plan under study
    "Britain urged Pakistan to take action against the militants.",  # the content of a request
])
def test_no_threat_from_unpromised_action(ctx, text):
    assert not any(e[0] in ("THREATEN", "SANCTION") for e in code(ctx, text))


@pytest.mark.parametrize("text,expected", [
    # an attack noun naming its doer and its target is an act the article asserts, whatever frame it sits in
    ("The two leaders discussed regional issues, including Iranian-backed attacks by the Houthis against "
     "oil tankers in the Red Sea.", ("ASSAULT", "YEM", None)),
    ("The ministers discussed Russia's bombardment of Kharkiv.", ("ASSAULT", "RUS", None)),
])
def test_attacks_told_as_nouns(ctx, text, expected):
    assert expected[:2] in [e[:2] for e in code(ctx, text)]


@pytest.mark.parametrize("text", [
    "Britain accused Iran of attacks on tankers.",  # the content of an accusation
    "The ministers discussed attacks on shipping.",  # no doer named
    "The ministers discussed the regime's attacks on the city.",  # a doer the phrase does not place
])
def test_no_assault_from_untold_attack_nouns(ctx, text):
    assert not any(e[0] == "ASSAULT" for e in code(ctx, text))


def test_what_another_party_must_do_is_asked_of_it(ctx):
    text = 'The Foreign Secretary Boris Johnson said: "Syria must release the aid workers immediately."'
    assert ("REQUEST", "GBR", "SYR") in code(ctx, text)


@pytest.mark.parametrize("text", [
    '"We must defend our borders," Israeli Prime Minister Benjamin Netanyahu said.',  # the speaker's own resolve
    "Syria must release the aid workers, analysts in Beirut say.",  # nobody of a state says it
    'The Foreign Secretary Boris Johnson said: "If Syria should attack, Britain will respond."',  # a condition
])
def test_no_request_from_unvoiced_or_own_obligations(ctx, text):
    assert not any(e[0] == "REQUEST" for e in code(ctx, text))


def test_the_act_a_commitment_is_to_is_promised(ctx):
    text = "The Prime Minister underscored the British commitment to support Jordan in the defence of its borders."
    got = code(ctx, text)
    assert ("AGREE", "GBR", "JOR") in got and not any(e[0] == "SUPPORT" for e in got), got
