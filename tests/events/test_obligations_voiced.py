"""What another party must or should do, said in a government release's own voice, is the issuing state's
REQUEST to it; obligations told without a modal ("it is imperative for X to", "X has a responsibility to")
count too, and the act required is not coded as done. A news narrator's "must" is no one's request."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_an_official_release_voices_its_musts(ctx):
    evs = code(ctx, "Syria and Russia must comply with their international obligations.", outlet="The White House")
    assert ("REQUEST", "USA", "SYR") in evs


def test_a_news_narrator_voices_no_request(ctx):
    assert not code(ctx, "Iran must release the detained sailors.", outlet="Wikinews")


def test_the_speakers_own_resolve_is_no_request(ctx):
    assert not code(ctx, "We must defend ourselves.", outlet="The White House")


def test_obligations_without_a_modal(ctx):
    for text, target in (("It is imperative for Hamas to release the hostages.", "PSE"),
                         ("Russia has a responsibility to end the war.", "RUS"),
                         ("But Israel retains a responsibility to protect civilians.", "ISR")):
        assert ("REQUEST", "USA", target) in code(ctx, text, outlet="The White House"), text


def test_the_act_required_is_not_told_as_done(ctx):
    evs = code(ctx, "It is vital that Iran releases the sailors.", outlet="The White House")
    assert ("REQUEST", "USA", "IRN") in evs
    assert not any(t == "RETREAT" for t, _, _ in evs)
    assert not code(ctx, "It is not necessary for Iran to respond.", outlet="The White House")


def test_announced_designation_is_a_sanction(ctx):
    evs = code(ctx, "The United States announced the designation of the Houthis as a terrorist group.",
               outlet="The White House")
    assert ("SANCTION", "USA", "YEM") in evs


def test_gerund_under_a_passive_clause_takes_its_subject(ctx):
    evs = code(ctx, "The United States and the international community have been united in our response and in "
                    "condemning these attacks in the strongest terms.", outlet="The White House")
    assert any(t == "ACCUSE" and a == "USA" for t, a, _ in evs)
