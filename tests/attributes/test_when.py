"""Which date of a sentence dates the event, and how the document's dates resolve (model-backed)."""
import pytest

from dyad.model import RawArticle

pytestmark = pytest.mark.model


def _events(ctx, text, source_id="doc", published=None, path=None):
    from dyad.pipeline import process_document

    return process_document(RawArticle(text=text, source_id=source_id, published=published, path=path), ctx).events


def test_date_of_another_acts_noun_phrase_is_not_the_events(ctx):
    from dyad.attributes.when import ranked_dates

    doc = ctx.nlp("On Monday, Fars reported Iran issued arrest warrants on 36 people believed to have been "
                  "involved in the assassination of the general in January and demanded from Interpol to "
                  "publish a red notice.")
    trigger = next(t for t in doc if t.text == "demanded")
    assert ranked_dates(doc, trigger)[0].text == "Monday"


def test_trigger_in_a_relative_clause_does_not_take_the_main_clause_date(ctx):
    from dyad.attributes.when import ranked_dates

    doc = ctx.nlp("On Wednesday, the ministers denounced the memoranda in which Turkey and Libya agreed on borders.")
    assert ranked_dates(doc, next(t for t in doc if t.text == "agreed")) == []
    assert [e.text for e in ranked_dates(doc, next(t for t in doc if t.text == "denounced"))] == ["Wednesday"]


def test_a_date_naming_a_thing_is_not_an_act_date_but_a_misparsed_weekday_is(ctx):
    from dyad.attributes.when import names_a_thing

    doc = ctx.nlp("They concluded that the November 27 maritime agreement is null and void.")
    assert names_a_thing(next(e for e in doc.ents if e.label_ == "DATE"))
    doc = ctx.nlp("Leaders met in Niamey for a summit where on Sunday Presidents Buhari and Talon signed the deal.")
    assert not names_a_thing(next(e for e in doc.ents if e.label_ == "DATE"))


def test_year_only_file_names_anchor_explicit_dates(ctx):
    evs = _events(ctx, "The French frigate FS Forbin joined the US Navy task force on Dec. 27.\n\n"
                       "Carter met Iraqi Prime Minister Haider al-Abadi in Baghdad today.",
                  source_id="centcom-2016-forbin", path="releases/centcom-2016-forbin.txt")  # a file's name
    dates = {e.event_type: (e.date, e.date_precision) for e in evs}
    assert dates.get("COOPERATE") == ("2016-12-27", "day")
    assert dates.get("CONSULT") == ("2016", "year")


def test_the_following_day_counts_from_the_day_last_named(ctx):
    evs = _events(ctx, "On Wednesday, foreign ministers met in Cairo.\n\nIn a press release issued the following "
                       "day, the Turkish Ministry of Foreign Affairs denounced the conclusions of the summit.",
                  published="2020-01-11")
    assert [e.date for e in evs if "following" in e.evidence.text] == ["2020-01-09"]


def test_undated_acts_take_the_date_last_told(ctx):
    evs = _events(ctx, "The European Union on Monday imposed sanctions on three Iranian companies.\n\n"
                       "Iran's foreign ministry spokesman rejected the accusation on Tuesday.\n\n"
                       "He condemned the sanctions.", published="2025-07-16")
    assert [e.date for e in evs if e.evidence.text.startswith("He condemned")] == ["2025-07-15"]


def test_relative_dates_inside_quotes_are_the_speakers_not_the_publications(ctx):
    evs = _events(ctx, "Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from "
                       'the country.\n\nFollowing the vote, a State Department spokesperson said: "Today we strongly '
                       'urge Iraqi leaders to reconsider."', published="2020-01-06")
    assert [e.date for e in evs if e.event_type == "REQUEST" and "urge" in e.evidence.text] == ["2020-01-05"]


def test_relative_clauses_of_things_have_their_own_date_but_of_people_and_occasions_do_not(ctx):
    from dyad.attributes.when import ranked_dates

    doc = ctx.nlp("President Biden thanked Ruto for leading the mission, which the Security Council authorized "
                  "last month.")
    assert ranked_dates(doc, next(t for t in doc if t.text == "thanked")) == []
    doc = ctx.nlp("He was received on Tuesday by Iranian President Ebrahim Raisi, who praised the Iraqi government.")
    assert [e.text for e in ranked_dates(doc, next(t for t in doc if t.text == "praised"))] == ["Tuesday"]


def test_a_future_clause_dates_the_promise_not_the_announcement(ctx):
    from dyad.attributes.when import ranked_dates

    doc = ctx.nlp("The Foreign Secretary announced that the UK will provide an additional £5 million this year to "
                  "support Ukraine.")
    assert ranked_dates(doc, next(t for t in doc if t.text == "support")) == []


def test_weekday_times_later_that_day_and_plans(ctx):
    evs = _events(ctx, "On Feb. 9, US forces struck two missile launchers in Yemen. Later that day, the destroyer "
                       "shot down seven drones launched by the Houthis. Iran's navy said it seized a British tanker on "
                       "Friday night.",
                  published="2024-02-10")
    by_trigger = {e.trigger.text: e.date for e in evs}
    assert by_trigger["struck"] == "2024-02-09"
    assert by_trigger["shot"] == "2024-02-09"  # "later that day": the day last named
    assert by_trigger["seized"] == "2024-02-09"  # "Friday night" is a Friday
    (invited,) = [e for e in _events(ctx, "President Biden invited President Ruto to Washington for a state visit "
                                          "next year.", published="2023-11-14") if e.trigger.text == "invited"]
    assert invited.date == "2023-11-14"  # the visit is next year, the invitation today


def test_a_look_back_lasts_to_the_end_of_its_paragraph(ctx):
    text = ("Foreign Secretary Boris Johnson today travelled to Kyiv, where he met President Poroshenko.\n\n"
            "The visit comes days after separatist forces shelled army positions near Avdiivka on Sunday. "
            "Ukraine condemned the shelling.\n\n"
            "Johnson urged Russia to use its influence on the separatists.")
    evs = _events(ctx, text, published="2017-09-14")
    by_trigger = {e.trigger.text: e.date for e in evs}
    assert by_trigger["shelled"] == "2017-09-10"
    assert by_trigger["condemned"] == "2017-09-10"  # the same paragraph: still the look back
    assert by_trigger["urged"] == "2017-09-14"  # a new paragraph: back to the story's day


def test_dates_of_what_a_statement_speaks_of_are_not_the_statements(ctx):
    from dyad.attributes.when import ranked_dates

    def dates(text, word):
        doc = ctx.nlp(text)
        return [e.text for e in ranked_dates(doc, next(t for t in doc if t.text == word))]

    assert dates("We urge Hanoi to respect the 2019 border accord, which is binding.", "urge") == []  # names a thing
    assert dates("Should Iraq detain any of the 12 sailors seized yesterday, it will face consequences.", "face") == []
    assert dates("The United Kingdom condemns the strikes of the Russian army on Kharkiv on Monday.", "condemns") == []
    assert dates("The minister condemned the attack on Monday.", "condemned") == ["Monday"]  # past: said then


def test_a_present_tense_statement_is_made_today_and_what_it_speaks_of_dates_the_story(ctx):
    evs = _events(ctx, "The United Kingdom condemns the seizure of a Greek tanker by Iranian forces in the Gulf on "
                       "May 3. Iranian commandos boarded the vessel and detained its crew. The United Kingdom is "
                       "prepared to provide further support to Greece.", published="2025-05-06")
    dates = {e.trigger.text: e.date for e in evs}
    assert dates["condemns"] == "2025-05-06" and dates["prepared"] == "2025-05-06"
    assert dates["detained"] == "2025-05-03"


def test_a_reported_past_perfect_is_news_but_a_plain_one_looks_back():
    from dyad.attributes.background import is_background
    from dyad.attributes.dates import UNKNOWN

    said = "The army said its troops had killed nine militants."
    assert not is_background(said, UNKNOWN, "2024-05-06", "reported-past-perfect")
    assert is_background(said, UNKNOWN, "2024-05-06", "past-perfect")
    assert is_background("The two states had signed a treaty.", UNKNOWN, "2024-05-06")


def test_the_tense_of_a_report_decides_whether_its_past_perfect_looks_back(ctx):
    from dyad.pipeline import _pluperfect

    doc = ctx.nlp("The Lebanese army said that its troops had deployed in the south.")
    assert _pluperfect(next(t for t in doc if t.text == "deployed")) == "reported-past-perfect"
    doc = ctx.nlp("By then the two armies had deployed along the border.")
    assert _pluperfect(next(t for t in doc if t.text == "deployed")) == "past-perfect"


def test_what_a_statement_has_just_done_is_done_on_its_day(ctx):
    evs = _events(ctx, "Turkey moved warships to the area over the course of the past week. Turkey's foreign "
                       "minister has just spoken with his Greek counterpart.", published="2024-04-13")
    call = next(e for e in evs if e.event_type == "CONSULT")
    assert (call.date, call.date_precision) == ("2024-04-13", "day")
