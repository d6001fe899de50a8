"""score(pred, gold) -> Scores: precision, recall and F1 at three levels (../shared/ANNOTATION.md).

L1 same event type; L2 + actor and recipient country (directed, None matches None); L3 + actor sector
(COP, JUD, LEG, SPY fold into GOV). Matching is one-to-one within a document, greedy on exact keys.
"""
from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

FOLD = {"COP": "GOV", "JUD": "GOV", "LEG": "GOV", "SPY": "GOV"}
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]


def _code(v) -> str | None:
    v = str(v).strip().upper() if v is not None else ""
    return v or None


def side(e: dict, name: str, fld: str) -> str | None:
    s = e.get(name)
    v = _code(s.get(fld)) if isinstance(s, dict) else _code(e.get(f"{name}_{fld}"))
    return FOLD.get(v, v) if fld == "sector" else v


def key(e: dict, level: int) -> tuple:
    k = (_code(e.get("event_type")),)
    if level >= 2:
        k += (side(e, "actor", "country"), side(e, "recipient", "country"))
    if level >= 3:
        k += (side(e, "actor", "sector"),)
    return k


@dataclass
class LevelScore:
    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    levels: dict[int, LevelScore] = field(default_factory=dict)
    by_type: dict[int, dict[str, LevelScore]] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type or None) per sentence
    misses: list[dict] = field(default_factory=list)  # gold events unmatched at L2
    false_positives: list[dict] = field(default_factory=list)  # predictions unmatched at L2


def match(gold: list[dict], pred: list[dict], level: int) -> tuple[set[int], set[int]]:
    free = defaultdict(list)
    for j, p in enumerate(pred):
        free[key(p, level)].append(j)
    gm, pm = set(), set()
    for i, g in enumerate(gold):
        cands = free.get(key(g, level))
        if cands:
            pm.add(cands.pop(0))
            gm.add(i)
    return gm, pm


def _norm(s: str) -> str:
    return " ".join(str(s).split())


def evidence_text(e: dict) -> str:
    ev = e.get("evidence")
    if isinstance(ev, dict):
        ev = ev.get("sentence")
    return _norm(ev or "")


def score(gold: list[dict], pred: list[dict]) -> Scores:
    """Scores of predictions against gold; only documents with gold events count."""
    docs = defaultdict(lambda: ([], []))
    for g in gold:
        docs[g["doc_id"]][0].append(g)
    for p in pred:
        if p.get("doc_id") in docs:
            docs[p["doc_id"]][1].append(p)
    s = Scores()
    for level in (1, 2, 3):
        total, types = LevelScore(), defaultdict(LevelScore)
        for gs, ps in docs.values():
            gm, pm = match(gs, ps, level)
            total.tp += len(gm)
            total.n_gold += len(gs)
            total.n_pred += len(ps)
            for i, g in enumerate(gs):
                t = types[_code(g.get("event_type"))]
                t.n_gold += 1
                t.tp += i in gm
            for j, p in enumerate(ps):
                types[_code(p.get("event_type"))].n_pred += 1
            if level == 2:
                s.misses += [g for i, g in enumerate(gs) if i not in gm]
                s.false_positives += [p for j, p in enumerate(ps) if j not in pm]
        s.levels[level], s.by_type[level] = total, dict(types)
    # confusion over sentences: each gold event against a prediction from the same sentence
    for gs, ps in docs.values():
        used = set()
        for g in gs:
            ge = evidence_text(g)
            cands = [j for j, p in enumerate(ps) if j not in used and evidence_text(p)
                     and (evidence_text(p) in ge or ge in evidence_text(p))]
            same = [j for j in cands if _code(ps[j].get("event_type")) == _code(g.get("event_type"))]
            j = (same or cands or [None])[0]
            if j is not None:
                used.add(j)
            s.confusion[(_code(g.get("event_type")), _code(ps[j].get("event_type")) if j is not None else None)] += 1
    return s


def load_events(path: str | Path) -> list[dict[str, Any]]:
    """Event records from a JSONL file; every line must be an object with doc_id and event_type."""
    rows = []
    for n, row in _numbered_lines(path):
        if not isinstance(row, dict) or not row.get("doc_id") or not isinstance(row.get("event_type"), str):
            raise InputError(f"{path}:{n}: not an event record (an object with doc_id and event_type)")
        for side_name in ("actor", "recipient"):
            if row.get(side_name) is not None and not isinstance(row[side_name], dict):
                raise InputError(f"{path}:{n}: {side_name} must be an object or null")
        rows.append(row)
    return rows


def _numbered_lines(path: str | Path):
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield n, json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{n}: not a JSON line ({exc.msg})") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text") from exc


def load_jsonl(path: str | Path) -> list[Any]:
    return [row for _, row in _numbered_lines(path)]


def align_doc_ids(gold: list[dict], pred: list[dict]) -> None:
    """Give predictions whose doc_id is a path the gold document's stem (gold uses file stems)."""
    docs = {g["doc_id"] for g in gold}
    for p in pred:
        if p.get("doc_id") not in docs:
            stem = Path(str(p.get("doc_id") or "")).name
            if stem in docs:
                p["doc_id"] = stem


# -- attribute scores (issue #4): actor resolution and quote speakers ------------------------------------
# Definitions in docs/evaluation.md ("Attributes"). Gold mentions and quotes carry no offsets; each is first
# anchored to a character span of the text its annotator read, then matched to dyad's spans by overlap.

_QUOTE_CLASSES = {"'": "['’‘]", "’": "['’‘]", "‘": "['’‘]",
                  '"': '["“”]', "“": '["“”]', "”": '["“”]',
                  "-": "[-–—]", "–": "[-–—]", "—": "[-–—]"}
_ARTICLE = re.compile(r"(?i)^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"(?i)['’]s?$")
_EDGE = " \t\n\"'“”‘’,.:;"


def _fold(sector) -> str | None:
    v = _code(sector)
    return FOLD.get(v, v)


def _phrase_pattern(phrase: str, whole_word: bool = True) -> re.Pattern | None:
    """A phrase as a case-insensitive pattern: any run of whitespace for a space, straight or curly quotes
    and any dash alike; it starts (and, with `whole_word`, ends) at a word boundary."""
    phrase = " ".join(str(phrase or "").split())
    if not phrase:
        return None
    body = "".join(r"\s+" if c == " " else _QUOTE_CLASSES.get(c, re.escape(c)) for c in phrase)
    start = r"(?<!\w)" if re.match(r"\w", phrase) else ""
    end = r"(?!\w)" if whole_word and re.search(r"\w$", phrase) else ""
    return re.compile(start + body + end, re.IGNORECASE)


def occurrences(text: str, phrase: str, whole_word: bool = True, start: int = 0,
                end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of `phrase` in text[start:end], as offsets into `text`."""
    pat = _phrase_pattern(phrase, whole_word)
    if pat is None:
        return []
    end = len(text) if end is None else end
    return [(m.start(), m.end()) for m in pat.finditer(text, start, end)]


def anchor(phrases: list[str], text: str, whole_word: bool = True) -> list[tuple[int, int] | None]:
    """Spans for gold items listed in reading order: the longest chain of occurrences that keeps the list's
    order (positions strictly increasing by (start, -end), so one span is never given twice and an outer
    phrase may precede one nested at its start); items outside that chain take the first occurrence no
    other item has; None when the phrase does not occur (or all its occurrences are taken)."""
    occ = [occurrences(text, p, whole_word) for p in phrases]
    elems = [(i, (s, -e)) for i, spans in enumerate(occ) for s, e in sorted(spans, reverse=True)]
    tail_keys: list[tuple[int, int]] = []
    tails: list[int] = []
    prev = [-1] * len(elems)
    for j, (_, k) in enumerate(elems):  # longest strictly increasing subsequence, one element per item
        pos = bisect_left(tail_keys, k)
        prev[j] = tails[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(j)
            tail_keys.append(k)
        else:
            tails[pos], tail_keys[pos] = j, k
    out: list[tuple[int, int] | None] = [None] * len(phrases)
    j = tails[-1] if tails else -1
    while j >= 0:
        i, (s, neg_e) = elems[j]
        out[i] = (s, -neg_e)
        j = prev[j]
    used = {sp for sp in out if sp}
    for i, spans in enumerate(occ):
        if out[i] is None:
            out[i] = next((sp for sp in spans if sp not in used), None)
            if out[i]:
                used.add(out[i])
    return out


def reading_text(text: str, title: str | None = None) -> tuple[str, int]:
    """The text an annotator read and the offset of the stored text in it: the headline is prepended when the
    stored text does not begin with it (dyad keeps it as the title), so gold items in the headline anchor
    there and match nothing, instead of taking an occurrence in the body."""
    title = " ".join((title or "").split())
    if title and not " ".join(text.split()).startswith(title):
        prefix = title + "\n\n"
        return prefix + text, len(prefix)
    return text, 0


def _core(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span without a leading article, a trailing possessive, or surrounding spaces and punctuation."""
    s, e = span
    piece = text[s:e]
    lead = len(piece) - len(piece.lstrip(_EDGE + "("))
    piece = piece[lead:]
    m = _ARTICLE.match(piece)
    if m:
        lead += m.end()
        piece = piece[m.end():]
    piece = piece.rstrip(_EDGE + ")")
    m = _POSSESSIVE.search(piece)
    if m and m.start() > 0:
        piece = piece[:m.start()]
    return s + lead, s + lead + len(piece)


_POSTMODIFIER = re.compile(r"[,;(]|(?<!\w)(?:of|for|to|in|at|from|on|with|by|here|who|which|that|whose)(?!\w)",
                           re.IGNORECASE)


def head_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a phrase's head word, found lexically: the last word before its first post-modifier (a
    comma, semicolon or bracket, or of/for/to/in/at/from/on/with/by/here/who/which/that/whose), without a
    possessive ending; the phrase's last word when the phrase begins with one. "the Iraqi border guards" ->
    guards, "The Minister of Defense of Iraq" -> Minister, "Mahan's director, Hamid …" -> director."""
    s, e = _core(text, span)
    m = _POSTMODIFIER.search(text, s, e)
    cut = m.start() if m and m.start() > s else e
    words = list(re.finditer(r"\S+", text[s:cut])) or list(re.finditer(r"\S+", text[s:e]))
    if not words:
        return s, e
    w = words[-1]
    hs, he = _core(text, (s + w.start(), s + w.end()))
    return (hs, he) if he > hs else (s + w.start(), s + w.end())


def _overlap_pairs(gold_spans, cand_spans, text, heads: bool = True) -> list[tuple[int, int, str]]:
    """One-to-one gold/candidate pairs by span overlap, best first: the same span (after _core) before one
    nested in the other before a partial overlap; within each, more shared characters first, then document
    order. With `heads`, an overlap counts only when each span holds the other's head word (head_span), so
    "Iraqi" inside "the Iraqi border guards" is another mention, not this one. Returns (gold index,
    candidate index, "exact" | "nested" | "overlap")."""
    ranked = []
    for i, g in enumerate(gold_spans):
        if g is None:
            continue
        gc = _core(text, g)
        gh = head_span(text, g) if heads else None
        for j, c in enumerate(cand_spans):
            shared = min(g[1], c[1]) - max(g[0], c[0])
            if shared <= 0:
                continue
            if _core(text, c) == gc:
                tier = 0
            else:
                if heads:
                    ch = head_span(text, c)
                    if not (c[0] <= gh[0] and gh[1] <= c[1] and g[0] <= ch[0] and ch[1] <= g[1]):
                        continue
                tier = 1 if (c[0] >= g[0] and c[1] <= g[1]) or (g[0] >= c[0] and g[1] <= c[1]) else 2
            ranked.append((tier, -shared, i, j))
    ranked.sort()
    done_g, done_c, pairs = set(), set(), []
    for tier, _, i, j in ranked:
        if i not in done_g and j not in done_c:
            done_g.add(i)
            done_c.add(j)
            pairs.append((i, j, ("exact", "nested", "overlap")[tier]))
    return pairs


@dataclass
class AttributeScore:
    gold: int = 0
    found: int = 0  # gold items dyad has a counterpart for
    correct: int = 0
    detail: Counter = field(default_factory=Counter)  # how items were found / decided, for the bench's report
    wrong: list[tuple[dict, dict]] = field(default_factory=list)  # (gold, dyad's counterpart) judged wrong

    @property
    def accuracy(self) -> float:
        """Correct over all gold items (a missed item counts as wrong)."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def accuracy_found(self) -> float:
        return self.correct / self.found if self.found else 0.0


def _by_doc(items: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        out[it["doc_id"]].append(it)
    return out


def score_mentions(gold: list[dict], found: dict[str, list[dict]], texts: dict[str, str],
                   titles: dict[str, str | None] | None = None) -> AttributeScore:
    """Actor resolution. Gold mentions ({doc_id, text, country, sector}, listed in reading order) are anchored
    in their document (`anchor`, on `reading_text`); dyad's candidates ({doc_id: [{start, end, country,
    sector}]}, offsets into the stored text: mentions and event sides; one per span, the first given) are
    matched one-to-one by overlap with the same head word (`_overlap_pairs`). A gold mention is found when
    it has a match, correct when the match's country and folded sector both equal the gold's (None equals
    only None)."""
    s = AttributeScore()
    for doc_id, gs in _by_doc(gold).items():
        s.gold += len(gs)
        if doc_id not in texts:
            continue
        text, off = reading_text(texts[doc_id], (titles or {}).get(doc_id))
        spans = anchor([g["text"] for g in gs], text)
        s.detail["not anchored"] += sum(sp is None for sp in spans)
        s.detail["in the headline"] += sum(1 for sp in spans if sp and sp[0] < off)
        cands, seen = [], set()
        for c in found.get(doc_id, []):  # one candidate per span: the first given (the bench lists mentions first)
            if c.get("start") is not None and c.get("end") is not None and (c["start"], c["end"]) not in seen:
                seen.add((c["start"], c["end"]))
                cands.append(c)
        for i, j, how in _overlap_pairs(spans, [(c["start"] + off, c["end"] + off) for c in cands], text):
            g, c = gs[i], cands[j]
            s.found += 1
            s.detail[how] += 1
            ok = _code(c.get("country")) == _code(g.get("country")) and _fold(c.get("sector")) == _fold(g.get("sector"))
            s.correct += ok
            if not ok:
                s.wrong.append((g, c))
    return s


def _name_key(s: str) -> str:
    """A name compared across spellings of case, curly apostrophes, spacing and diacritics."""
    s = unicodedata.normalize("NFKD", str(s).replace("’", "'"))
    return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).lower().split())


def _registry_names(registry) -> dict[str, set[str]]:
    """actor_id -> every name and alias the registry gives it (as _name_key)."""
    names: dict[str, set[str]] = defaultdict(set)
    for alias, cands in registry.aliases.items():
        for entry, _ in cands:
            names[entry.actor_id].update((_name_key(alias), _name_key(entry.name)))
    for alias, entry in registry.outlet_entries.items():
        names[entry.actor_id].update((_name_key(alias), _name_key(entry.name)))
    return names


def _lookup_ids(registry, phrase: str | None) -> set[str]:
    """Registry ids whose name or alias is exactly the phrase (a leading article dropped)."""
    phrase = _ARTICLE.sub("", " ".join(str(phrase or "").split()))
    if not phrase:
        return set()
    ids = {e.actor_id for e, _ in registry.lookup(phrase)}
    outlet = registry.outlet_entries.get(registry.key(phrase))
    return ids | ({outlet.actor_id} if outlet else set())


def _personal_name(name: str) -> bool:
    """Two to five words, each capitalised: "Hatice Cengiz", not "Ministry of Foreign Affairs of Turkey"."""
    words = name.split()
    return 2 <= len(words) <= 5 and all(w[0].isupper() for w in words)


def same_speaker(gold: dict, speaker: dict | None, registry,
                 names: dict[str, set[str]] | None = None) -> tuple[bool, str]:
    """Whether dyad's speaker ({text, actor_id, name, country}) is the gold quote's speaker ({speaker_name,
    speaker_text, speaker_country}), and by which rule:

    - the countries must agree (None equals only None);
    - a gold speaker without a name (an unnamed "They") is decided by the country alone;
    - otherwise the gold speaker's registry ids are those of its name, or failing that of its text, looked
      up exactly among the registry's names and aliases (so Baqeri and Bagheri are one person); dyad's are
      its actor_id, or failing that its name or text looked up the same way;
    - both with ids: some id in common ("id");
    - only dyad's speaker with an id: one of the registry's names for it equals the gold name ("name");
      a registry person is never taken for an unknown gold person by surname alone;
    - dyad's speaker without an id: its name, or failing a name its text, equals one of the gold's names
      (the gold name, the registry names of its ids, and a surname, its last word, when the gold name is
      a personal name the registry does not know), or, for its text only, contains one of at least four
      characters as whole words ("A Foreign Office spokesman" names the Foreign Office) ("name").
    """
    names = _registry_names(registry) if names is None else names
    sp = speaker or {}
    if _code(sp.get("country")) != _code(gold.get("speaker_country")):
        return False, "country"
    gname = " ".join(str(gold.get("speaker_name") or "").split())
    if not gname:
        return True, "unnamed"
    if not sp:
        return False, "no speaker"
    gids = _lookup_ids(registry, gname) or _lookup_ids(registry, gold.get("speaker_text"))
    gnames = {_name_key(gname)} | {n for i in gids for n in names.get(i, ())}
    pid = sp.get("actor_id")
    pids = {pid} if pid else _lookup_ids(registry, sp.get("name")) or _lookup_ids(registry, sp.get("text"))
    if gids and pids:
        return bool(gids & pids), "id"
    if pids:
        return bool(gnames & {n for i in pids for n in names.get(i, ())}), "name"
    if not gids and _personal_name(gname):
        gnames.add(_name_key(gname.split()[-1]))
    if sp.get("name"):
        return _name_key(sp["name"]) in gnames, "name"
    said = _name_key(sp.get("text") or "")
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", said) for n in gnames if len(n) >= 4), "name"


def score_quotes(gold: list[dict], found: dict[str, list[dict]], texts: dict[str, str],
                 titles: dict[str, str | None] | None = None, registry=None) -> AttributeScore:
    """Quote speakers. Each gold quote ({doc_id, quote: its opening words, speaker_name, speaker_text,
    speaker_country}, listed in reading order) is anchored by its opening words (`anchor`); dyad's quotes
    ({doc_id: [{start, end, speaker}]}, offsets into the stored text) are matched one-to-one by span
    overlap. A found quote is correct when `same_speaker` holds; `registry` is the actor registry
    (dyad.actors.load_gazetteer() when None)."""
    if registry is None:
        from .actors.gazetteer import load_gazetteer
        registry = load_gazetteer()
    names = _registry_names(registry)
    s = AttributeScore()
    for doc_id, gs in _by_doc(gold).items():
        s.gold += len(gs)
        if doc_id not in texts:
            continue
        text, off = reading_text(texts[doc_id], (titles or {}).get(doc_id))
        spans = anchor([str(g["quote"]).strip().strip("\"'“”‘’ ") for g in gs], text, whole_word=False)
        s.detail["not anchored"] += sum(sp is None for sp in spans)
        cands = [q for q in found.get(doc_id, []) if q.get("start") is not None and q.get("end") is not None]
        for i, j, _ in _overlap_pairs(spans, [(q["start"] + off, q["end"] + off) for q in cands], text, heads=False):
            s.found += 1
            ok, how = same_speaker(gs[i], cands[j].get("speaker"), registry, names)
            s.detail[f"{'right' if ok else 'wrong'} by {how}"] += 1
            s.correct += ok
            if not ok:
                s.wrong.append((gs[i], cands[j]))
    return s
