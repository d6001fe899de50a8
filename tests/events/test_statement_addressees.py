"""A commitment or demand stated to someone is addressed to them; the press hearing it is no addressee."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_commitment_told_to_a_leader_is_made_to_that_leader(ctx):
    evs = code(ctx, "President Biden told President Putin that the United States remains prepared to engage in "
                    "diplomacy.", published="2022-02-12")
    assert ("AGREE", "USA", "RUS") in evs


def test_being_clear_with_someone_addresses_them(ctx):
    evs = code(ctx, "President Biden was clear with President Putin that while the United States remains prepared to "
                    "engage in diplomacy, it is equally prepared for other scenarios.", published="2022-02-12")
    assert ("AGREE", "USA", "RUS") in evs


def test_reporters_told_of_a_commitment_are_not_its_addressee(ctx):
    evs = code(ctx, "The minister told reporters that Britain is ready to help.")
    assert ("AGREE", "GBR", None) in evs
