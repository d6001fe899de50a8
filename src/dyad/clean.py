"""clean(raw) -> Document: repair and normalise text, drop boilerplate, read the dateline, hash, detect language."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import ftfy

from .data import boilerplate_patterns
from .model import Document, RawArticle

# "TEHRAN (Tasnim) –", "Tehran (IP) -", "ANKARA, March 3 (Dyad Wire) –", "BAGHDAD, Iraq (AP) —"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)(?:,\s*(?P<extra>[A-Z][A-Za-z]+\.?(?:\s+\d{1,2})?(?:,\s*\d{4})?))?\s*"
    r"\((?P<outlet>[^()]{1,40})\)\s*[-–—:]+\s*"
    # "BAGHDAD — ", "KYIV, Ukraine — ": an upper-case place and a dash, no outlet
    r"|^(?P<place2>[A-Z][A-Z.'\- ]{2,30}?)(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)?\s+[–—]\s+"
    # "MOSCOW, October 29. /TASS/. ": the place, the day and the agency between slashes
    r"|^(?P<place3>[A-Z][A-Z.'\- ]{2,30}?),\s*[A-Z][a-z]+\.?\s+\d{1,2}\.\s*/(?P<outlet3>[A-Za-z][\w\- ]{1,20})/\.?\s+")
# a line that is only a date: "Wednesday, January 23, 2019"
DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?(?P<month>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s*$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
LANGUAGES = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "RUSSIAN", "ARABIC",
             "PERSIAN", "TURKISH", "CHINESE", "URDU", "HEBREW")


@dataclass(frozen=True)
class Dateline:
    place: str
    outlet: str | None
    published: str | None
    end: int = 0  # where the story proper starts


def normalise_text(text: str) -> str:
    """Repair mojibake, NFC-normalise, unify spaces and line ends, collapse blank-line runs."""
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)  # keep the source's quotes
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def drop_boilerplate(text: str) -> str:
    """Remove navigation lines and cut "Read more" link lists (the patterns are data/boilerplate.txt)."""
    stop, drop = boilerplate_patterns()
    kept = []
    for line in text.split("\n"):
        if stop.match(line):
            break
        if not drop.match(line):
            kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def read_dateline(text: str, published: str | None = None) -> Dateline | None:
    """The place/outlet opener of a wire story, and a date line at the top if there is one."""
    head = text[:400]
    m = DATE_LINE.match(head.split("\n", 1)[0])
    if m:
        month = MONTHS.index(m["month"].lower()) + 1
        return Dateline(place="", outlet=None, published=f"{int(m['year']):04d}-{month:02d}-{int(m['day']):02d}")
    m = DATELINE.match(head)
    if not m:
        return None
    if m["place2"]:
        return Dateline(place=m["place2"].strip(), outlet=None, published=None, end=m.end())
    if m["place3"]:
        return Dateline(place=m["place3"].strip(), outlet=m["outlet3"].strip(), published=None, end=m.end())
    outlet = m["outlet"].strip()
    if any(ch.isdigit() for ch in outlet):
        return None
    return Dateline(place=m["place"].strip(), outlet=outlet, published=None, end=m.end())


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def language_detector():
    """Built once per process; only the languages dyad reports (all of lingua would take 1.3 GB)."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES)).build()


def detect_language(text: str) -> str | None:
    lang = language_detector().detect_language_of(text[:2000])
    return lang.iso_code_639_1.name.lower() if lang else None


def valid_date(value: str | None) -> str | None:
    """An ISO date string (YYYY-MM-DD) or None; accepts datetimes and cuts them to the day."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        return None


def filename_year(source_id: str) -> int | None:
    """A publication year that a file name gives without month and day (`centcom-2016-carter-…`): a lone
    19xx/20xx between separators. Names with a full date are read by `clean` instead."""
    m = re.search(r"(?:^|[-_/ .])((?:19|20)\d\d)(?=$|[-_/ .])(?![-_/]?(?:0[1-9]|1[0-2])[-_/]?\d\d)", source_id)
    return int(m[1]) if m else None


def _partial_date(raw: RawArticle) -> tuple[str | None, str | None]:
    """(YYYY or YYYY-MM, where from) for a document without a full publication date: what its metadata
    states to the month, else the year of its file name (a file, not a row of a table)."""
    stated = raw.meta.get("published_partial")
    if stated and re.fullmatch(r"(?:19|20)\d\d(?:-(?:0[1-9]|1[0-2]))?", stated):
        return stated, raw.meta.get("published_source") or "metadata"
    from_file = bool(raw.path) and Path(raw.path).stem == Path(raw.source_id).name
    year = filename_year(raw.source_id) if from_file else None
    return (str(year), "filename") if year else (None, None)


def clean(raw: RawArticle, default_published: str | None = None) -> Document:
    """Normalised, boilerplate-free document with its metadata resolved and its content hash."""
    text = drop_boilerplate(normalise_text(raw.text))
    title = normalise_text(raw.title) if raw.title else None
    if title and boilerplate_patterns()[1].match(title):  # "News ID : 66634" is not a headline
        title = text.split("\n", 1)[0] if text else None
    dl = read_dateline(text)
    published, source = valid_date(raw.published), raw.meta.get("published_source") or "metadata"
    if not published and dl and dl.published:
        published, source = dl.published, "dateline"
    if not published:
        m = re.search(r"(?<!\d)((?:19|20)\d\d)[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)", raw.source_id)
        if m and valid_date(f"{m[1]}-{m[2]}-{m[3]}"):  # archives often name files by date: wh-2022-01-09-…
            published, source = f"{m[1]}-{m[2]}-{m[3]}", "filename"
    if not published and default_published:
        published, source = valid_date(default_published), "flag"
    partial = None
    if not published:
        partial, source = _partial_date(raw)
    outlet = raw.outlet or (dl.outlet if dl else None)
    return Document(doc_id=raw.source_id, text=text, content_hash=content_hash(text), title=title,
                    url=raw.url, outlet=outlet, published=published,
                    published_source=source if published or partial else None, published_partial=partial,
                    language=detect_language(text) if text else None, path=raw.path)
