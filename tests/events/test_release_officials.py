"""Officials of the US and UK releases the project reads (junior ministers, spokespeople, envoys, coalition
commanders) are in the registry, and a commitment to defeat a group is an aim, not a promise to anyone."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_junior_minister_named_without_title_is_his_states(ctx):
    text = ("Minister for the Middle East Tobias Ellwood comments on the situation in Mosul, Iraq\n\n"
            "Tobias Ellwood condemns ISIL's treatment of residents of Mosul.")
    assert ("ACCUSE", "GBR", None) in code(ctx, text, published="2015-06-08", outlet="UK Government")


@pytest.mark.parametrize("name, country", [("Brett McGurk", "USA"), ("Baroness Anelay", "GBR"),
                                           ("Matthew Rycroft", "GBR"), ("John Kirby", "USA")])
def test_release_officials_resolve_to_their_state(ctx, name, country):
    evs = code(ctx, f"{name} condemned the attack on the convoy by Daesh.", published="2016-05-02")
    assert ("ACCUSE", country, None) in evs


def test_a_restated_commitment_to_defeat_a_group_is_no_agreement(ctx):
    evs = code(ctx, "Foreign Secretary Philip Hammond reiterated the UK's commitment to defeating Daesh.",
               published="2015-06-08")
    assert not [e for e in evs if e[0] == "AGREE"]
    # a commitment to a partner is still one
    evs = code(ctx, "Foreign Secretary Philip Hammond reiterated the UK's commitment to the security of Jordan.",
               published="2015-06-08")
    assert ("AGREE", "GBR", "JOR") in evs


def test_a_call_on_no_named_party_after_a_call_on_a_state_is_another_call(ctx):
    text = ("We urge the Government of Iraq to provide additional security for the camp's residents.\n\n"
            "We call on more countries to assist in responding to this humanitarian situation by welcoming "
            "camp residents.")
    evs = code(ctx, text, published="2015-10-30", outlet="U.S. Department of State")
    assert ("REQUEST", "USA", "IRQ") in evs and ("REQUEST", "USA", None) in evs


def test_a_national_security_council_is_a_states_not_the_uns(ctx):
    from dyad.model import RawArticle
    from dyad.pipeline import process_document

    raw = RawArticle(text="The Iraqi National Security Council banned the group in March 2024.", source_id="doc",
                     published="2024-06-01")
    evs = process_document(raw, ctx).events
    assert [(e.event_type, e.actor.country, e.actor.sector) for e in evs] == [("SANCTION", "IRQ", "GOV")]
    assert ("ACCUSE", None, "PRK") in code(ctx, "The UN Security Council condemned North Korea's launch.")


def test_a_nameless_office_in_a_national_outlets_story_is_the_outlets_country(ctx):
    text = ("SEOUL, Nov. 23 (Yonhap) -- North Korea fired two ballistic missiles on Tuesday.\n\n"
            "The foreign ministry urged Pyongyang to return to dialogue.")
    assert ("REQUEST", "KOR", "PRK") in code(ctx, text, published="2021-11-23", outlet="Yonhap News Agency")
    # with no such outlet, the article's protagonist keeps its own ministry
    text = "North Korea fired two ballistic missiles on Tuesday.\n\nThe foreign ministry said the test succeeded."
    assert not [e for e in code(ctx, text, published="2021-11-23") if e[1] == "KOR"]
