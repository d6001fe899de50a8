"""Resolve a date expression against the publication date: "on Sunday", "earlier this month", "In July 2017".

dateparser alone gets weekdays a week early and returns nothing for "Earlier in June", so our own rules
run first and dateparser (RELATIVE_BASE = publication date, PREFER_DATES_FROM = past) is the fallback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))


@dataclass(frozen=True)
class DateValue:
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str  # day, month, year, unknown
    relative: bool = False  # resolved against the publication date

    @property
    def year(self) -> int | None:
        return int(self.value[:4]) if self.value else None


UNKNOWN = DateValue(None, "unknown")


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat(), "day", True)


def _month(y: int, m: int, relative: bool = True) -> DateValue:
    return DateValue(f"{y:04d}-{m:02d}", "month", relative)


def _latest_month(base: date, month: int) -> int:
    """Year of the most recent `month` not after the base date ("In April" written in June → this year)."""
    return base.year if month <= base.month else base.year - 1


NEXT_DAY = re.compile(r"\b(?:the )?(?:following|next) day\b|\ba day later\b|\bthe day after\b")
SAME_DAY = re.compile(r"\b(?:(?:later|earlier) )?that (?:day|morning|afternoon|evening|night)\b|\bthe same day\b")
PREVIOUS_DAY = re.compile(r"\b(?:the )?previous day\b|\bthe day before\b|\ba day earlier\b")


def resolve_date(text: str, published: str | None, partial: str | None = None, anchor: str | None = None) -> DateValue:
    """The date a time expression refers to, at the precision the text gives.

    `partial` is a publication date known only to the year or month ("2016" from a file named
    `centcom-2016-…`, "2017-01" from a sources table): it completes "on Dec. 27" and dates "today" to
    that year or month, never to a day the text does not give. `anchor` is the day the story last
    named, for "the following day" / "the previous day"."""
    t = " ".join(text.lower().replace(",", " ").split())
    base = date.fromisoformat(published) if published else None
    m = NEXT_DAY.search(t) or PREVIOUS_DAY.search(t) or SAME_DAY.search(t)
    if m:
        if anchor is None or len(anchor) != 10:
            return UNKNOWN  # "the following day" of nothing dated is no date
        step = {NEXT_DAY: 1, PREVIOUS_DAY: -1}.get(m.re, 0)
        return _day(date.fromisoformat(anchor) + timedelta(days=step))
    # absolute: "July 2017", "3 March 2021", "March 3, 2021", "2011"
    m = re.search(rf"\b(\d{{1,2}})\s+({MONTH_RE})\.?\s+(\d{{4}})\b", t) or None
    if m:
        return _safe_day(int(m[3]), MONTHS[m[2]], int(m[1]))
    m = re.search(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(\d{{4}})\b", t)
    if m:
        return _safe_day(int(m[3]), MONTHS[m[1]], int(m[2]))
    m = re.search(rf"\b({MONTH_RE})\.?\s+(\d{{4}})\b", t)
    if m:
        return _month(int(m[2]), MONTHS[m[1]], relative=False)
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", t)
    year_only = DateValue(m[1], "year") if m else None
    if base is None:
        return year_only or (_in_partial(t, partial) if partial else UNKNOWN)
    if re.search(r"\b(today|this morning|this afternoon|this evening|tonight)\b", t):
        return _day(base)
    if re.search(r"\byesterday\b", t):
        return _day(base - timedelta(days=1))
    if re.search(r"\b(last|past) year\b|\ba year ago\b", t):
        return DateValue(str(base.year - 1), "year", True)
    if re.search(r"\bthis year\b", t):
        return DateValue(str(base.year), "year", True)
    if re.search(r"\bnext year\b", t):
        return DateValue(str(base.year + 1), "year", True)
    if re.search(r"\b(last|past) week\b|\ba week ago\b", t):
        prev = base - timedelta(days=7)
        return _month(prev.year, prev.month)
    if re.search(r"\b(earlier|later) (this|in the) month\b|\bthis month\b", t):
        return _month(base.year, base.month)
    if re.search(r"\blast month\b|\ba month ago\b", t):
        prev = base.replace(day=1) - timedelta(days=1)
        return _month(prev.year, prev.month)
    md = _month_and_day(t)
    if md:
        month, day_n = md
        return _safe_day(_latest_month(base, month), month, day_n, relative=True)
    m = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t)
    if m:
        back = (base.weekday() - WEEKDAYS[m[1]]) % 7
        if re.search(rf"\blast\s+{m[1]}\b", t) and back == 0:
            back = 7
        return _day(base - timedelta(days=back))
    m = re.search(rf"\b(?:in|since|during|last|early|late|mid|earlier in|later in)[\s-]+({MONTH_RE})\b", t) or \
        re.search(rf"^({MONTH_RE})$", t)
    if m and (m[1] != "may" or "in may" in t or t == "may"):
        month = MONTHS[m[1]]
        if "last" in t and month == base.month:
            return _month(base.year - 1, month)
        return _month(_latest_month(base, month), month)
    if year_only:
        return year_only
    m = AGO.search(t)
    if m:
        return _ago(base, _count(m[1]), m[2])
    if DURATION.search(t):
        return UNKNOWN  # "six years in prison", "a two-week visit": how long, not when
    return _dateparser(text, base)


NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve"])}
NUMBER_WORDS.update({"a": 1, "an": 1})
COUNT = rf"\d+|{'|'.join(NUMBER_WORDS)}"
AGO = re.compile(rf"\b({COUNT})\s+(day|week|month|year)s?\s+ago\b")
# a span with no anchor: dateparser reads "six years" as six years ago
DURATION = re.compile(rf"^(?:(?:more than|less than|nearly|almost|about|some|over|at least|up to|the (?:past|last|"
                      rf"next|first))\s+)?(?:{COUNT}|several|a few|few|many)[\s-]+(?:day|week|month|year|decade)s?$")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _ago(base: date, n: int, unit: str) -> DateValue:
    """"two months ago": to the precision the unit gives (a week back is a month, as "last week" is)."""
    if unit == "day":
        return _day(base - timedelta(days=n))
    if unit == "year":
        return DateValue(str(base.year - n), "year", True)
    if unit == "week":
        back = base - timedelta(days=7 * n)
        return _month(back.year, back.month)
    months = base.year * 12 + base.month - 1 - n
    return _month(months // 12, months % 12 + 1)


def _month_and_day(t: str) -> tuple[int, int] | None:
    """(month, day) of a yearless day ("Dec. 27", "27 December", "the 3rd of May"), or None."""
    m = re.search(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*\d)", t) or \
        re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\b", t)
    if not m:
        return None
    month_word, day_s = (m[1], m[2]) if m[1] in MONTHS else (m[2], m[1])
    return MONTHS[month_word], int(day_s)


def _in_partial(t: str, partial: str) -> DateValue:
    """An expression of a document whose publication date is known only to the year or month: month and
    day from the text, the year (and month) from the document; "today", weekdays and "this month" say
    no more than the document's date does."""
    year = int(partial[:4])
    month = int(partial[5:7]) if len(partial) >= 7 else None
    md = _month_and_day(t)
    if md:
        said, day_n = md
        y = year - 1 if month is not None and said > month else year  # "Dec. 27" written in January
        return _safe_day(y, said, day_n, relative=True)
    if re.search(r"\b(last|past) year\b|\ba year ago\b", t):
        return DateValue(str(year - 1), "year", True)
    if re.search(r"\bnext year\b", t):
        return DateValue(str(year + 1), "year", True)
    m = re.search(rf"\b(?:last|in|earlier in|since)\s+({MONTH_RE})\b", t)
    if m and m[1] != "may":
        said = MONTHS[m[1]]
        if month is None:  # "last December" is not this year's, whatever the month now; "in April" could be
            return _month(year - 1, said) if t.startswith("last") or " last " in f" {t} " else UNKNOWN
        return _month(year if said < month or (said == month and "last" not in t) else year - 1, said)
    if month is not None:
        if re.search(r"\blast month\b|\ba month ago\b", t):
            return _month(year - 1, 12) if month == 1 else _month(year, month - 1)
        if re.search(r"\b(today|tonight|yesterday|this (?:morning|afternoon|evening|week|month)|"
                     r"(?:earlier|later) (?:this|in the) month|monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday)\b", t):
            return _month(year, month)
    if re.search(r"\b(today|tonight|this (?:morning|afternoon|evening|week|month|year)|yesterday|"
                 r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t):
        return DateValue(str(year), "year", True)
    return UNKNOWN


def _safe_day(y: int, m: int, d: int, relative: bool = False) -> DateValue:
    try:
        return DateValue(date(y, m, d).isoformat(), "day", relative)
    except ValueError:
        return _month(y, m, relative)


def _dateparser(text: str, base: date) -> DateValue:
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["en"], settings={
            "RELATIVE_BASE": datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["month"]})
    except Exception:  # dateparser raises on odd inputs; treat as no date
        return UNKNOWN
    if parsed is None or parsed.date() > base + timedelta(days=1):
        return UNKNOWN
    return _day(parsed.date())
