"""What a document says about a person reaches every mention of them (model-backed)."""
import pytest

from dyad.model import Document

pytestmark = pytest.mark.model


def _mentions(ctx, text, published="2019-10-15"):
    from dyad.actors.resolve import Resolver, resolve_actors
    from dyad.nlp import parse

    parsed = parse(Document(doc_id="x", text=text, content_hash="h", published=published), ctx.nlp)
    return {m.span.text: m.actor for m in resolve_actors(parsed, Resolver(ctx.gazetteer, published))}


def test_a_nationality_stated_once_reaches_the_surname(ctx):
    ms = _mentions(ctx, "Hatice Cengiz addressed reporters in New York. Hatice Cengiz is a Turkish national "
                        "now living in London. Cengiz said the killers must be brought to justice.")
    assert (ms["Cengiz"].country, ms["Cengiz"].sector, ms["Cengiz"].name) == ("TUR", "CVL", "Hatice Cengiz")


def test_the_documents_full_name_beats_a_registry_namesake_found_by_surname(ctx):
    ms = _mentions(ctx, "CTF 50 is led by Commodore Andrew Burns, a British officer. Burns said the task force "
                        "would grow.")
    assert (ms["Burns"].name, ms["Burns"].country) == ("Andrew Burns", "GBR")


def test_an_of_phrase_describes_its_head_not_the_person_inside_it(ctx):
    from dyad.actors.people import document_people
    from dyad.actors.resolve import Resolver

    doc = ctx.nlp("Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters.")
    people = document_people(doc, Resolver(ctx.gazetteer))
    assert people["khashoggi"].sector == "MED"
    assert people["cengiz"].sector == "CVL"


def test_the_americans_are_the_state_but_bare_plurals_are_people(ctx):
    ms = _mentions(ctx, "The Americans and the Zionists are weak, the general said. Slovaks gathered in Bratislava.")
    assert (ms["Americans"].country, ms["Americans"].sector) == ("USA", "GOV")
    assert (ms["Slovaks"].country, ms["Slovaks"].sector) == ("SVK", "CVL")


def test_the_prosecutor_general_is_not_the_general_named_before(ctx):
    from dyad import process

    text = ("Iran said the general Qasem Soleimani was killed in a US strike. "
            "The prosecutor general of Tehran, Ali Alghasi Mehr, said Iran will pursue the prosecution of Trump.")
    res = process(text, published="2020-06-29", context=ctx)
    assert all((m.actor.name or "") != "Qasem Soleimani" for m in res.mentions if "prosecutor" in m.span.text)


@pytest.mark.parametrize("text,word,registry_id", [
    # the registry's "Hadi" is a president: a prime minister whose name goes on with another surname is not him
    ("Prime Minister Hadi al-Mansouri opened the session.", "Mansouri", None),
    ("Foreign Minister Mansour Hadi opened the session.", "Hadi", None),  # the name fits, the office does not
    ("President Hadi opened the session.", "Hadi", "person:abdrabbuh-mansur-hadi"),
    # transliterations of the registry's surname are still the person
    ("Major General Mohammad Baqeri inspected the troops.", "Baqeri", "person:mohammad-bagheri"),
    ("General Qasem Soelimani inspected the troops.", "Soelimani", "person:qasem-soleimani"),
])
def test_a_registry_person_needs_the_surname_and_an_office_that_fits(ctx, text, word, registry_id):
    ms = _mentions(ctx, text, published="2015-06-01")
    person = next((a for t, a in ms.items() if word in t), None)
    assert (person.actor_id if person is not None else None) == registry_id


def test_a_surname_the_model_leaves_untagged_keeps_the_nationality_told_first(ctx):
    from dyad.actors.people import document_people
    from dyad.actors.resolve import Resolver

    doc = ctx.nlp("Egypt freed Dutch journalist Pieter Vermaelen on Tuesday. Egyptian police arrested Vermaelen "
                  "in Cairo last year.")
    later = next(t for t in doc if t.text == "Vermaelen" and t.i > 8)
    doc.ents = [e for e in doc.ents if not e.start <= later.i < e.end]  # the model often misses a lone surname
    resolver = Resolver(ctx.gazetteer)
    resolver.people = document_people(doc, resolver)
    ref = resolver.resolve_phrase(later).ref
    assert (ref.country, ref.name) == ("NLD", "Pieter Vermaelen")


@pytest.mark.parametrize("ship_clause, country", [
    ("embarked on the Royal Navy destroyer HMS Dauntless", "GBR"),
    ("serving aboard the American cruiser USS Normandy", "USA"),
])
def test_an_officer_whose_nationality_is_untold_is_of_the_navy_of_the_ship_he_is_aboard(ctx, ship_clause, country):
    ms = _mentions(ctx, f"The task force is commanded by Commodore Peter Lang, commander of the escort group, "
                        f"{ship_clause}. The frigate joined on Monday. \"We welcome her,\" said Lang.")
    assert (ms["Lang"].name, ms["Lang"].country) == ("Peter Lang", country)


def test_a_name_the_parser_hangs_on_a_titles_place_is_the_titles_holder(ctx):
    ms = _mentions(ctx, "US Ambassador to Norway Carla Benning said the airline must stop its flights. "
                        "The spokesman of President Biden said nothing.")
    amb = next(a for t, a in ms.items() if t.startswith("US Ambassador"))
    assert (amb.name, amb.country) == ("Carla Benning", "USA")
    assert all(a.name != "Joe Biden" for t, a in ms.items() if t.startswith("The spokesman"))
