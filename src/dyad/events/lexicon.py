"""The trigger lexicon (data/triggers.csv): lemma + part of speech (+ required particle or object) → PLOVER."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..data import read_csv
from ..errors import ConfigError
from ..model import PloverType

MODES = {
    "CONSULT": {"visit", "host", "third-party", "multilateral", "phone"},
    "AGREE": {"sign"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "ban", "censor", "arrest", "deport", "cyber"},
    "ASSAULT": {"beat", "firearms", "explosives", "suicide", "aerial", "drone", "targeted", "unconventional",
                "destroy", "heavy-weapons", "sexual", "torture"},
}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB, NOUN or ADJ
    particle: str | None
    objects: frozenset[str]
    event_type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]
    # dobj (not a required object word), object (the required one), described (the noun a participle
    # modifies), dative, particle, prep:<word>
    recipient: tuple[str, ...]

    @property
    def specific(self) -> bool:
        return bool(self.particle or self.objects)


def load_lexicon(path: str = "triggers.csv") -> dict[tuple[str, str], list[Trigger]]:
    """(lemma, pos) → triggers, the constrained (particle/object) ones first."""
    index: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    types = {t.value for t in PloverType}
    for n, row in enumerate(read_csv(path), 2):
        etype = row["event_type"].upper()
        if etype not in types:
            raise ConfigError(f"{path}:{n}: unknown event type {etype!r}")
        mode = row.get("mode") or None
        if mode and mode not in MODES.get(etype, set()):
            mode = None  # a mode PLOVER does not define for this type is dropped, not guessed
        trig = Trigger(lemma=row["lemma"].lower(), pos=(row.get("pos") or "VERB").upper(),
                       particle=(row.get("particle") or "").lower() or None,
                       objects=frozenset(o.strip().lower() for o in (row.get("object") or "").split("|") if o.strip()),
                       event_type=etype, mode=mode, cameo=(row.get("cameo") or "").strip() or None,
                       context=tuple(c.strip() for c in (row.get("context") or "").split("|") if c.strip()),
                       recipient=tuple(r.strip() for r in (row.get("recipient") or "").split("|") if r.strip()))
        index[(trig.lemma, trig.pos)].append(trig)
    for key in index:
        # particle+object, then object, then particle, then the bare lemma
        index[key].sort(key=lambda t: (not (t.particle and t.objects), not t.objects, not t.particle))
    return dict(index)
