"""Direct quotes and their speakers: quote spans in the text, and the speaker phrase of each."""
from __future__ import annotations

import re

QUOTE_RE = re.compile(r"“[^”]{3,}?”|\"[^\"]{3,}?\"|“[^”\n]{3,}$", re.M)
SPEECH_VERBS = {"say", "add", "state", "tell", "note", "stress", "emphasize", "emphasise", "underline", "announce",
                "declare", "insist", "argue", "claim", "explain", "assert", "remark", "write", "tweet", "affirm",
                "reiterate", "ensure", "continue", "conclude", "warn", "quote", "point", "reply", "respond",
                "mention", "urge", "believe", "ask", "acknowledge", "admit", "vow", "pledge", "assure", "voice",
                "express", "highlight", "describe", "observe"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (curly or straight quotes; an unclosed curly quote runs to line end)."""
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def speech_verb(sent, quotes: list[tuple[int, int]]):
    """The reporting verb of a sentence outside its quotes ("…," Dadras stated), or None."""
    def inside(tok):
        return any(a <= tok.idx < b for a, b in quotes)

    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS and not inside(tok):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return tok
    for tok in sent:  # "according to X"
        if tok.lower_ == "according" and not inside(tok):
            return tok
    return None


def speaker_head(verb):
    """The speaker token of a reporting verb (or of "according to X")."""
    if verb.lower_ == "according":
        prep = next((c for c in verb.children if c.lower_ == "to"), None)
        return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def speaker_heads(sents, quotes: list[tuple[int, int]]) -> dict[tuple[int, int], object]:
    """The speaker token of each quote: a reporting verb in a sentence the quote touches, else in the
    sentence just before it ("Salami added:") or just after it ('…" he said.'); None when nobody is named."""
    out = {}
    for q in quotes:
        touched = [i for i, s in enumerate(sents) if q[0] < s.end_char and q[1] > s.start_char]
        if not touched:
            continue
        order = touched + [touched[0] - 1, touched[-1] + 1]
        for i in order:
            if not 0 <= i < len(sents):
                continue
            verb = speech_verb(sents[i], quotes)
            if verb is None and i == touched[0] - 1 and sents[i].text.rstrip().endswith(":"):
                verb = next((t for t in sents[i] if t.dep_ == "ROOT"), None)
            head = speaker_head(verb) if verb is not None else None
            if head is not None:
                out[q] = head
                break
    return out
