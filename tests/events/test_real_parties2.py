"""The parties of events in real prose, second pass: actor and recipient of acts whose type is right
(sentences written for these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


def _events(ctx, text, published="2024-03-13"):
    from dyad import process

    return process(text, published=published, context=ctx).events


@pytest.mark.parametrize("text,etype,country", [
    ("On Monday, the Erdogan government summoned the Swedish ambassador over the protest.", "ACCUSE", "TUR"),
    ("The Putin government expelled two Estonian diplomats on Friday.", "SANCTION", "RUS"),
    ("Last week Netanyahu's government rejected the ceasefire proposal from Egypt.", "REJECT", "ISR"),
])
def test_a_leaders_regime_is_the_states_government_not_the_leader(ctx, text, etype, country):
    # "the <leader> government/regime/administration" is an organ of the state, not the person who leads it
    ev = next(e for e in _events(ctx, text) if e.event_type == etype)
    assert ev.actor.country == country and ev.actor.sector == "GOV"
    assert ev.actor.kind != "person", ev.actor


@pytest.mark.parametrize("text,expected", [
    # the reaction an act was done in spite of targets whoever did the act, from whoever voiced it
    ("Japan went ahead with the release on Thursday despite criticism from China.", ("ACCUSE", "CHN", "JPN")),
    ("Czech Prime Minister Petr Fiala pledged to ratify the treaty. He announced the decision on Saturday, despite "
     "criticism by the Slovak foreign minister.", ("ACCUSE", "SVK", "CZE")),
])
def test_reactions_conceded_target_the_clauses_doer(ctx, text, expected):
    assert expected in code(ctx, text)


def test_who_reacted_is_not_a_party_to_the_act_done_anyway(ctx):
    events = code(ctx, "Hungary ratified the accord on Monday despite objections from Romania.")
    assert ("ACCUSE", "ROU", "HUN") in events
    assert ("AGREE", "HUN", "ROU") not in events, events


@pytest.mark.parametrize("text,expected", [
    # "he" does not mean a person the sentence names only after it
    ("German Chancellor Olaf Scholz pledged more aid to Ukraine on Monday. He later held talks with Polish Prime "
     "Minister Donald Tusk.", ("CONSULT", "DEU", "POL")),
    # a subject pronoun carries on the last person who acted, not the one thanked
    ("British Foreign Secretary David Lammy met the Emir of Qatar in Doha and thanked him for his mediation. In "
     "Riyadh he held talks with Saudi Foreign Minister Prince Faisal bin Farhan.", ("CONSULT", "GBR", "SAU")),
])
def test_pronouns_look_back_not_ahead(ctx, text, expected):
    assert expected in code(ctx, text)


def test_a_call_for_someone_to_be_punished_is_a_request(ctx):
    # the parser reads "for" as the marker of the passive clause: the call is still a call for it
    assert ("REQUEST", "KEN", None) in code(ctx, "On Friday the Kenyan president called for the attackers to be "
                                                 "punished.")


def test_asking_someone_to_bear_up_is_sympathy_not_a_request(ctx):
    assert not [e for e in code(ctx, "A Dutch diplomat asked the widow to be patient and strong.") if e[0] == "REQUEST"]


@pytest.mark.parametrize("text,expected", [
    ("President Erdogan repeated the promise in a rally in Istanbul on Sunday.", []),  # a leader campaigning
    ("The Hungarian prime minister spoke at a rally in Budapest on Friday.", []),
    ("Thousands of Polish farmers held a rally outside parliament in Warsaw.", ["PROTEST"]),
    ("The Polish government protested to Belarus over the incident.", ["ACCUSE"]),  # a state's protest is diplomatic
])
def test_a_states_rally_is_no_protest(ctx, text, expected):
    assert [e[0] for e in code(ctx, text) if e[0] in ("PROTEST", "ACCUSE")] == expected


def test_denying_the_report_answers_whoever_reported_it(ctx):
    text = ("On Monday, Serbia's interior ministry said that Kosovo police had detained three Serbian citizens. "
            "Kosovo's government denied the report, calling it propaganda.")
    assert ("REJECT", "XKX", "SRB") in code(ctx, text)


def test_a_charge_denied_in_a_relative_answers_the_accuser_the_statement_told(ctx):
    # "It" is the body whose statement the sentence before told; the denied charge is the one it made
    events = code(ctx, "The Ukrainian military said its drones struck a depot near Belgorod overnight. It accused "
                       "Russia of storing missiles there, a charge Moscow denied.")
    assert ("ACCUSE", "UKR", "RUS") in events
    assert ("REJECT", "RUS", "UKR") in events
