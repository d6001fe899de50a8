"""Judgement sentences: an act called a breach or violation accuses its doer."""
from . import code


def test_act_judged_a_breach_accuses_its_doer_from_the_quoted_speaker(ctx):
    evs = code(ctx, '"The capture of the ship by Iran\'s navy is a flagrant breach of international law," '
                    'Foreign Secretary David Lammy said.')
    assert ("ACCUSE", "GBR", "IRN") in evs


def test_act_judged_a_violation_in_a_release_accuses_the_possessor(ctx):
    evs = code(ctx, "Moscow's actions show a disregard for international law.", outlet="UK Government")
    assert ("ACCUSE", "GBR", "RUS") in evs


def test_demonym_doer_of_a_judged_act(ctx):
    evs = code(ctx, "These raids by Turkish jets constitute a violation of Iraqi sovereignty.", outlet="UK Government")
    assert ("ACCUSE", "GBR", "TUR") in evs


def test_judged_act_with_no_doer_accuses_no_one(ctx):
    assert not [e for e in code(ctx, "The election was a breach of the constitution.", outlet="UK Government")
                if e[0] == "ACCUSE"]


def test_negated_judgement_accuses_no_one(ctx):
    assert not [e for e in code(ctx, "Germany's decision is not a breach of the treaty.", outlet="UK Government")
                if e[0] == "ACCUSE"]


def test_troops_leaving_a_country_retreat_with_no_recipient(ctx):
    evs = code(ctx, "French forces left Mali last year, and the junta welcomed it.")
    assert ("RETREAT", "FRA", None) in evs


def _forces_left(ctx, text):
    from dyad.events.triggers import forces_leaving

    return [h for sent in ctx.nlp(text).sents for h in forces_leaving(sent, set())]


def test_a_minister_leaving_a_city_is_no_withdrawal_of_forces(ctx):
    assert not _forces_left(ctx, "The minister left Paris for Rome on Monday.")


def test_soldiers_leaving_talks_are_no_withdrawal_of_forces(ctx):
    assert not _forces_left(ctx, "Chinese soldiers left the talks early.")
    assert not [e for e in code(ctx, "Chinese soldiers left the talks early.") if e[0] == "RETREAT"]
