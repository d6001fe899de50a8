"""Quote speakers (model-backed; sentences written for these tests)."""
import pytest

pytestmark = pytest.mark.model


def _speakers(ctx, text, published="2019-06-01"):
    from dyad.model import RawArticle
    from dyad.pipeline import process_document

    result = process_document(RawArticle(text=text, source_id="q", published=published), ctx)
    return [(q.text.strip('"“”')[:12], q.speaker) for q in result.quotes]


def test_he_said_is_the_subject_named_before_not_the_interviewer(ctx):
    qs = _speakers(ctx, "Saudi Crown Prince Mohammed bin Salman gave an interview on Sunday. Speaking to reporter "
                        "Lina Haddad of CNN, he said, \"We will never accept this.\"")
    sp = qs[0][1]
    assert sp.name == "Mohammed bin Salman" and sp.country == "SAU"


def test_she_follows_the_woman_not_the_last_person(ctx):
    qs = _speakers(ctx, "Agnès Callamard met Hatice Cengiz on Monday. Cengiz's mother, Amina Sari, spoke later. "
                        "\"We are still waiting,\" she said.")
    assert qs[0][1].name != "Hatice Cengiz" and "Sari" in (qs[0][1].name or qs[0][1].text)


def test_a_nameless_title_is_the_holder_named_before(ctx):
    qs = _speakers(ctx, "Maj. Gen. Hossein Salami, the Chief Commander of the IRGC, met the Iraqi minister. The "
                        "commander of the Revolution Guards said: \"Our cooperation will grow.\"", published="2023-03-01")
    assert qs[0][1].name == "Hossein Salami"


def test_the_bare_title_word_refers_to_the_titled_person(ctx):
    qs = _speakers(ctx, "Secretary of Defense Ash Carter visited Baghdad. \"We stand with Iraq,\" the secretary said.",
                   published="2016-12-11")
    assert qs[0][1].name == "Ash Carter"


def test_an_inverted_speaker_after_the_quote_is_the_speaker(ctx):
    qs = _speakers(ctx, "Iranian Brigadier General Kioumars Heidari met Iraqi officers. \"We will train the border "
                        "guards together,\" added the brigadier general.", published="2023-03-01")
    assert qs[0][1] is not None and qs[0][1].country == "IRN"


def test_the_subject_of_the_clause_holding_the_quote_is_its_speaker(ctx):
    qs = _speakers(ctx, "British minister Alan Duncan urged the embassy to act. The State Department expressed its "
                        "\"deep regret\" on Friday.", published="2019-10-10")
    assert qs[0][1] is not None and qs[0][1].country == "USA"


@pytest.mark.parametrize("text,published,speaker", [
    # a coordinated speech verb shares its subject
    ("Egypt's Foreign Minister Sameh Shoukry cited the treaty and said, \"Our partners must act.\" "
     "Jordanian officials wrote a letter.", "2020-01-11", "Sameh Shoukry"),
    # "according to a statement by X" is X
    ("\"The sanctions will stay,\" according to a statement on Monday by US Secretary of State Mike Pompeo.",
     "2019-01-23", "Mike Pompeo"),
    # an outlet quoting someone is not the speaker
    ("General Hossein Salami spoke in Tehran. \"Our forces are ready,\" the Tasnim news agency quoted him as "
     "saying.", "2020-01-05", "Hossein Salami"),
])
def test_speaker_named_by_the_clause_around_the_quote(ctx, text, published, speaker):
    assert _speakers(ctx, text, published=published)[0][1].name == speaker


def test_a_participle_speaks_for_the_subject_of_its_clause(ctx):
    qs = _speakers(ctx, "In the end, the Iraqi Defense Minister pointed out the importance of the talks, and emphasized "
                        "the unity and integrity of Syria saying: \"We are ready to help.\"", published="2023-03-01")
    assert qs[0][1] is not None and qs[0][1].country == "IRQ"


def test_a_quote_left_open_at_its_paragraph_end_does_not_pair_with_the_next_paragraph(ctx):
    from dyad.attributes.quotes import quote_spans

    text = ('He added: "We will keep working with our partners.\n\n'
            'The minister also met the ambassador.\n\n'
            'She said: "Talks will go on."')
    spans = [text[a:b] for a, b in quote_spans(text)]
    assert spans == ['"We will keep working with our partners.', '"Talks will go on."']


def test_a_quote_running_on_over_paragraphs_keeps_its_speaker(ctx):
    from dyad import process

    text = ('Speaking after the meeting, British Foreign Secretary Boris Johnson said:\n\n'
            '"The United Kingdom stands behind Ukraine.\n\n'
            '"I urge Russia to use its influence on the separatists."')
    res = process(text, published="2017-09-14", context=ctx)
    assert ("REQUEST", "GBR", "RUS") in [(e.event_type, e.actor and e.actor.country, e.recipient and
                                          e.recipient.country) for e in res.events]


def test_according_to_names_the_source_not_the_speaker(ctx):
    from dyad import process

    text = ('According to state news agency IRNA, the attorney general of Iran, Mohammad Jafar Montazeri, said the '
            'suspects must face "terrorism charges".')
    (q,) = process(text, published="2020-06-29", context=ctx).quotes
    assert q.speaker.kind == "person" and q.speaker.country == "IRN"


def test_a_person_named_beside_an_organisation_is_the_speaker_not_the_organisation(ctx):
    qs = _speakers(ctx, "Asian Development Bank president Tomas Ruiz said the new rules \"will cut costs by half,\" "
                        "further saying, \"Trade will follow.\"")
    assert [sp.name for _, sp in qs] == ["Tomas Ruiz", "Tomas Ruiz"]


def test_the_commissioner_is_the_commissioner_named_before(ctx):
    qs = _speakers(ctx, "EU trade commissioner Anna Berg announced the talks. The commissioner said, \"We are close "
                        "to a deal.\"")
    assert qs[0][1].name == "Anna Berg"


def test_a_source_within_a_ministry_speaks_for_the_ministry_of_the_story(ctx):
    qs = _speakers(ctx, "Pakistan's army said it killed nine militants near Peshawar. A source within the Interior "
                        "Ministry said \"the toll will rise.\"")
    assert qs[0][1].country == "PAK"
