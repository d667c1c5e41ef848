"""Documentation keeps up with the code: every command, option and setting is in the README."""
import re

import click

from generator.cli import main
from generator.mkdocs_plugin import FactsheetConfig

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quickstart_shows_the_two_commands():
    quickstart = README[README.index("## Quickstart"):README.index("## ", README.index("## Quickstart") + 3)]
    assert "make site" in quickstart and "make test" in quickstart
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_command_and_option_is_documented():
    missing = []
    for name, command in main.commands.items():
        if f"factsheet {name}" not in README:
            missing.append(f"factsheet {name}")
        for param in command.params:
            if isinstance(param, click.Option):
                long_flags = [f for f in param.opts if f.startswith("--")] or param.opts
                if not any(re.search(re.escape(flag) + r"\b", README) for flag in long_flags):
                    missing.append(f"factsheet {name} {long_flags[0]}")
    assert missing == [], f"document these in README.md: {missing}"


def test_every_plugin_setting_is_documented():
    settings = [name for name, _ in FactsheetConfig._schema]
    assert [s for s in settings if f"{s}:" not in README] == []
