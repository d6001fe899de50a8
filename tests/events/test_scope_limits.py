"""Where this session's rules stop: each rule's case next to the look-alike it must leave alone."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_an_international_wires_nameless_office_is_not_its_home_countrys(ctx):
    evs = code(ctx, "Tehran rejected the accusations. The foreign ministry spokesman criticized Israel.",
               outlet="Reuters")
    assert ("ACCUSE", "IRN", "ISR") in evs


def test_a_strike_in_a_news_story_is_no_item_of_an_earlier_series(ctx):
    evs = code(ctx, "The United States launched airstrikes against the Houthis on Monday. A strike on a market in "
                    "Gaza killed 12 people.")
    assert ("ASSAULT", "USA", "PSE") not in evs


def test_attacks_told_on_different_days_are_not_one(ctx):
    evs = code(ctx, "Rocket attacks targeted the US Embassy in Baghdad on April 21. A drone attack on April 29 was "
                    "carried out by the Houthis.")
    assert ("ASSAULT", None, "USA") in evs and ("ASSAULT", "YEM", None) in evs


def test_a_named_addressee_of_a_release_request_stays_the_addressee(ctx):
    assert ("REQUEST", "GBR", "QAT") in code(ctx, "Britain asked Qatar for the release of the hostages held by "
                                                  "Hamas.")
    evs = code(ctx, "Iran seized a tanker in the Strait of Hormuz. Greece called for humanitarian access to Gaza.")
    assert ("REQUEST", "GRC", "IRN") not in evs


def test_a_call_made_after_a_meeting_is_not_addressed_to_the_one_met(ctx):
    assert ("REQUEST", "TUR", "RUS") not in code(ctx, "Erdogan met Putin in Sochi and called for a ceasefire in Gaza.")


def test_another_states_strikes_in_a_country_do_not_take_the_series_target(ctx):
    evs = code(ctx, "Coalition forces conducted strikes against ISIL terrorists. Russia carried out strikes in Syria.")
    assert ("ASSAULT", "RUS", "SYR") in evs


def test_an_unaddressed_repeat_of_a_request_is_the_same_request(ctx):
    evs = code(ctx, "The United States urged Iran to release the detained sailors. Blinken also urged the immediate "
                    "release of the sailors.")
    assert evs == [("REQUEST", "USA", "IRN")]


def test_warplanes_are_armed_forces_suicide_bombers_are_not(ctx):
    from dyad.model import RawArticle
    from dyad.pipeline import process_document

    evs = process_document(RawArticle(text="Russian warplanes bombed rebel positions in Idlib.", source_id="doc",
                                      published="2016-05-01"), ctx).events
    assert [(e.actor.country, e.actor.sector) for e in evs] == [("RUS", "MIL")]
    assert code(ctx, "Suicide bombers attacked a mosque in Kabul.", published="2016-05-01")[0][1] is None


def test_a_toll_told_with_with_is_no_act_of_who_reports_it(ctx):
    assert not code(ctx, "Reuters reported the attack the deadliest since an assault in Ghazni in August 2018, with "
                         "officials reporting at the time 150 security forces killed.", published="2019-01-24")
    assert ("ASSAULT", "AFG", "AFG") in code(ctx, "The Taliban attacked a base in Ghazni, with 40 soldiers killed.",
                                             published="2019-01-24")


def test_a_stateless_peoples_forces_are_not_the_releasing_states(ctx):
    evs = code(ctx, "Turkish strikes on Kurdish forces in northern Syria killed five.", published="2023-07-10",
               outlet="The White House")
    assert ("ASSAULT", "TUR", "USA") not in evs
    assert ("SUPPORT", "USA", "USA") in code(ctx, "The President thanked American forces for their service.",
                                             published="2023-07-10", outlet="The White House")


def test_whoever_condemns_strikes_did_not_strike(ctx):
    evs = code(ctx, "Iraq condemned the Turkish drone strikes, which killed three civilians.", published="2024-05-03")
    assert ("ACCUSE", "IRQ", "TUR") in evs  # the demonym on the compound names the doer
    assert not [e for e in evs if e[0] == "ASSAULT" and e[1] == "IRQ"]
