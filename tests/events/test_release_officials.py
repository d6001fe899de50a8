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
