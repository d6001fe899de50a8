"""The parties of events in real prose, second pass: actor and recipient of acts whose type is right
(sentences written for these tests)."""
import pytest

from . import code

pytestmark = pytest.mark.model


def _events(ctx, text, published="2024-03-13"):
    from dyad import process

    return process(text, published=published, context=ctx).events


@pytest.mark.parametrize("text,etype,country", [
    ("On Monday, the Erdogan government summoned the Swedish ambassador over the protest.", "ACCUSE", "TUR"),
    ("The Putin government expelled two Estonian diplomats on Friday.", "SANCTION", "RUS"),
    ("Last week Netanyahu's government rejected the ceasefire proposal from Egypt.", "REJECT", "ISR"),
])
def test_a_leaders_regime_is_the_states_government_not_the_leader(ctx, text, etype, country):
    # "the <leader> government/regime/administration" is an organ of the state, not the person who leads it
    ev = next(e for e in _events(ctx, text) if e.event_type == etype)
    assert ev.actor.country == country and ev.actor.sector == "GOV"
    assert ev.actor.kind != "person", ev.actor
