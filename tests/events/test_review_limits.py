"""Where this session's rules stop (found in review): each rule's look-alike it must leave alone."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_demand_made_after_telling_someone_is_still_of_the_clauses_subject(ctx):
    evs = code(ctx, "Blinken told Netanyahu about the talks and demanded that Hamas release the hostages.")
    assert ("REQUEST", "USA", "PSE") in evs


def test_an_offer_to_help_a_third_party_told_to_someone_is_for_the_third_party(ctx):
    assert ("AGREE", "USA", "UKR") in code(ctx, "Biden told Putin that the United States is prepared to help Ukraine.")


def test_a_third_partys_readiness_told_to_someone_is_not_addressed_to_them(ctx):
    evs = code(ctx, "Blinken told Scholz that Iran is ready to resume nuclear talks.")
    assert ("AGREE", "IRN", "DEU") not in evs


def test_an_arrest_placed_in_another_country_is_not_the_last_seizers(ctx):
    evs = code(ctx, "Iran seized a British tanker in the Strait of Hormuz on Friday. In London, two Iranian students "
                    "were arrested on Saturday.", published="2019-07-21")
    assert not any(e[:2] == ("COERCE", "IRN") and e[2] == "IRN" for e in evs)


def test_an_order_to_civilians_is_still_a_request(ctx):
    evs = code(ctx, "The Israeli military said Palestinians must leave northern Gaza immediately.")
    assert ("REQUEST", "ISR", "PSE") in evs


def test_demanding_nothing_less_than_an_act_demands_it(ctx):
    assert any(e[0] == "REQUEST" for e in code(ctx, "Zelensky demanded nothing less than the full withdrawal of "
                                                    "Russian troops."))


def test_a_claim_made_before_an_attack_does_not_complete_it(ctx):
    evs = code(ctx, "Gunmen killed ten worshippers at a mosque in Kirkuk on Tuesday. On Monday, Islamic State had "
                    "claimed responsibility for a bombing in Mosul.", published="2024-05-01")
    assert ("ASSAULT", None, "IRQ") in evs


def test_a_speakers_report_of_another_states_government_is_not_the_speakers(ctx):
    evs = code(ctx, "Blinken said the government had arrested hundreds of journalists in Tigray.")
    assert not any(e[:2] == ("COERCE", "USA") for e in evs)


def test_a_state_legislature_named_general_assembly_is_not_the_un(ctx):
    from dyad.pipeline import process_document
    from dyad.model import RawArticle

    res = process_document(RawArticle(text="The Virginia General Assembly condemned the Chinese government.",
                                      source_id="doc", published="2024-05-01"), ctx)
    assert not any(e.actor is not None and e.actor.sector == "IGO" for e in res.events)


def test_an_airstrike_representing_punishment_still_struck(ctx):
    evs = code(ctx, "The report said Israeli airstrikes representing collective punishment hit Gaza.")
    assert any(e[:2] == ("ASSAULT", "ISR") for e in evs)


def test_a_lead_on_a_topic_of_violence_sets_no_ground(ctx):
    text = ("Lawmakers clashed for hours on Monday over a bill on domestic violence in the Polish parliament in "
            "Warsaw.\n\nThe bill would expand shelters for victims.\n\n"
            "Separately, two Ukrainian truck drivers were arrested on Tuesday.")
    assert not any(e[:2] == ("COERCE", "POL") for e in code(ctx, text, published="2024-05-08"))


def test_they_after_an_opening_clause_are_its_subject(ctx):
    evs = code(ctx, "After Iraqi forces came under heavy fire from ISIL fighters in a hospital building, they requested "
                    "immediate support from the coalition.", published="2016-12-08")
    assert ("REQUEST", "IRQ", "USA") in evs


def test_standing_isolated_is_no_standing_with_anyone(ctx):
    evs = code(ctx, "Russia stood isolated at the vote, with the support of only four states.")
    assert not any(e[0] == "SUPPORT" and e[1] == "RUS" for e in evs)
    assert ("SUPPORT", "USA", "UKR") in code(ctx, "The United States stands with the people of Ukraine.")
