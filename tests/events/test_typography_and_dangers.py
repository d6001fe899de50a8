"""Names written with a typographic apostrophe, and dangers described rather than threats issued."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_group_named_with_a_curly_apostrophe_is_the_group(ctx):
    straight = code(ctx, "The ministry condemned the bombing in Homs, for which Da'esh claimed responsibility.")
    curly = code(ctx, "The ministry condemned the bombing in Homs, for which Da\u2019esh claimed responsibility.")
    assert any(e[0] == "ASSAULT" for e in straight)
    assert any(e[0] == "ASSAULT" for e in curly)


def test_a_threat_posed_by_a_group_is_no_threat_issued(ctx):
    assert not any(e[0] == "THREATEN" for e in code(ctx, "The talks focused on the threat posed by Hezbollah."))
    assert not any(e[0] == "THREATEN" for e in code(ctx, "Officials said Iran poses a threat to shipping."))


def test_a_threat_made_is_still_a_threat(ctx):
    assert any(e[0] == "THREATEN" for e in code(ctx, "Hezbollah issued a threat against the Israeli army."))
