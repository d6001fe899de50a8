"""Where launches, speaking occasions and sites place the events told around them (model-backed)."""
import pytest

pytestmark = pytest.mark.model


def _place(ctx, text, word, takes_target=False):
    from dyad.attributes.places import find_place

    doc = ctx.nlp(text)
    return find_place(next(t for t in doc if t.text == word), ctx.places, takes_target)


def _located(ctx, text, published="2024-05-02"):
    from dyad import process

    return [(e.event_type, e.location and e.location.country)
            for e in process(text, published=published, context=ctx).events]


@pytest.mark.parametrize("text,country", [
    ("The North fired a cruise missile from near Wonsan on Sunday that came down in the sea.", "PRK"),
    ("Iran launched two rockets from inside Iraq, officials said.", "IRQ"),
])
def test_a_launch_is_where_it_is_fired_from(ctx, text, country):
    word = "fired" if "fired" in text else "launched"
    place, _ = _place(ctx, text, word)
    assert place is not None and place.country == country


def test_a_launch_into_the_sea_is_placed_by_the_sentence_that_says_where_from(ctx):
    text = ("TOKYO, May 2 -- North Korea fired three ballistic missiles into the Sea of Japan on Thursday, the "
            "defence ministry said.\n\nThe missiles were launched from the Wonsan area on the east coast and flew "
            "about 400 kilometres, the ministry added.")
    assert ("MOBILIZE", "PRK") in _located(ctx, text)


def _statements(ctx, text, published="2024-05-02"):
    from dyad import process

    return [(e.event_type, e.location and e.location.country)
            for e in process(text, published=published, context=ctx).events
            if e.event_type in ("REQUEST", "ACCUSE", "REJECT")]


def test_a_statement_is_made_where_the_next_paragraph_says_its_speaker_spoke(ctx):
    text = ("On Tuesday, Austrian Foreign Minister Anna Keller urged Iran to release a detained aid worker.\n\n"
            "Minister Keller was asked about the detention while speaking to reporters at a school in Lucerne. "
            "She said the case had been raised with the ambassador.")
    assert ("REQUEST", "CHE") in _statements(ctx, text)


def test_a_quote_is_said_where_the_line_introducing_it_places_its_speaker(ctx):
    text = ("British Foreign Secretary Mark Ellis met King Abdullah on Wednesday.\n\n"
            "Speaking to journalists in Amman, the Foreign Secretary said:\n\n"
            "\"Iran must release the detained sailors immediately and without conditions.\"")
    assert ("REQUEST", "JOR") in _statements(ctx, text)


def test_a_place_the_speaker_talks_about_is_no_occasion(ctx):
    from dyad.attributes.places import speaking_occasions

    doc = ctx.nlp("General Amir Hatami pointed to the advisory missions in Iraq, saying they had succeeded.")
    assert speaking_occasions(doc, ctx.places) == []
    doc = ctx.nlp("He told reporters in Lucerne that the case was serious.")
    assert speaking_occasions(doc, ctx.places) == []  # who "he" is takes more than the sentence


def test_a_base_named_by_a_hosts_adjective_is_in_that_country(ctx):
    located = _located(ctx, "On Monday, Iran fired rockets targeting British soldiers in Syrian army bases.")
    assert ("ASSAULT", "SYR") in located


def test_a_base_named_by_the_targets_adjective_is_the_owners_anywhere(ctx):
    located = _located(ctx, "On Monday, Iran fired rockets at American military bases, officials said.")
    assert all(country != "USA" for kind, country in located if kind == "ASSAULT")


def test_a_countrys_own_ground_is_placed_in_it(ctx):
    place, how = _place(ctx, "The drones struck fuel depots deep inside Russian territory overnight.", "struck", True)
    assert (place.country, how) == ("RUS", "ground")


def test_a_site_name_the_ner_leaves_untagged_is_in_the_storys_country(ctx):
    text = "The ministers reviewed the mission in Niger, after which Italian troops withdrew from the al-Tahir airbase."
    place, how = _place(ctx, text, "withdrew")
    assert (place.text, place.country, how) == ("al-Tahir airbase", "NER", "unknown")


def test_the_outcome_of_an_attack_on_a_site_is_where_the_site_is(ctx):
    text = "The minister condemned the mortar attack on the Kirkuk training center, which wounded four cadets."
    assert _place(ctx, text, "wounded")[0].country == "IRQ"
    assert _place(ctx, text, "attack", True)[0].country == "IRQ"


def test_a_crowds_own_place_places_its_protest(ctx):
    text = "Thousands of students in Dhaka protested against the tuition rise on Friday."
    assert ("PROTEST", "BGD") in _located(ctx, text)


def test_a_liberation_is_not_fought_against_the_places_people(ctx):
    from dyad import process

    events = process("On Monday, Kurdish-led forces continued to liberate villages in Syria, the spokesman said.",
                     published="2024-05-02", context=ctx).events
    assert all((e.recipient is None or e.recipient.country != "SYR") for e in events if e.event_type == "ASSAULT")


@pytest.mark.parametrize("text,country", [
    ("In 2022, Vienna hosted two rounds of talks between the envoys.", "AUT"),
    ("In May, Qatar hosted a meeting in Tehran of the regional ministers.", "IRN"),  # the meeting's own phrase
])
def test_a_place_that_hosts_talks_holds_them(ctx, text, country):
    place, _ = _place(ctx, text, "hosted")
    assert place is not None and place.country == country


def test_a_lead_placing_the_fight_in_part_of_a_city_sets_the_ground(ctx):
    text = ("Coalition strikes depot\n\nOn May 1, Iraqi troops attempted to seize the grain depot from ISIS "
            "fighters in the heart of West Mosul. The fighters had used the depot as a command post.\n\n"
            "On May 2, coalition aircraft conducted a precision strike on the depot to target the fighters.")
    located = _located(ctx, text)
    assert ("ASSAULT", "IRQ") in located and all(country in ("IRQ", None) for _, country in located)


def test_an_operation_is_where_its_relative_clause_says_it_took_ground(ctx):
    text = "In March, Ethiopia launched an offensive that captured Mekelle within a week."
    place, how = _place(ctx, text, "launched", True)
    assert (place.country, how) == ("ETH", "target")
