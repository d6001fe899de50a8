"""No module of dyad binds the same top-level name twice: a second definition silently replaces the first
(a set of force nouns once replaced another of the same name, and 'its jets struck' lost its actor)."""
import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dyad"


def rebound(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Name):
                    names[target.id] += 1
    return sorted(n for n, k in names.items() if k > 1)


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path):
    assert rebound(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_rebound_set():
    assert rebound("A = {1}\ndef f(): pass\nA = {2}\n") == ["A"]
