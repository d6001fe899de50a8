"""Attacks told with their outcome in a relative clause, claims hung on the place, and protests at grievances."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_the_attack_not_its_target_harmed_the_people_a_relative_clause_names(ctx):
    evs = code(ctx, "The President condemned Tuesday's rocket attack on the Baghdad Diplomatic Support Center, which "
                    "injured two American contractors.", outlet="The White House", published="2026-11-20")
    assaults = [e for e in evs if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", None, "USA")]


def test_a_claim_hung_on_the_place_of_an_attack_names_its_doer(ctx):
    evs = code(ctx, "The President condemned Sunday's drone attack on coalition forces at Erbil Air Base, which was "
                    "claimed by the Islamic Resistance in Iraq.", outlet="The White House", published="2026-11-20")
    assert ("ASSAULT", "IRQ", "USA") in evs and ("ACCUSE", "USA", "IRQ") in evs


def test_a_separately_condemned_attack_does_not_name_another_ones_doer(ctx):
    evs = code(ctx, "The President condemned Tuesday's rocket attack on the embassy in Baghdad. He also condemned "
                    "Sunday's drone attack on coalition forces at Erbil Air Base, which was claimed by the Islamic "
                    "Resistance in Iraq.", outlet="The White House", published="2026-11-20")
    assert ("ACCUSE", "USA", None) in evs


def test_a_protest_against_a_shortage_is_against_no_one(ctx):
    evs = code(ctx, "In Bamako, several hundred people protested on Sunday against fuel shortages.",
               published="2026-11-09")
    assert ("PROTEST", "MLI", None) in evs


def test_a_boycotted_vote_stands_for_whoever_holds_it():
    from dyad.model import ActorRef
    from dyad.pipeline import _a_grievance

    assert _a_grievance(ActorRef(text="fuel shortages", kind="unresolved"))
    assert not _a_grievance(ActorRef(text="The vote", kind="unresolved"))  # the holder's, placed by the crowd
    assert not _a_grievance(ActorRef(text="the government", sector="GOV", kind="person", role="government"))
