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
