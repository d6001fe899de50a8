"""Documentation stays in step with the code: every command has help text and is documented in README.md
(and in docs/cli.md, whose help blocks must match `dyad <command> --help`); dyad.__all__ is real."""
from __future__ import annotations

import inspect
import re

import pytest
import typer.main
from typer.testing import CliRunner

import dyad
from dyad import cli

from .conftest import ROOT

README = ROOT / "README.md"
CLI_MD = ROOT / "docs" / "cli.md"
COMMANDS = list(typer.main.get_command(cli.app).commands)
BOX = re.compile(r"[│╭╮╰╯─]")


def flat(s: str) -> str:
    return " ".join(BOX.sub(" ", s).split())


def mentioned(name: str, text: str) -> bool:
    return f"`{name}`" in text or re.search(rf"\bdyad {re.escape(name)}\b", text) is not None


def test_there_are_commands():
    assert {"ingest", "events", "export", "eval", "actors", "summary"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_a_docstring(name):
    command = typer.main.get_command(cli.app).commands[name]
    doc = command.callback.__doc__
    assert doc and doc.strip(), f"dyad {name} has no docstring"
    assert command.help and flat(command.help) == flat(doc)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name):
    assert README.exists(), "README.md is missing"
    assert mentioned(name, README.read_text(encoding="utf-8")), f"README.md does not mention `dyad {name}`"


def cli_md_sections() -> dict[str, str]:
    """docs/cli.md's `## dyad <command>` sections: command -> the text of its code block."""
    text = CLI_MD.read_text(encoding="utf-8")
    sections = {}
    for m in re.finditer(r"^## dyad (\S+)\s*\n+```[^\n]*\n(.*?)^```", text, re.M | re.S):
        sections[m.group(1)] = m.group(2)
    return sections


@pytest.mark.skipif(not CLI_MD.exists(), reason="docs/cli.md not written")
@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_docs_cli_md(name):
    assert name in cli_md_sections(), f"docs/cli.md has no '## dyad {name}' section"


@pytest.mark.skipif(not CLI_MD.exists(), reason="docs/cli.md not written")
@pytest.mark.parametrize("name", COMMANDS)
def test_docs_cli_md_help_is_current(name):
    """docs/cli.md says it is generated from `dyad <command> --help` (COLUMNS=100): compare the words."""
    sections = cli_md_sections()
    if name not in sections:
        pytest.fail(f"docs/cli.md has no '## dyad {name}' section")
    r = CliRunner().invoke(cli.app, [name, "--help"], prog_name="dyad", env={"COLUMNS": "100"})
    assert r.exit_code == 0
    assert flat(sections[name]) == flat(r.output), (
        f"docs/cli.md's `dyad {name} --help` is out of date; regenerate it with COLUMNS=100 dyad {name} --help")


@pytest.mark.skipif(not CLI_MD.exists(), reason="docs/cli.md not written")
def test_docs_cli_md_documents_no_removed_command():
    assert set(cli_md_sections()) <= set(COMMANDS)


def test_readme_links_exist():
    if not README.exists():
        pytest.fail("README.md is missing")
    text = README.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text):
        if "://" in target:
            continue
        assert (ROOT / target).exists(), f"README.md links to {target}, which does not exist"


@pytest.mark.parametrize("name", dyad.__all__)
def test_all_names_exist(name):
    assert hasattr(dyad, name), f"dyad.__all__ lists {name!r}, which dyad does not define"


def test_all_has_no_duplicates_and_public_functions_are_documented():
    assert len(set(dyad.__all__)) == len(dyad.__all__)
    for name in dyad.__all__:
        obj = getattr(dyad, name)
        if inspect.isfunction(obj):
            assert obj.__doc__ and obj.__doc__.strip(), f"dyad.{name} has no docstring"


def test_from_dyad_import_star():
    ns: dict = {}
    exec("from dyad import *", ns)
    assert set(dyad.__all__) <= set(ns)
