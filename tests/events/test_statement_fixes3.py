"""Fixes from the statement-style sentences (third round), each on a sentence written for the test."""
import pytest

from . import code

pytestmark = pytest.mark.model


def test_a_nameless_title_does_not_refer_forward_to_the_office_holder_it_addresses(ctx):
    # a White House readout's "The President" is its own, not the president named after it in the sentence
    got = code(ctx, "The President urged President el-Sisi to reopen the border crossing without delay.",
               outlet="The White House")
    assert ("REQUEST", "USA", "EGY") in got


def test_a_title_still_refers_back_to_the_holder_named_before_it(ctx):
    got = code(ctx, "President Erdogan met the Greek foreign minister in Ankara. The President said the talks "
                    "had been constructive.")
    assert got and got[0][:2] == ("CONSULT", "TUR")
