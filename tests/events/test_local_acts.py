"""Domestic security news: attacks told by their victims or their weapon, police of no named country, and
rallies held in a place (not against it)."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_victims_killed_in_a_new_attack_are_struck_by_an_unknown_attacker(ctx):
    assert (("ASSAULT", None, "GBR") in code(ctx, "Three people were killed in a stabbing in Reading, England."))
    assert ("ASSAULT", None, "FRA") in code(ctx, "Two people were killed and eight were injured in a suicide "
                                                 "bombing in Paris.")
    # a killing with no attack told is not an attack the record can place
    assert not code(ctx, "Three people were killed in Reading, England.")


def test_a_storys_first_attack_named_with_the_is_that_attack(ctx):
    assert ("ASSAULT", None, "FRA") in code(ctx, "The attack killed four police officers in Paris.")


def test_a_place_written_with_its_region_and_country_is_placed_by_them(ctx):
    evs = code(ctx, "On Saturday evening in Forbury Gardens in Reading, Berkshire, UK, a mass stabbing killed "
                    "three people.")
    assert ("ASSAULT", None, "GBR") in evs


def test_police_of_no_named_country_are_the_police_of_where_they_act(ctx):
    text = ("Three killed in stabbing attack in Reading, UK\n\n"
            "On Saturday evening in a park in Reading, UK, a mass stabbing killed three people and injured three "
            "others, in what witnesses described as a sudden attack on a group of friends.\n\n"
            "A 25-year-old man was arrested by Thames Valley Police on suspicion of murder.")
    assert ("COERCE", "GBR", "GBR") in code(ctx, text)
    # placed nowhere, the arrest names no state
    assert not code(ctx, "A 25-year-old man was arrested by Thames Valley Police on suspicion of murder.")


def test_a_rally_held_in_a_city_is_not_against_that_city(ctx):
    evs = code(ctx, "On Thursday, thousands of opposition supporters held a rally in Minsk, Belarus.",
               published="2020-08-03")
    assert ("PROTEST", "BLR", None) in evs
