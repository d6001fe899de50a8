"""Lexicon and pattern coverage for AID, COOPERATE, MOBILIZE, RETREAT and CONSULT, on sentences written for these
tests (never the project's training sentences nor the PLOVER/PETRARCH test sets)."""
import pytest

from . import code

pytestmark = pytest.mark.model


# -- joint acts: the partners cooperate (ANNOTATION.md: joint operations and exercises -> COOPERATE)
@pytest.mark.parametrize("text,expected", [
    # a joint attack is coded, and so is the partners' cooperation
    ("Kenyan and Ethiopian troops launched a joint offensive against al-Shabaab near the border on Friday.",
     {("COOPERATE", "KEN", "ETH"), ("ASSAULT", "KEN", "SOM")}),
    ("French and Belgian jets carried out joint strikes on Islamic State positions, the ministry said.",
     {("COOPERATE", "FRA", "BEL")}),
    # a joint act no row covers
    ("Danish and Swedish navies jointly swept the strait for drifting mines.", {("COOPERATE", "DNK", "SWE")}),
    # training together is no aid; a modifier the parser hangs on a compound still makes the act joint
    ("Polish and Czech paratroopers trained together in Slovakia last week.", {("COOPERATE", "POL", "CZE")}),
    ("Chile and Argentina held joint border patrols in Patagonia.", {("COOPERATE", "CHL", "ARG")}),
    # an exercise with coordinated parties: the partner, not the exercise's place, is the recipient
    ("Mongolian and Indian soldiers held the Nomadic Elephant exercise near Ulaanbaatar.",
     {("COOPERATE", "MNG", "IND")}),
    ("Greece held naval drills with Egypt off Crete.", {("COOPERATE", "GRC", "EGY")}),
    ("Omani and British troops took part in the Saif Sareea exercise in the desert.", {("COOPERATE", "OMN", "GBR")}),
    ("Vietnam and India opened a bilateral naval exercise in Da Nang on Monday.", {("COOPERATE", "VNM", "IND")}),
    # the parser's lemma "stag" for "staged" does not hide the verb
    ("Indonesian and Australian marines staged amphibious exercises in Darwin.", {("COOPERATE", "IDN", "AUS")}),
])
def test_joint_acts_are_cooperation_of_the_partners(ctx, text, expected):
    assert expected <= set(code(ctx, text))


@pytest.mark.parametrize("text,unwanted", [
    # "clashed with" names the enemy, "with a missile" the weapon: no partner
    ("Armenian and Azerbaijani troops clashed with mortars on the border.", "COOPERATE"),
    ("The rebels struck a Turkish frigate with a drone off Libya.", "COOPERATE"),
    # a joint statement is not a joint operation
    ("Egypt and Jordan jointly condemned the Israeli raid on the camp.", "COOPERATE"),
    # a joint act promised is no cooperation yet
    ("Iraq and Syria will jointly patrol their border next month.", "COOPERATE"),
    ("Iraq and Syria plan to hold joint patrols along the border.", "COOPERATE"),
])
def test_no_cooperation_without_a_joint_act_done(ctx, text, unwanted):
    assert unwanted not in {t for t, _, _ in code(ctx, text)}


def test_joint_attackers_are_not_each_others_targets(ctx):
    got = code(ctx, "Malian and Burkinabe troops launched a joint operation against jihadists near the border.")
    assert not any(t == "ASSAULT" and r == "BFA" for t, _, r in got)


def test_a_circumstance_is_not_the_acts_object(ctx):
    # "after the attack" is when the patrols were conducted, not what was conducted
    got = code(ctx, "Afghan and Tajik border guards conducted joint patrols after the bombing.")
    assert ("COOPERATE", "AFG", "TJK") in got
    assert not any(t == "ASSAULT" and a == "AFG" and r == "TJK" for t, a, r in got)
