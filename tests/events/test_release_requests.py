"""A request for someone's release is addressed to whoever holds them: the holder the sentence names (by its
agent or the state it holds them in), else the party the document told detaining them."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, captor", [
    ("The Secretary raised the cases of Armenian detainees held in Baku and urged their release on humanitarian "
     "grounds.", "AZE"),
    ("The United States demands the release of American citizens detained in Iran.", "IRN"),
    ("We call for the immediate release of the crew members held by the Houthis.", "YEM"),
])
def test_the_holder_the_sentence_names_is_asked(ctx, text, captor):
    assert ("REQUEST", "USA", captor) in code(ctx, text, published="2026-11-05", outlet="U.S. Department of State")


def test_the_party_told_detaining_them_is_asked(ctx):
    text = ("Iranian forces detained two British sailors in the Gulf on Monday.\n\n"
            "Britain called for the sailors' release.")
    assert ("REQUEST", "GBR", "IRN") in code(ctx, text, published="2026-11-05")
    # with nobody told holding them, the request has no addressee
    assert ("REQUEST", "GBR", None) in code(ctx, "Britain called for the sailors' release.", published="2026-11-05")


def test_an_offer_joined_to_a_call_is_made_to_the_other_party(ctx):
    evs = code(ctx, "Senegal's President Bassirou Diomaye Faye spoke by telephone with Mali's transitional president "
                    "on Sunday, and offered to escort fuel deliveries from the port of Dakar.", published="2026-11-05")
    assert ("AGREE", "SEN", "MLI") in evs and ("CONSULT", "SEN", "MLI") in evs
    assert ("AGREE", "QAT", "ISR") in code(ctx, "Qatar offered to mediate between Israel and Hamas.")
    # a joint act's partner is no addressee of a conjoined call on others
    evs = code(ctx, "The two leaders agreed on the importance of accountability, and called on other nations to "
                    "contribute personnel.", published="2023-11-14", outlet="The White House")
    assert not [e for e in evs if e[0] == "REQUEST" and e[2] is not None]


def test_an_announced_trip_is_no_promise(ctx):
    assert not code(ctx, "The Foreign Secretary will travel to Muscat next month for talks with Omani officials.",
                    published="2026-11-27", outlet="UK Government")
    # an invitation to visit still is one
    assert ("AGREE", "IRQ", "USA") in code(ctx, "Iraqi Prime Minister al-Sudani invited President Biden to visit "
                                                "Baghdad.", published="2023-10-16")


def test_an_obligation_on_all_parties_is_a_call_on_no_one_in_particular(ctx):
    evs = code(ctx, "It is imperative for all parties to coordinate closely to ensure unity of effort in defeating "
                    "Daesh.", published="2016-10-17", outlet="U.S. Department of State")
    assert evs == [("REQUEST", "USA", None)]
    # an unnamed party that is not everyone is still no call
    assert not code(ctx, "It is imperative for some officials to coordinate closely.", published="2016-10-17",
                    outlet="U.S. Department of State")
