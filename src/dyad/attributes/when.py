"""Which time expression of a sentence dates an event: the one in the trigger's own clause.

Works on spaCy tokens by duck typing. A sentence often holds several dates ("On Monday, Fars reported Iran
issued warrants on people involved in the assassination in January and demanded …"): the nearest one by
word distance is often another act's date, so the dependency path between date and trigger decides.
"""
from __future__ import annotations

import re

from ..doc_index import ents_of

# clauses below the common ancestor on the date's side: the date belongs to that clause's own act
CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"}
TIME_PREPS = {"on", "in", "since", "during", "by", "until", "from", "before", "after"}
PREMODIFIERS = {"compound", "nmod", "amod", "poss", "nummod"}  # "the 2016 ruling"
# spaCy labels "earlier today", "this morning" TIME, not DATE; they date the day all the same
DAY_TIME = re.compile(r"\b(today|tonight|yesterday|(this|that) (morning|afternoon|evening|night|day)|"
                      r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( morning| afternoon| evening| night)?)\b",
                      re.I)


def _up(tok) -> list:
    path = [tok]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def names_a_thing(ent, trigger=None) -> bool:
    """A date that premodifies a noun ("the November 27 agreement", "today's resolution") names that
    thing, not when the sentence's act happened; unless the noun is the act itself ("Monday's attack")."""
    root = ent.root
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in TIME_PREPS:
        return False  # "where on Sunday Presidents … signed", "on Friday night", "during Friday prayers"
    return root.dep_ in PREMODIFIERS and root.head.pos_ in ("NOUN", "PROPN") and \
        (trigger is None or root.head.i != trigger.i)


def in_future_clause(ent) -> bool:
    """A date of a clause in the future tense ("the UK will provide £5 million this year") dates the act
    promised, not the promise, which happens when it is stated."""
    tok = ent.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
                                                for c in tok.children)


def _of_the_occasion(clause) -> bool:
    """A relative clause telling what happened at the occasion or by the person it qualifies ("a summit
    where on Sunday Presidents … signed", "received by Raisi, who praised …") shares its time; one
    qualifying a thing ("the mission, which the Security Council authorized last month") has its own."""
    opener = clause.left_edge.lower_  # "where" is often parsed under the clause's first phrase
    return opener in ("where", "when", "who") or any(
        (c.dep_ == "advmod" and c.lower_ in ("where", "when")) or (c.dep_ in ("nsubj", "nsubjpass")
                                                                  and c.lower_ == "who") for c in clause.children)


def date_rank(ent, trigger) -> tuple[int, int] | None:
    """Preference of a date entity for the event of `trigger` (lower is better), or None when the date
    cannot be the event's: it names a thing (`names_a_thing`), dates a promised act (`in_future_clause`),
    or a relative clause of a thing separates date and trigger ("the memoranda in which Turkey and Libya
    agreed", "the mission, which the Council authorized last month")."""
    if names_a_thing(ent, trigger) or in_future_clause(ent):
        return None
    t_path = _up(trigger)
    t_index = {t.i: n for n, t in enumerate(t_path)}
    d_path = []
    tok = ent.root
    while tok.i not in t_index:
        d_path.append(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    t_own = t_path[:t_index.get(tok.i, len(t_path))]
    if any(t.dep_ == "conj" and t.tag_ in ("VBP", "VBZ") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
           for t in t_own):
        # "In 2023, Washington hosted talks …, and we remain ready to assist": a conjunct clause of its own
        # subject in the present says what holds now; the other conjunct's date is its own
        return None
    if any(t.dep_ == "relcl" and not _of_the_occasion(t) for t in t_own + d_path):
        return None
    if any(t.dep_ == "acl" and t.head.i != trigger.i and t.head.pos_ in ("NOUN", "PROPN") for t in d_path):
        return None  # "any of the 51 people named yesterday": the participle's own time
    if trigger.tag_ in ("VBZ", "VBP") and any(t.pos_ in ("NOUN", "PROPN") and t.i != trigger.i for t in d_path):
        # "The United States condemns the actions … at the shoal on March 8": said now, of a dated act
        return None
    crosses = any(t.dep_ in CLAUSES for t in d_path)
    return (1 if crosses else 0, abs(ent.root.i - trigger.i))


def date_entities(sent) -> list:
    """DATE entities of a sentence, and TIME entities that name a day ("earlier today")."""
    return [e for e in ents_of(sent) if e.label_ == "DATE" or (e.label_ == "TIME" and DAY_TIME.search(e.text))]


def ranked_dates(sent, trigger) -> list:
    """The sentence's date entities that can date the trigger's act, best first."""
    ranked = [(r, e) for e in date_entities(sent) if (r := date_rank(e, trigger)) is not None]
    return [e for _, e in sorted(ranked, key=lambda x: x[0])]
