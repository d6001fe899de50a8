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


@pytest.mark.parametrize("text", [
    # one side agreeing to yield concedes
    "Serbia agreed to free three Kosovo policemen after mediation by the European Union.",
    "Hungary agreed to lift its veto on the EU aid package for Ukraine.",
    "Georgia agreed to pull back its troops from the disputed village.",
    # announced concessions and repeals
    "Peru's government said it would repeal the mining decree after weeks of unrest.",
    "Beijing said it would scrap the punitive tariffs on Canadian canola.",
    "Pyongyang said it would suspend its missile tests during the talks.",
    "Moldova said it would release the detained Russian journalists' wives and sons.",
    "The Sudanese army said it would disengage its units from the city centre.",
    "Cairo abandoned plans to raise the bread subsidy threshold.",
    # admissions of any fact in a that-clause; apologies
    "Japan's trade ministry acknowledged that its inspectors had ignored the safety warnings.",
    "Belgium formally recognised its responsibility for the colonial massacres and asked Congo for forgiveness.",
])
def test_concessions(ctx, text):
    assert "CONCEDE" in types(ctx, text)


@pytest.mark.parametrize("text, absent", [
    ("Greece and North Macedonia agreed to reopen the border crossing at Gevgelija.", "CONCEDE"),  # mutual
    ("Chile agreed with Bolivia to return the seized trucks.", "CONCEDE"),
    ("The ministry refused to acknowledge that its inspectors had ignored the warnings.", "CONCEDE"),
    ("The ministry has not acknowledged that its inspectors ignored the warnings.", "CONCEDE"),
    ("Beijing said it would not scrap the punitive tariffs on Canadian canola.", "CONCEDE"),
    ("The bank suspended new loans to the country over its media law.", "CONCEDE"),
])
def test_not_concessions(ctx, text, absent):
    assert absent not in types(ctx, text)


@pytest.mark.parametrize("text, expected", [
    # a pledge to send or deploy forces commits them; a vow to strike, or to deploy them to crush, threatens
    ("Rwanda pledged to send 500 police officers to the UN mission in the Central African Republic.", "AGREE"),
    ("Nigeria's president vowed to deploy troops to crush the bandits in Zamfara.", "THREATEN"),
    ("Hamas vowed to attack Israeli positions in retaliation.", "THREATEN"),
])
def test_promised_deployments(ctx, text, expected):
    assert expected in types(ctx, text)


def test_pledge_not_to_use_force_is_no_threat(ctx):
    assert "THREATEN" not in types(ctx, "Peru and Ecuador pledged not to use force against each other.")


@pytest.mark.parametrize("text, expected", [
    # a state blocking access or a road restricts (COERCE); a crowd blocking a road obstructs (PROTEST)
    ("Iranian authorities blocked access to Telegram.", "COERCE"),
    ("Azerbaijan blocked the only road linking the enclave to Armenia.", "COERCE"),
    ("Farmers blocked the road to the port in Rotterdam.", "PROTEST"),
])
def test_blocking(ctx, text, expected):
    got = types(ctx, text)
    assert expected in got and "ACCUSE" not in got
