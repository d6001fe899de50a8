"""Lexicon and pattern coverage: unknown attackers, alerts and launches, courts, hackers, relief, pull-outs
(sentences written for these tests)."""
import pytest

from . import code


def types(ctx, text):
    return {e[0] for e in code(ctx, text)}


@pytest.mark.parametrize("text, victims", [
    # an attack whose doer the text does not establish: actor null, the victims of the country it struck
    ("Gunmen killed nine farmers at a market in northern Burkina Faso on Sunday.", "BFA"),
    ("Unknown assailants shot dead a police officer in Kirkuk.", "IRQ"),
    ("Attackers killed three teachers at a school in southern Thailand.", "THA"),
    ("Masked gunmen abducted 40 passengers from a bus in Kaduna.", "NGA"),
    # a blast the text gives no doer for
    ("An explosion at a crowded bus station in Quetta killed six passengers.", "PAK"),
    ("A roadside bomb struck a police truck near Kandahar, killing three officers.", "AFG"),
])
def test_attacks_by_unknown_attackers(ctx, text, victims):
    assert ("ASSAULT", None, victims) in code(ctx, text)


def test_unknown_attackers_victims_keep_their_sector(ctx):
    from dyad import process

    ev = next(e for e in process("Unknown assailants shot dead two policemen in Kirkuk.", published="2024-03-13",
                                 context=ctx).events if e.event_type == "ASSAULT")
    assert ev.actor is None and ev.recipient.country == "IRQ" and ev.recipient.sector in ("COP", "GOV")


@pytest.mark.parametrize("text", [
    "Gunmen killed a shopkeeper.",  # no place gives the victim a side: nothing to record
    "The strike killed four herders near the village.",  # the strike already told, retold
])
def test_unknown_attacks_with_nobody_to_place(ctx, text):
    assert ("ASSAULT", None, None) not in code(ctx, text)


def test_another_attack_does_not_name_the_unknown_gunmen(ctx):
    text = ("Gunmen on motorbikes shot dead two policemen at a checkpoint in Peshawar. "
            "Hours later, Pakistani troops killed six militants in a raid near Peshawar.")
    events = code(ctx, text)
    assert ("ASSAULT", None, "PAK") in events
    assert events.count(("ASSAULT", "PAK", "PAK")) == 1


@pytest.mark.parametrize("text", [
    "Greece placed its navy on the highest level of readiness in the Aegean.",
    "Chad's army put two battalions on standby for a possible deployment to Sudan.",
    "The Pentagon ordered a destroyer squadron to the Black Sea.",
    "Russia's navy unveiled a new nuclear submarine at Severodvinsk.",
    "North Korea paraded intercontinental ballistic missiles through Pyongyang.",
    "India conducted a test launch of its Agni-V missile off the coast of Odisha.",
])
def test_alerts_orders_and_displays_of_force(ctx, text):
    assert "MOBILIZE" in types(ctx, text)


@pytest.mark.parametrize("text", [
    "The ministry unveiled a plan to cut fuel subsidies.",
    "The general ordered the troops to withdraw from the town.",
    "The bank conducted a stress test of its loan book.",
])
def test_not_displays_of_force(ctx, text):
    assert "MOBILIZE" not in types(ctx, text)


def test_a_bombing_named_by_its_capital_is_an_attack_there_by_someone_unknown(ctx):
    from dyad import process

    evs = process("Car bomb kills five\n\nA Baghdad car bombing killed four and wounded 30 on Sunday.",
                  published="2019-01-24", context=ctx).events
    assert [(e.event_type, e.actor, e.recipient and e.recipient.country) for e in evs] == [("ASSAULT", None, "IRQ")]
