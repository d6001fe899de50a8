import pytest

from dyad.actors.gazetteer import load_gazetteer
from dyad.errors import ConfigError


def test_registry_knows_countries_demonyms_capitals_and_organs(gazetteer):
    assert gazetteer.lookup("Iran")[0][0].country == "IRN"
    assert gazetteer.lookup("Iraqi")[0][0].country == "IRQ"
    assert gazetteer.lookup("Baghdad")[0][0].country == "IRQ"
    irgc = gazetteer.lookup("IRGC")[0][0]
    assert (irgc.country, irgc.sector) == ("IRN", "MIL")
    assert gazetteer.lookup("Daesh")[0][0].country is None
    assert gazetteer.lookup("Hezbollah")[0][0].sector == "REB"


def test_users_can_add_actors_and_theirs_come_first(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("alias,name,actor_id,country,sector,kind\nNorth Wind Brigade,North Wind Brigade,org:nwb,SYR,REB,group\n",
                 encoding="utf-8")
    gaz = load_gazetteer([str(f)])
    assert gaz.lookup("North Wind Brigade")[0][0].actor_id == "org:nwb"


def test_bad_actor_file_is_a_config_error(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("alias,name,actor_id,country,sector,kind\nX,X,org:x,ZZZ,GOV,org\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown country code"):
        load_gazetteer([str(f)])
    with pytest.raises(ConfigError, match="not found"):
        load_gazetteer([str(tmp_path / "missing.csv")])


@pytest.mark.model
@pytest.mark.parametrize("text,country,sector", [
    ("Defense Minister of Iran Brigadier General Amir Hatami spoke.", "IRN", "GOV"),
    ("Iraq's Defense Minister Thabit al-Abbasi spoke.", "IRQ", "GOV"),
    ("The commander of the Iranian Army spoke.", "IRN", "MIL"),
    ("Chief of Staff of the Iranian Armed Forces Major General Mohammad Bagheri spoke.", "IRN", "MIL"),
])
def test_titled_persons_get_country_and_sector(ctx, text, country, sector):
    from dyad.actors.resolve import Resolver

    doc = ctx.nlp(text)
    subj = next(t for t in doc if t.dep_ == "nsubj")
    ref = Resolver(ctx.gazetteer).resolve_phrase(subj).ref
    assert (ref.country, ref.sector) == (country, sector)
