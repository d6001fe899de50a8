"""An agreement a statement welcomes or praises, naming both parties with "between", is the parties' AGREE
beside the welcome; wished, denied or merely discussed agreements are not."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_welcomed_agreement_between_two_parties(ctx):
    evs = code(ctx, "The UN welcomed the ceasefire agreement between Israel and Hamas.")
    assert ("AGREE", "ISR", "PSE") in evs
    assert any(t == "SUPPORT" for t, _, _ in evs)


def test_between_hung_on_the_date_and_second_party_on_the_verb(ctx):
    evs = code(ctx, "I very much welcome the agreement on 2 December between the Federal Government of Iraq, led by "
                    "Prime Minister Haider Al Abadi, and the Kurdistan Regional Government, represented by Prime "
                    "Minister Nechirvan Barzani, on oil exports.", outlet="UK Government")
    assert ("AGREE", "IRQ", "IRQ") in evs


def test_praised_deal(ctx):
    evs = code(ctx, "Britain praised the deal between Armenia and Azerbaijan, which was signed in Washington.")
    assert ("AGREE", "ARM", "AZE") in evs


def test_wished_denied_or_discussed_agreements_are_not_coded(ctx):
    for text in ("France would welcome a deal between Serbia and Kosovo.",
                 "The minister did not welcome the accord between Egypt and Sudan.",
                 "The agreement between Iran and Iraq was discussed."):
        assert not any(t == "AGREE" for t, _, _ in code(ctx, text)), text
