"""A speaker's own government, commitments made to whom one told, and arrests told with no one making them."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_an_organ_with_a_possessive_pronoun_is_its_owners(ctx):
    evs = code(ctx, "The Israeli prime minister announced that his government will withdraw the bill.")
    assert ("CONCEDE", "ISR", None) in evs


def test_a_nameless_government_in_a_speakers_words_is_the_speakers(ctx):
    assert ("CONCEDE", "ISR", None) in code(ctx, "\"The government will withdraw the bill,\" Netanyahu said.")
    assert ("CONCEDE", "ISR", None) in code(ctx, "Netanyahu said the government will withdraw the bill.")


def test_conceding_nothing_is_no_concession(ctx):
    assert not any(e[0] == "CONCEDE" for e in code(ctx, "Iran conceded nothing at the talks in Vienna."))


def test_a_pledge_after_telling_someone_is_made_to_them(ctx):
    evs = code(ctx, "Prime Minister al-Sudani told President Biden that the attackers had been arrested, and pledged "
                    "that his government would protect American forces.")
    assert ("AGREE", "IRQ", "USA") in evs


def test_arrests_with_no_agent_in_a_story_of_street_violence_are_by_its_state(ctx):
    text = ("Violence broke out on Saturday when thousands rallied at a plaza in Washington, DC in support of the "
            "president. Clashes with counter-protesters broke out by the evening.\n\n"
            "Video showed people throwing projectiles.\n\n"
            "According to the mayor's office, twenty people were arrested on Saturday.")
    assert ("COERCE", "USA", "USA") in code(ctx, text, published="2020-11-16")


def test_an_arrest_with_no_agent_after_a_police_act_is_that_polices(ctx):
    evs = code(ctx, "South Korean police shut down a website in Seoul. Jong was arrested in March 2018.",
               published="2019-10-17")
    assert evs.count(("COERCE", "KOR", "KOR")) == 2  # the closure, and the arrest


def test_arrests_during_a_raid_are_the_raiders(ctx):
    evs = code(ctx, "US forces conducted a raid in Syria that killed an ISIS leader. Two of his associates were "
                    "detained during the operation.")
    assert sum(1 for e in evs if e[:2] == ("COERCE", "USA")) == 1


def test_an_arrest_with_no_agent_after_a_strike_is_no_strikers(ctx):
    evs = code(ctx, "Israel struck a building in Gaza on Monday. A journalist was arrested in Ramallah.")
    assert not any(e[:2] == ("COERCE", "ISR") for e in evs)


def test_a_dhow_intercepted_at_sea_is_seized(ctx):
    evs = code(ctx, "The destroyer USS Mason intercepted a dhow in the Arabian Sea carrying missile components.")
    assert ("COERCE", "USA", None) in evs
