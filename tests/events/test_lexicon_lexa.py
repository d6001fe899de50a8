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


# -- delivered aid: the things sent, flown, handed or paid out (ANNOTATION.md: delivered aid -> AID)
@pytest.mark.parametrize("text,expected", [
    # money named only by its amount
    ("The Asian Development Bank disbursed $400 million to Bangladesh on Thursday.", ("AID", None, "BGD")),
    ("Qatar deposited $2 billion in Egypt's central bank last week.", ("AID", "QAT", "EGY")),
    ("Germany released 200 million euros in budget support to Moldova.", ("AID", "DEU", "MDA")),
    # the kind the object's compound names
    ("China provided Laos with a $500 million credit line for fuel imports.", ("AID", "CHN", "LAO")),
    ("Greece sent a rescue team to Albania after the earthquake.", ("AID", "GRC", "ALB")),
    # a vehicle sent with its cargo is the cargo's delivery, not a deployment
    ("Oman sent three aircraft loaded with tents and blankets to Yemen.", ("AID", "OMN", "YEM")),
    ("Turkey sent two navy ships carrying food to Libya on Sunday.", ("AID", "TUR", "LBY")),
    # verbs of delivery
    ("The Jordanian air force flew medical supplies to Beirut on Friday.", ("AID", "JOR", "LBN")),
    ("Spanish air force planes dropped food parcels over northern Gaza.", ("AID", "ESP", "PSE")),
    ("Canada handed Ukraine's border guards 50 armoured vehicles.", ("AID", "CAN", "UKR")),
    ("The United States airlifted artillery shells to Ukraine in March.", ("AID", "USA", "UKR")),
    # a stateless donor's aid goes to the place its beneficiaries are in
    ("The World Health Organization distributed cholera vaccines to families in Malawi.", ("AID", None, "MWI")),
    ("UNICEF delivered school kits to displaced children in Mozambique.", ("AID", None, "MOZ")),
])
def test_delivered_aid(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text", [
    "China flew fighter jets near the Taiwan Strait on Sunday.",
    "Japan released a statement on the Korean peninsula.",
    "The United States pledged to airlift artillery shells to Ukraine.",
    "Britain has not sent any tents to the camps.",
    "The US launched Operation Ocean Shield with partners on Monday.",
])
def test_no_aid_without_delivery(ctx, text):
    assert "AID" not in {t for t, _, _ in code(ctx, text)}


# -- hosts receive named visitors; released people of any description (RETREAT release)
@pytest.mark.parametrize("text,expected", [
    ("King Abdullah received Italian Prime Minister Giorgia Meloni at the palace in Amman.", ("CONSULT", "JOR", "ITA")),
    ("Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi.",
     ("CONSULT", "KEN", "ETH")),
    ("Belarus released 14 schoolchildren held since the border incident, Lithuania's foreign ministry said.",
     ("RETREAT", "BLR", None)),
    ("Iran freed a French contractor jailed on spying charges, the French presidency said.", ("RETREAT", "IRN", "FRA")),
])
def test_visitors_received_and_people_released(ctx, text, expected):
    assert expected in code(ctx, text)


def test_welcoming_an_event_that_names_a_person_is_no_visit(ctx):
    assert "CONSULT" not in {t for t, _, _ in code(ctx, "Qatar welcomed the resignation of Pedro Castillo.")}
