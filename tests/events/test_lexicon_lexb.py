"""Lexicon and pattern coverage: protests, concessions, coercion (sentences written for these tests)."""
import pytest

from . import code


def types(ctx, text):
    return {e[0] for e in code(ctx, text)}


@pytest.mark.parametrize("text", [
    "Dock workers staged a walkout over pay in Marseille.",
    "Students are staging a sit-in outside the education ministry in Dhaka.",
    "Opposition supporters in Kampala staged a rally against the president.",
])
def test_staged_protests(ctx, text):
    # the lemmatizer reads "staged"/"staging" as "stag": the lemma is mended before the lexicon is consulted
    assert "PROTEST" in types(ctx, text)


def test_staged_lemma_is_mended(ctx):
    doc = ctx.nlp("The union staged a strike.")
    assert doc[2].lemma_ == "stage"


@pytest.mark.parametrize("text, expected", [
    # crowds of no side the registry knows are protesters, of the place where they protest
    ("Crowds marched through Nairobi against the new finance bill.", ("PROTEST", "KEN")),
    ("Farmers blocked roads around Lyon with their tractors.", ("PROTEST", "FRA")),
    ("Thousands rallied in Manila against the new mining law.", ("PROTEST", "PHL")),
    # a nation's people by its demonym protest in the street; their state would protest diplomatically
    ("Jordanians held a large protest in Amman against the fuel price rise.", ("PROTEST", "JOR")),
    # what a protest voices is its purpose: the protest is the event
    ("Hundreds of teachers marched in Lima to demand higher pay.", ("PROTEST", "PER")),
    ("Crowds gathered outside the Danish embassy in Ankara to denounce the burning of a Koran.", ("PROTEST", "TUR")),
    ("Workers at the port walked off the job in Antwerp over pensions.", ("PROTEST", "BEL")),
    ("Shopkeepers observed a general strike across Srinagar.", ("PROTEST", "IND")),
])
def test_street_protests(ctx, text, expected):
    assert expected in [e[:2] for e in code(ctx, text)]


def test_purpose_of_a_march_is_not_a_second_event(ctx):
    assert types(ctx, "Hundreds of teachers marched in Lima to demand higher pay.") == {"PROTEST"}


@pytest.mark.parametrize("text, absent", [
    ("These moves demonstrate a lack of respect for the truce.", "PROTEST"),
    ("Leaders gathered in Rome to condemn the attack.", "PROTEST"),
    ("Ankara protested against the arms sale to Greece.", "PROTEST"),  # a state's protest is an ACCUSE
])
def test_not_street_protests(ctx, text, absent):
    assert absent not in types(ctx, text)
