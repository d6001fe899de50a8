"""CAMEO ↔ PLOVER: the root table of ../shared/corpora/cameo-to-plover.md, as data (data/cameo_roots.csv)."""
from __future__ import annotations

from dataclasses import dataclass

from ..data import read_csv

# Codes where the PLOVER conversion table departs from the root rule (cameo-to-plover.md, exceptions).
EXCEPTIONS = {"0813": "RETREAT", "0814": "RETREAT", "084": "RETREAT", "085": "RETREAT", "086": "RETREAT",
              "087": "RETREAT", "163": "SANCTION", "1712": "ASSAULT", "175": "ASSAULT", "191": "COERCE",
              "192": "COERCE"}
# Not in the exceptions table: a RETREAT event's default CAMEO code (withdraw) and score.
RETREAT_DEFAULT = "087"


@dataclass(frozen=True)
class CameoTable:
    to_plover: dict[str, str | None]  # root -> PLOVER type (None: dropped)
    default_code: dict[str, str]  # PLOVER type -> CAMEO code
    goldstein: dict[str, float]  # root -> Goldstein score

    def plover_type(self, code: str) -> str | None:
        """The PLOVER type of a CAMEO code (3-4 digits or a root)."""
        code = code.strip()
        for n in (4, 3):
            if code[:n] in EXCEPTIONS:
                return EXCEPTIONS[code[:n]]
        return self.to_plover.get(code[:2])

    def score(self, code: str | None) -> float | None:
        return self.goldstein.get(code[:2]) if code else None


def load_cameo() -> CameoTable:
    rows = read_csv("cameo_roots.csv")
    to_plover = {r["root"]: r["plover_type"] or None for r in rows}
    default = {}
    for r in rows:
        if r["plover_type"] and r["plover_type"] not in default:
            default[r["plover_type"]] = r["default_cameo"]
    default["RETREAT"] = RETREAT_DEFAULT
    return CameoTable(to_plover, default, {r["root"]: float(r["goldstein"]) for r in rows})
