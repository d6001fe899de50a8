"""The issue #4 attribute scorers (dyad.evaluate.score_mentions, score_quotes) on small hand-written texts:
gold is anchored in its document and matched to dyad's spans by overlap, speakers are compared by registry
identity. Each case states what the scorer must (not) accept."""
from __future__ import annotations

import pytest

from dyad.actors.gazetteer import ActorEntry, Gazetteer, load_gazetteer
from dyad.evaluate import anchor, head_span, reading_text, same_speaker, score_mentions, score_quotes


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of phrase in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def cand(text: str, phrase: str, country, sector, nth: int = 0, **kw) -> dict:
    s, e = at(text, phrase, nth)
    return {"start": s, "end": e, "text": phrase, "country": country, "sector": sector, **kw}


def gm(text: str, country, sector, doc="d") -> dict:
    return {"doc_id": doc, "text": text, "country": country, "sector": sector}


# -- anchoring ------------------------------------------------------------------------------------------------

def test_anchor_follows_reading_order_and_gives_no_span_twice():
    text = "Assad's government met Turkey. Later Assad spoke; Turkey replied to Assad."
    spans = anchor(["Assad's government", "Assad", "Turkey", "Assad", "Assad"], text)
    assert spans == [at(text, "Assad's government"), at(text, "Assad", 0), at(text, "Turkey", 0),
                     at(text, "Assad", 1), at(text, "Assad", 2)]


def test_anchor_whole_words_quotes_and_spacing():
    text = "Iranian officials and Iran\u2019s  army"
    assert anchor(["Iran", "Iran's army"], text) == [(22, 26), (22, len(text))]
    assert anchor(["Iraq"], text) == [None]


def test_out_of_order_item_takes_the_first_free_occurrence():
    text = "Iran, Iraq and Syria; Iraq again."
    assert anchor(["Iraq", "Syria", "Iran", "Iraq"], text) == [at(text, "Iraq", 0), at(text, "Syria"), at(text, "Iran"),
                                                             at(text, "Iraq", 1)]


def test_reading_text_puts_back_a_headline_the_stored_text_lacks():
    assert reading_text("Body text.", "Iran warns") == ("Iran warns\n\nBody text.", 12)
    assert reading_text("Iran warns\n\nBody text.", "Iran warns") == ("Iran warns\n\nBody text.", 0)
    assert reading_text("Body text.", None) == ("Body text.", 0)


@pytest.mark.parametrize("phrase, head", [
    ("the Iraqi border guards", "guards"), ("The Minister of Defense of Iraq", "Minister"),
    ("Mahan's director, Hamid Khanooki", "director"), ("Iraq\u2019s", "Iraq"),
    ("Major General Mohammad Baqeri", "Baqeri"),
    ("the Islamic State (ISIS)", "State"), ("the American ambassador here in the UK", "ambassador")])
def test_head_word(phrase, head):
    s, e = head_span(phrase, (0, len(phrase)))
    assert phrase[s:e] == head


# -- actor resolution -----------------------------------------------------------------------------------------

def test_gold_is_matched_where_it_stands_not_at_the_first_substring():
    # the old scorer took the earlier bare "Syrian" (a substring of "the Syrian Army") as the match
    text = "Syrian media said the Syrian Army entered Manbij."
    found = {"d": [cand(text, "Syrian", "SYR", "GOV"), cand(text, "Syrian Army", "SYR", "MIL")]}
    s = score_mentions([gm("the Syrian Army", "SYR", "MIL")], found, {"d": text})
    assert (s.gold, s.found, s.correct) == (1, 1, 1)
    assert s.detail["exact"] == 1


def test_a_right_resolution_elsewhere_does_not_rescue_a_wrong_one_here():
    text = "Iran said it would respond. Later Iran fired."
    found = {"d": [cand(text, "Iran", "IRN", "GOV", 0), cand(text, "Iran", None, None, 1)]}
    s = score_mentions([gm("Iran", "IRN", "GOV"), gm("Iran", "IRN", "GOV")], found, {"d": text})
    assert (s.found, s.correct) == (2, 1)


def test_a_modifier_inside_the_phrase_is_another_mention():
    text = "It helps the Iraqi border guards."
    found = {"d": [cand(text, "Iraqi", "IRQ", "GOV")]}
    s = score_mentions([gm("the Iraqi border guards", "IRQ", "GOV")], found, {"d": text})
    assert (s.found, s.correct) == (0, 0)


def test_the_name_inside_a_titled_phrase_is_the_same_mention():
    text = "Major General Mohammad Baqeri met him."
    found = {"d": [cand(text, "Mohammad Baqeri", "IRN", "MIL")]}
    s = score_mentions([gm("Major General Mohammad Baqeri", "IRN", "MIL")], found, {"d": text})
    assert (s.found, s.correct, s.detail["nested"]) == (1, 1, 1)


def test_a_larger_phrase_with_another_head_is_not_the_mention():
    text = "He praised Prime Minister Al Sudani's government."
    found = {"d": [cand(text, "Prime Minister Al Sudani's government", "IRQ", "GOV")]}
    s = score_mentions([gm("Prime Minister Al Sudani", "IRQ", "GOV")], found, {"d": text})
    assert s.found == 0


def test_headline_gold_is_not_found_and_does_not_take_the_body_occurrence():
    text = "Iran said on Monday."
    found = {"d": [cand(text, "Iran", "IRN", "GOV")]}
    gold = [gm("Iran", "IRN", "GOV"), gm("Iran", "IRN", "GOV")]  # the headline's Iran, then the body's
    s = score_mentions(gold, found, {"d": text}, {"d": "Iran warns Iraq"})
    assert (s.gold, s.found, s.correct, s.detail["in the headline"]) == (2, 1, 1, 1)


def test_country_and_folded_sector_must_both_agree_and_none_equals_only_none():
    text = "Police and the UN and the army"
    found = {"d": [cand(text, "Police", "GBR", "COP"), cand(text, "UN", "USA", "IGO"),
                   cand(text, "army", "GBR", "GOV")]}
    gold = [gm("Police", "GBR", "GOV"), gm("the UN", None, "IGO"), gm("the army", "GBR", "MIL")]
    s = score_mentions(gold, found, {"d": text})
    assert (s.found, s.correct) == (3, 1)  # COP folds into GOV; USA is not None; GOV is not MIL


def test_one_candidate_per_span_the_first_given():
    text = "Iran and Iraq"
    found = {"d": [cand(text, "Iran", "IRN", "GOV"), cand(text, "Iran", None, None, **{"from": "actor"})]}
    s = score_mentions([gm("Iran", "IRN", "GOV"), gm("Iran", "IRN", "GOV")], found, {"d": text})
    assert (s.found, s.correct) == (1, 1)


def test_documents_without_text_count_as_missed():
    s = score_mentions([gm("Iran", "IRN", "GOV", doc="other")], {}, {"d": "Iran"})
    assert (s.gold, s.found, s.accuracy) == (1, 0, 0.0)


# -- quote speakers -------------------------------------------------------------------------------------------

def registry() -> Gazetteer:
    gaz = Gazetteer()
    people = [("person:mohammad-bagheri", "Mohammad Bagheri", "IRN", "MIL", ["Baqeri", "Mohammad Hossein Baqeri"]),
              ("person:ali-bagheri-kani", "Ali Bagheri Kani", "IRN", "GOV", ["Ali Bagheri"]),
              ("org:gbr-fco", "Foreign and Commonwealth Office", "GBR", "GOV", ["Foreign Office"]),
              ("person:kyriakos-mitsotakis", "Kyriakos Mitsotakis", "GRC", "GOV", ["Mitsotakis"]),
              ("person:sameh-shoukry", "Sameh Shoukry", "EGY", "GOV", ["Shoukry"])]
    for actor_id, name, country, sector, aliases in people:
        kind = "org" if actor_id.startswith("org:") else "person"
        entry = ActorEntry(actor_id=actor_id, name=name, country=country, sector=sector, kind=kind)
        for alias in [name, *aliases]:
            gaz.add_surface(alias, entry, kind)
    outlet = ActorEntry(actor_id="outlet:isna", name="Iranian Students' News Agency", country="IRN", sector="MED",
                        kind="media")
    gaz.outlet_entries[Gazetteer.key("ISNA")] = outlet
    return gaz


def gq(name, country, text=None) -> dict:
    return {"speaker_name": name, "speaker_text": text or name, "speaker_country": country}


def sp(text, actor_id=None, name=None, country=None) -> dict:
    return {"text": text, "actor_id": actor_id, "name": name, "country": country}


@pytest.mark.parametrize("gold, speaker, right", [
    # another spelling of the same registry person
    (gq("Mohammad Hossein Baqeri", "IRN"), sp("he", "person:mohammad-bagheri", "Mohammad Bagheri", "IRN"), True),
    # same surname, another registry person
    (gq("Mohammad Bagheri", "IRN"), sp("Bagheri", "person:ali-bagheri-kani", "Ali Bagheri Kani", "IRN"), False),
    # right name, wrong country
    (gq("Mohammad Bagheri", "IRN"), sp("Bagheri", "person:mohammad-bagheri", "Mohammad Bagheri", "IRQ"), False),
    # resolved to the outlet the person was quoted by: not the person, though the phrase names him
    (gq("Ali Alghasi Mehr", "IRN"), sp("news agency ISNA, the prosecutor general, Ali Alghasi Mehr", "outlet:isna",
                                       "Iranian Students' News Agency", "IRN"), False),
    # unresolved, but naming the office that spoke
    (gq("Foreign and Commonwealth Office", "GBR", "A Foreign Office spokesman"),
     sp("Foreign Office spokesman", country="GBR"), True),
    (gq("Foreign and Commonwealth Office", "GBR"), sp("spokesman", country="GBR"), False),
    # a person the registry does not know: full name or surname, not someone else's
    (gq("Hatice Cengiz", "TUR"), sp("She", name="Hatice Cengiz", country="TUR"), True),
    (gq("Hatice Cengiz", "TUR"), sp("Cengiz", country="TUR"), True),
    (gq("Hatice Cengiz", "TUR"), sp("Cengiz", "person:x-cengiz", "Mehmet Cengiz", "TUR"), False),
    (gq("Hatice Cengiz", "TUR"), sp("She", name="Anne Sacoolas", country="TUR"), False),
    # a named speaker needs a speaker, even when both countries are None (the old scorer counted this right)
    (gq("Albert Muchanga", None), None, False),
    (gq("Albert Muchanga", None), sp("commissioner"), False),
    # an unnamed gold speaker is decided by the country alone
    (gq(None, None, "They"), None, True),
    (gq(None, None, "They"), sp("They", "person:sameh-shoukry", "Sameh Shoukry", "EGY"), False),
])
def test_same_speaker(gold, speaker, right):
    assert same_speaker(gold, speaker, registry())[0] is right


def test_quotes_with_the_same_opening_are_told_apart_by_position():
    text = ('Egypt and Greece called the deal "null and void". Later the Greek prime minister Kyriakos '
            'Mitsotakis called it "null and void" too.')
    quotes = {"d": [{"start": at(text, '"null and void"', 0)[0], "end": at(text, '"null and void"', 0)[1],
                     "speaker": sp("They", "person:sameh-shoukry", "Sameh Shoukry", "EGY")},
                    {"start": at(text, '"null and void"', 1)[0], "end": at(text, '"null and void"', 1)[1],
                     "speaker": sp("Mitsotakis", "person:kyriakos-mitsotakis", "Kyriakos Mitsotakis", "GRC")}]}
    gold = [{"doc_id": "d", "quote": "null and void", **gq("Sameh Shoukry", "EGY", "They")},
            {"doc_id": "d", "quote": "null and void", **gq("Kyriakos Mitsotakis", "GRC")}]
    s = score_quotes(gold, quotes, {"d": text}, registry=registry())
    assert (s.gold, s.found, s.correct) == (2, 2, 2)


def test_a_quote_dyad_did_not_find_is_missed_not_compared():
    text = 'He said "we will respond" and "we are ready".'
    quotes = {"d": [{"start": at(text, '"we will respond"')[0], "end": at(text, '"we will respond"')[1],
                     "speaker": sp("He", "person:mohammad-bagheri", "Mohammad Bagheri", "IRN")}]}
    gold = [{"doc_id": "d", "quote": "we will respond", **gq("Mohammad Bagheri", "IRN")},
            {"doc_id": "d", "quote": "we are ready", **gq("Mohammad Bagheri", "IRN")}]
    s = score_quotes(gold, quotes, {"d": text}, registry=registry())
    assert (s.gold, s.found, s.correct, s.accuracy, s.accuracy_found) == (2, 1, 1, 0.5, 1.0)


@pytest.mark.parametrize("gold_name, actor_id, name", [
    ("Mohammad Hossein Baqeri", "person:mohammad-bagheri", "Mohammad Bagheri"),
    ("Yahya Sarea", "person:yahya-saree", "Yahya Saree"),
    ("Thabit Mohammad Saeed Reza", "person:thabet-al-abbasi", "Thabet al-Abbasi")])
def test_bundled_registry_spellings_are_one_speaker(gold_name, actor_id, name):
    reg = load_gazetteer()
    assert same_speaker(gq(gold_name, "IRN"), sp("he", actor_id, name, "IRN"), reg) == (True, "id")
    assert same_speaker(gq(gold_name, "IRN"), sp("he", "person:ali-bagheri-kani", "Ali Bagheri Kani", "IRN"),
                        reg)[0] is False
