"""Is an event background (recalled history) rather than the article's news? `reported_only` in the record."""
from __future__ import annotations

import re
from datetime import date

from .dates import MONTH_RE, DateValue

CUES = re.compile(r"\b(previously|in the past|formerly|years? ago|decades? ago|last year|since (?:19|20)\d\d|"
                  r"back in|at the time)\b", re.I)
PLUPERFECT_CUE = re.compile(r"\bhad (?:\w+ )?(?:been|signed|agreed|attacked|killed|launched|imposed)\b", re.I)
# "In April, …", "Earlier in June, …": with no publication date to place it, a month named for an act is a look
# back (the story's own acts are told by weekday or "today"), so it is another occasion than the news
MONTH_OPENING = re.compile(rf"^\W*(?:earlier |later |also )?(?:in|since|during|last|by) (?:{MONTH_RE})\b(?! \d)", re.I)


def is_background(sentence: str, when: DateValue, published: str | None, trigger_tense: str | None = None) -> bool:
    """True for events the article recalls: an explicit past date well before publication, or a cue.
    `trigger_tense` "past-perfect" marks a look back; "reported-past-perfect" ("the army said its troops had
    deployed") is reported speech shifting the news back a tense, not a look back."""
    if when.value and published:
        pub = date.fromisoformat(published)
        year = int(when.value[:4])
        if when.precision == "year" and year < pub.year:
            return True
        if when.precision in ("month", "day"):
            month = int(when.value[5:7])
            months_back = (pub.year - year) * 12 + pub.month - month
            if months_back >= 2 or (when.precision == "month" and months_back >= 1):
                return True
    elif when.value and not when.relative and when.precision in ("month", "year"):
        return True  # "In July 2017" with no publication date: history all the same
    elif not published and MONTH_OPENING.search(sentence):
        return True
    if trigger_tense == "past-perfect":
        return True
    return bool(CUES.search(sentence)) or (trigger_tense != "reported-past-perfect"
                                           and bool(PLUPERFECT_CUE.search(sentence)))
