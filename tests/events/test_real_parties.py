"""The parties of events in real prose: actor and recipient of acts whose type is right (sentences written for
these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # a possessive pronoun on a light verb's noun is the subject's own act; the first object is its addressee
    ("Chancellor Scholz offered President Zelensky and the Ukrainian government his full support for these reforms.",
     ("SUPPORT", "DEU", "UKR")),
    # "their government" in an admitted clause is the government of the admitting subject
    ("On Sunday, officials from Syria acknowledged their government had mistakenly shot down a Jordanian airliner.",
     ("ASSAULT", "SYR", "JOR")),
])
def test_possessive_pronouns_mean_the_governing_subject(ctx, text, expected):
    assert expected in code(ctx, text)
