"""The parties of events in real prose: actor and recipient of acts whose type is right (sentences written for
these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # a possessive pronoun on a light verb's noun is the subject's own act; the first object is its addressee
    ("Chancellor Scholz offered President Zelensky and the Ukrainian government his full support for these reforms.",
     ("SUPPORT", "DEU", "UKR")),
    # "their government" in an admitted clause is the government of the admitting subject
    ("On Sunday, officials from Syria acknowledged their government had mistakenly shot down a Jordanian airliner.",
     ("ASSAULT", "SYR", "JOR")),
])
def test_possessive_pronouns_mean_the_governing_subject(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text,expected", [
    # asking that an act stop asks it of the act's possessor; the State Department spells the name "Asad"
    ("On Monday, France called for an end to President Asad's air strikes on Idlib.", ("REQUEST", "FRA", "SYR")),
    # the victim named inside the act is not who is asked
    ("On Monday, Japan called for an end to Putin's attacks on Ukraine's power grid.", ("REQUEST", "JPN", "RUS")),
])
def test_requests_to_stop_an_act_go_to_its_doer(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text,expected", [
    # an offer of help is for whom the help is offered, a body of no country included, not a place named after it
    ("Last week, Canada offered to help the World Food Programme with deliveries to Haiti.", ("AGREE", "CAN", None)),
    ("Norway remains committed to assisting the International Committee of the Red Cross in Gaza.",
     ("AGREE", "NOR", None)),
])
def test_offered_help_goes_to_the_helped(ctx, text, expected):
    assert expected in code(ctx, text)


def test_a_named_groups_assets_are_struck_not_the_place_near_them(ctx):
    text = "A French strike on Friday hit three ISIS vehicles that had left a camp near Menaka, Mali."
    assaults = [e for e in code(ctx, text) if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", "FRA", None)], assaults


@pytest.mark.parametrize("text,expected", [
    # the targets of an attack's purpose clause are its recipient, not a place or a party further on
    ("Jordanian jets conducted an airstrike on the ridge to destroy ISIS positions near Raqqa, Syria.",
     ("ASSAULT", "JOR", None)),
    ("On Monday, Egyptian aircraft carried out a raid on a farm, killing six ISIS fighters near the Libyan border.",
     ("ASSAULT", "EGY", None)),
])
def test_purpose_and_result_name_the_attacked(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text,expected", [
    # "these efforts" are the efforts of the party the supporter has been addressing
    ("Last year Italy trained the coast guard of Tunisia. Italy has supported these efforts since 2022.",
     ("SUPPORT", "ITA", "TUN")),
    # efforts the sentence itself credits to a doer are that doer's
    ("Ghana briefed Canada on mediation efforts by the African Union, and Canada expressed support for those "
     "efforts.", ("SUPPORT", "CAN", None)),
])
def test_anaphoric_efforts_are_their_doers(ctx, text, expected):
    assert expected in code(ctx, text)
