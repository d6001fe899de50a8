"""Classes of act common in official statements (State Department, UK Government, White House, CENTCOM), each
on sentences written for the test."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def rule_ctx(gazetteer):
    from dyad.pipeline import load_context
    from dyad.settings import Settings

    return load_context(Settings(use_classifier=False))


@pytest.mark.parametrize("text,expected", [
    # listing a party on a sanctions, entity or terror list sanctions it
    ("The Commerce Department added four Chinese drone makers to the Entity List on Tuesday.",
     ("SANCTION", "USA", "CHN")),
    ("Canada placed two Iranian banks on its sanctions list.", ("SANCTION", "CAN", "IRN")),
    # restrictions on visas, trade or investment are sanctions, not coercion
    ("Washington imposed visa restrictions on nine Ugandan officials over the election.", ("SANCTION", "USA", "UGA")),
    ("Beijing imposed export restrictions on rare earth shipments to Japan.", ("SANCTION", "CHN", "JPN")),
    # a decree's content is the act, and its signer the actor; the signing is no agreement
    ("The Prime Minister of Japan signed a decree prohibiting imports from North Korea.", ("SANCTION", "JPN", "PRK")),
    ("Ankara prohibited imports from Armenia.", ("SANCTION", "TUR", "ARM")),
])
def test_listings_restrictions_and_decrees_sanction(rule_ctx, text, expected):
    assert expected in code(rule_ctx, text)


def test_signing_a_decree_is_no_agreement(rule_ctx):
    coded = code(rule_ctx, "President Lula signed a decree prohibiting timber exports to Chinese buyers.")
    assert not any(e[0] == "AGREE" for e in coded)


def test_a_listing_lifted_is_a_concession(rule_ctx):
    assert ("CONCEDE", "USA", "SDN") in code(rule_ctx, "Washington removed Sudan from its list of state sponsors of "
                                                       "terrorism in December.")


@pytest.mark.parametrize("text,outlet,expected", [
    # the publishing organ names itself by its head word
    ("The Department is adding three Venezuelan officials to its visa sanctions list.", "US State Department",
     ("SANCTION", "USA", "VEN")),
    ("The Command has placed two Iraqi militia leaders on its watchlist.", "CENTCOM", ("SANCTION", "USA", "IRQ")),
])
def test_the_bare_organ_is_the_publisher(rule_ctx, text, outlet, expected):
    assert expected in code(rule_ctx, text, outlet=outlet)


def test_a_bare_department_in_news_is_nobody_in_particular(rule_ctx):
    assert not any(e[1] == "USA" for e in code(rule_ctx, "The Department added three Venezuelan officials to its "
                                                         "watchlist.", outlet="Wikinews"))


def test_what_a_rule_prohibits_is_no_act(rule_ctx):
    assert code(rule_ctx, "The alliance's charter prohibits any member from hosting foreign nuclear weapons, a "
                          "NATO spokesman said.") == []


@pytest.mark.parametrize("text,expected", [
    # a named exercise is an exercise ("Exercise X", or "X, a … exercise"); with partners it is COOPERATE
    ("Dutch and Belgian marines began Exercise Cold Harbour near Den Helder on Monday.", ("COOPERATE", "NLD", "BEL")),
    ("Ghana and Togo concluded Exercise Coastal Shield, a week-long maritime exercise in the Gulf of Guinea.",
     ("COOPERATE", "GHA", "TGO")),
    ("Finnish and Swedish troops completed a joint exercise in Lapland.", ("COOPERATE", "FIN", "SWE")),
    # partners founding a joint body to work together
    ("Kenya and Uganda set up a joint task force to patrol Lake Victoria.", ("COOPERATE", "KEN", "UGA")),
    ("Peru and Chile established a joint commission on fisheries enforcement.", ("COOPERATE", "PER", "CHL")),
])
def test_named_exercises_and_joint_bodies_cooperate(rule_ctx, text, expected):
    assert expected in code(rule_ctx, text)


def test_a_named_operation_is_not_read_as_an_exercise(rule_ctx):
    assert not any(e[0] == "COOPERATE" for e in code(rule_ctx, "Poland began Operation Eastern Shield on its "
                                                               "border with Belarus."))


@pytest.mark.parametrize("text,actor", [
    # a seized ship or cargo the registry cannot place is nobody's people: no own-country recipient
    ("Iranian commandos seized an oil tanker on Thursday.", "IRN"),
    ("Indian police seized 300 kilograms of heroin from a fishing boat.", "IND"),
])
def test_seized_goods_are_not_the_seizers_people(rule_ctx, text, actor):
    coded = [e for e in code(rule_ctx, text) if e[0] == "COERCE"]
    assert coded and all(e[1] == actor and e[2] != actor for e in coded)


def test_arrested_opponents_stay_the_states_own(rule_ctx):
    assert ("COERCE", "TUR", "TUR") in code(rule_ctx, "Turkish police arrested the opposition leader in Ankara.")


@pytest.mark.parametrize("text", [
    "UNESCO added the old town of Hebron to its World Heritage list.",
    "The ministry placed the monastery on its list of protected monuments.",
])
def test_a_list_that_honours_or_protects_is_no_sanction(ctx, text):
    assert not any(e[0] == "SANCTION" for e in code(ctx, text))
