"""Direct quotes and their speakers: quote spans in the text, and the speaker phrase of each."""
from __future__ import annotations

import re

# A quote stays in its paragraph: one running on to the next paragraph is left open at the paragraph's end
# (the next paragraph opens it again), so an unclosed mark never pairs with the next paragraph's.
QUOTE_RE = re.compile(r"“[^”\n]{3,}?”|\"[^\"\n]{3,}?\"|[“\"][^”\"\n]{3,}$", re.M)
SPEECH_VERBS = {"say", "add", "state", "tell", "note", "stress", "emphasize", "emphasise", "underline", "announce",
                "declare", "insist", "argue", "claim", "explain", "assert", "remark", "write", "tweet", "affirm",
                "reiterate", "ensure", "continue", "conclude", "warn", "quote", "point", "reply", "respond",
                "mention", "urge", "believe", "ask", "acknowledge", "admit", "vow", "pledge", "assure", "voice",
                "express", "highlight", "describe", "observe"}


# verbs that report or characterise what someone said, beside the speech verbs
REPORTING = {"allege", "conclude", "call", "characterize", "characterise", "deem", "brand", "label", "term",
             "dismiss", "denounce", "condemn", "post", "tell", "reveal", "indicate", "confirm", "deny"}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages (curly or straight quotes; an unclosed quote runs to its line's end)."""
    return [(m.start(), m.end()) for m in QUOTE_RE.finditer(text)]


def speech_verb(sent, quotes: list[tuple[int, int]]):
    """The reporting verb of a sentence outside its quotes ("…," Dadras stated), or None."""
    def inside(tok):
        return any(a <= tok.idx < b for a, b in quotes)

    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS and not inside(tok):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or inverted_speaker(tok) is not None:
                return tok
    for tok in sent:  # "according to X"
        if tok.lower_ == "according" and not inside(tok):
            return tok
    return None


def speaker_head(verb):
    """The speaker token of a reporting verb (or of "according to X")."""
    if verb.lower_ == "according":
        prep = next((c for c in verb.children if c.lower_ == "to"), None)
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        # "according to a tweet by US Secretary of State Mike Pompeo": the author, not the tweet
        by = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                   if g.dep_ == "pobj"), None) if obj is not None and obj.ent_type_ == "" else None
        return by or obj
    if verb.lemma_.lower() == "quote":  # "Fars News Agency quoted him as saying"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.pos_ == "PRON" or obj.ent_type_ == "PERSON"):
            return obj
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and _after_according_to(subj):
        # "According to ISNA, the prosecutor general of Tehran, Ali Mehr, said …": the parser makes the
        # source the subject and the speaker its apposition
        subj = next((c for c in subj.children if c.dep_ == "appos"), subj)
    return person_beside(subj) or inverted_speaker(verb)


def person_beside(subj):
    """"African Export–Import Bank president Okey Oramah said": a parse that makes the bank the subject still
    hangs the person who spoke from it, and an organisation does not speak while its named head does."""
    if subj is None or subj.ent_type_ != "ORG":
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), subj)


def _after_according_to(tok) -> bool:
    """Is `tok` the source named by a sentence-opening "According to …," rather than a speaker?"""
    sent = tok.sent
    first = [t for t in sent if not t.is_punct][:2]
    if len(first) < 2 or (first[0].lower_, first[1].lower_) != ("according", "to"):
        return False
    comma = next((t for t in sent if t.text == ","), None)
    return comma is not None and tok.i < comma.i


def inverted_speaker(verb):
    """'"…," added the brigadier general': right after a closing quote the speaker follows its verb, and the
    parser takes it for an object."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.text not in ('"', "”", "'", "’") or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod")
                 and c.pos_ in ("NOUN", "PROPN")), None)


def subject_of(verb, depth: int = 0):
    """A verb's subject, inherited along coordination and participles ("cited … and said", "posted …,
    saying")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and depth < 4 and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        return subject_of(verb.head, depth + 1)
    return person_beside(subj)


def governing_speaker(sent, q: tuple[int, int], quotes: list[tuple[int, int]], is_actor=None):
    """The subject of the clause a quote is embedded in: the first reporting verb above the quote, else the
    top verb of the sentence ("Cengiz called the admission a "political maneuver"", "The State Department
    gave its "deepest sympathies"", "They concluded that the agreement is "null and void""). None when the
    quote stands alone or the parse does not tie it to a verb outside quotes."""
    def inside(tok):
        return any(a <= tok.idx < b for a, b in quotes)

    anchor = next((t for t in sent if q[0] <= t.idx < q[1] and not q[0] <= t.head.idx < q[1]), None)
    if anchor is None or anchor.head.i == anchor.i:
        return None
    verbs, tok = [], anchor.head
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and not inside(tok):
            verbs.append(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if not verbs:
        return None
    speech = next((v for v in verbs if v.lemma_.lower() in SPEECH_VERBS | REPORTING), None)
    if speech is not None and speech.tag_ == "VBG" and speech.head.i != speech.i and speech.head.pos_ in ("VERB", "AUX"):
        speech = speech.head  # "… and emphasized the unity of Iraq, saying: …": the participle's subject is the clause's
    for verb in ([speech] if speech is not None else []) + [verbs[-1]]:
        subj = (speaker_head(verb) if verb is speech else None) or subject_of(verb)
        if subj is not None and not inside(subj) and subj.lower_ not in ("it", "there", "this", "that") \
                and (is_actor is None or is_actor(subj)):
            return subj
    return None


def speaker_heads(sents, quotes: list[tuple[int, int]], is_actor=None) -> dict[tuple[int, int], object]:
    """The speaker token of each quote: a reporting verb in a sentence the quote touches, else in the
    sentence just before it ("Salami added:") or just after it ('…" he said.'); None when nobody is named."""
    out = {}
    for q in quotes:
        touched = [i for i, s in enumerate(sents) if q[0] < s.end_char and q[1] > s.start_char]
        if not touched:
            continue
        head = governing_speaker(sents[touched[0]], q, quotes, is_actor)
        if head is not None:
            out[q] = head
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
    if sents:  # a quote running on over paragraphs: each paragraph reopens it, the speaker stays the same
        text = sents[0].doc.text
        for prev, q in zip(quotes, quotes[1:]):
            if q not in out and prev in out and text[prev[1] - 1] not in "\"”" and not text[prev[1]:q[0]].strip():
                out[q] = out[prev]
    return out


PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
FEMALE_WORDS = {"mrs", "ms", "miss", "madam", "madame", "lady", "woman", "mother", "wife", "widow", "daughter",
                "sister", "fiancée", "fiancee", "girlfriend", "grandmother", "queen", "princess", "spokeswoman",
                "chairwoman", "congresswoman", "businesswoman", "actress"}
MALE_WORDS = {"mr", "sir", "man", "father", "husband", "widower", "son", "brother", "fiancé", "fiance", "boyfriend",
              "grandfather", "king", "prince", "spokesman", "chairman", "congressman", "businessman"}


def gender_of(tok) -> str | None:
    """'f'/'m' when the person's own phrase says so ("Dunn's mother, Charlotte Charles", "Mrs May"), else None."""
    phrase = list(tok.subtree) + (list(tok.head.subtree) if tok.dep_ == "appos" else [])
    words = {t.lower_.rstrip(".") for t in phrase}
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None


def reported_by(tok):
    """The speech verb whose complement clause holds `tok` ("X said that Iran had … and martyrs became …"), or
    None when `tok` is not inside reported speech."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in ("ccomp", "xcomp") and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in SPEECH_VERBS:
            return t.head
        t = t.head
    return None


def pronoun_antecedent(pron, quotes: list[tuple[int, int]], is_person, max_sents: int = 4):
    """The person a he/she speaker refers to: the nearest clause subject before it that names a person
    (`is_person(tok)`), outside quotes, of a gender that does not contradict the pronoun. Subjects are the
    discourse's topics: "Speaking to Martin Smith of PBS, he said" is the crown prince of the sentence before,
    not the interviewer. None when the pronoun is not personal or nobody fits."""
    want = PERSONAL.get(pron.lower_)
    if want is None:
        return None
    doc = pron.doc
    sents = list(doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= pron.i < s.end), 0)
    def inside(t):
        return any(a <= t.idx < b for a, b in quotes)

    for s in reversed(sents[max(0, k - max_sents):k + 1]):
        subjects = [t for t in s if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and not inside(t)]
        # a subject inside what someone said is part of the report, as inside a quote: the reporter comes first
        subjects = [t for t in subjects if reported_by(t) is not None] + [t for t in subjects if reported_by(t) is None]
        for t in reversed(subjects):
            if t.lower_ in PERSONAL or t.pos_ == "PRON":
                continue  # another pronoun continues a chain whose name is further back
            # "Dunn's mother, Charlotte Charles, said": the name in apposition is the person
            t = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), t)
            if not is_person(t):
                continue
            g = gender_of(t)
            if g is not None and g != want:
                continue
            return t
    return None


PLURAL_PRONOUNS = {"they", "them", "their", "theirs"}


def plural_antecedent(pron, quotes: list[tuple[int, int]], is_actor, not_side=None, max_sents: int = 3):
    """The party a "they" inside a quote stands for: a speaker's "they" is never the speaker, but the nearest
    plural clause subject before it outside quotes that names an actor (`is_actor(tok)`), of another side
    than the speaker's (`not_side(tok)` true for the speaker's own). '"They boarded the boat," said the coast
    guard's spokesman' after "Two Chinese vessels rammed the escort ship": the vessels. None when nobody fits."""
    if pron.lower_ not in PLURAL_PRONOUNS:
        return None
    sents = list(pron.doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= pron.i < s.end), 0)

    def inside(t):
        return any(a <= t.idx < b for a, b in quotes)

    for s in reversed(sents[max(0, k - max_sents):k + 1]):
        subjects = [t for t in s if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and not inside(t)
                    and t.pos_ != "PRON" and (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children))]
        for t in reversed(subjects):
            if is_actor(t) and not (not_side is not None and not_side(t)):
                return t
    return None
