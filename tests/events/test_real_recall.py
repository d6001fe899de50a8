"""Acts real official releases and wire copy tell that dyad used to miss (sentences written for these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # punitive action promised against a party is a threat; taken, it is a punitive step
    ("Norway said it would take further measures against Russian trawlers.", ("THREATEN", "NOR", "RUS")),
    ("Last year Norway took measures against Russian trawlers.", ("SANCTION", "NOR", "RUS")),
    # a generic target is the target: what it does as a rule names no other party
    ("Officials said the United States would take action against any firm that ships oil for the Syrian regime.",
     ("THREATEN", "USA", None)),
])
def test_promised_action_against(ctx, text, expected):
    assert expected in code(ctx, text)


@pytest.mark.parametrize("text", [
    "Norway is considering measures against Russian trawlers.",  # a plan under study
    "Britain urged Pakistan to take action against the militants.",  # the content of a request
])
def test_no_threat_from_unpromised_action(ctx, text):
    assert not any(e[0] in ("THREATEN", "SANCTION") for e in code(ctx, text))
