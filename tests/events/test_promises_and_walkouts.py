"""A promise is a threat only when what is promised harms ("vowed to take revenge"), not when its verb has some
hostile sense elsewhere ("pledged to take in refugees"); a hunger or general strike strikes no one."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_promise_to_take_in_refugees_is_an_agreement(ctx):
    assert code(ctx, "Jordan pledged to take in more refugees from Syria.") == [("AGREE", "JOR", "SYR")]


def test_a_promise_of_revenge_is_a_threat(ctx):
    assert code(ctx, "Hezbollah vowed to take revenge on Israel.") == [("THREATEN", "LBN", "ISR")]
    assert code(ctx, "The Houthis vowed to strike Israeli ships.") == [("THREATEN", "YEM", "ISR")]


def test_hunger_and_general_strikes_are_protests(ctx):
    assert [e[0] for e in code(ctx, "Kurdish prisoners began a hunger strike in a Turkish jail.")] == ["PROTEST"]
    assert [e[0] for e in code(ctx, "Unions called a general strike in Tunisia.")] == ["PROTEST"]
    assert [e[0] for e in code(ctx, "Israeli jets carried out an air strike on Gaza.")] == ["ASSAULT"]


def test_a_border_with_a_state_is_no_partner(ctx):
    assert code(ctx, "Iraq mobilised thousands of troops on the border with Kuwait.") == [("MOBILIZE", "IRQ", "KWT")]
    assert code(ctx, "Egypt held naval exercises with Russia.") == [("COOPERATE", "EGY", "RUS")]


def test_who_does_not_condemn_an_attack_did_not_carry_it_out(ctx):
    assert not code(ctx, "Iraq did not condemn the attack.")


def test_whom_a_strike_killed_is_whom_it_struck(ctx):
    from dyad.model import RawArticle
    from dyad.pipeline import process_document

    for text in ("A US drone strike killed an al-Shabaab leader in Somalia.",
                 "An Israeli air strike killed three Hamas commanders in Gaza."):
        evs = process_document(RawArticle(text=text, source_id="doc", published="2024-05-01"), ctx).events
        assert [(e.event_type, e.recipient.sector) for e in evs] == [("ASSAULT", "REB")]  # the group, not the place


def test_raised_concerns_about_a_party_are_a_criticism(ctx):
    assert code(ctx, "The Secretary of State raised concerns with Egypt about the detention of activists.",
                outlet="U.S. Department of State") == [("ACCUSE", "USA", "EGY")]
    evs = code(ctx, "President Biden underscored his fundamental concerns about Beijing's coercive and unfair "
                    "economic practices.")
    assert evs == [("ACCUSE", "USA", "CHN")]
    # voiced again and again, it is a standing position
    assert not code(ctx, "Iranian officials have repeatedly voiced concern about the growing role of Western "
                         "powers in the South Caucasus.")
