"""The `factsheet` command. Every problem with input is one line; no command prints a traceback."""
from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

import click

from .errors import InputError, display_path


class FactsheetGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except InputError as exc:
            click.echo(str(exc), err=True)
            sys.exit(1)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("factsheet: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # a bug of ours: say so, briefly, and how to get details
            if os.environ.get("FACTSHEET_DEBUG"):
                raise
            click.echo(f"factsheet: internal error: {type(exc).__name__}: {exc} "
                       "(please report it; set FACTSHEET_DEBUG=1 for the details)", err=True)
            sys.exit(2)


def _project_settings(config_file: Path) -> dict:
    """The factsheet settings from mkdocs.yml (content, templates, language), if it exists."""
    settings = {"content_dir": "content", "templates_dir": "templates", "language": "en"}
    if not config_file.is_file():
        return settings
    from .yamlio import load_document, to_plain

    try:
        data = to_plain(load_document(config_file).data, config_file) or {}
    except InputError:
        return settings  # mkdocs itself reports a broken mkdocs.yml
    theme = data.get("theme") or {}
    if isinstance(theme, dict) and theme.get("language"):
        settings["language"] = str(theme["language"])
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("factsheet"), dict):
            for key in ("content_dir", "templates_dir", "language"):
                if plugin["factsheet"].get(key):
                    settings[key] = str(plugin["factsheet"][key])
    base = config_file.resolve().parent
    settings["content_dir"] = str(base / settings["content_dir"])
    settings["templates_dir"] = str(base / settings["templates_dir"])
    return settings


config_option = click.option("-f", "--config-file", "config_file", type=click.Path(path_type=Path),
                             default=Path("mkdocs.yml"), show_default=True,
                             help="The MkDocs configuration of the site.")


@click.group(cls=FactsheetGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factsheet")
def main() -> None:
    """Turn news articles into fact sheets and publish them as a static site."""


@main.command()
@config_option
@click.option("--content", "content_dir", type=click.Path(path_type=Path), default=None,
              help="Content folder (default: from mkdocs.yml, else ./content).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def check(config_file: Path, content_dir: Path | None, strict: bool) -> None:
    """Validate every sheet and registry; print one line per problem (file:line:col)."""
    from .check import check_content
    from .content import load_content
    from .corpus import build_corpus

    settings = _project_settings(config_file)
    root = content_dir or Path(settings["content_dir"])
    if not root.is_dir():
        raise InputError(root, 0, 0, "content folder not found", "pass --content DIR")
    content = load_content(root)
    corpus = build_corpus(content, settings["language"])
    bodies = {a.slug: a.body for a in corpus.articles}
    problems = check_content(content, bodies)
    problems += [p for p in corpus.problems if p not in problems]
    for problem in problems:
        click.echo(str(problem))
    errors = [p for p in problems if p.severity == "error" or strict]
    sheets = len(content.sheets) + len({p.path for p in problems if p.path.endswith((".yaml", ".yml"))})
    if errors:
        click.echo(f"{len(errors)} problem(s) found.", err=True)
        sys.exit(1)
    click.echo(f"OK: {len(content.sheets)} sheet(s) and the registries are valid.", err=True)
    del sheets


def _mkdocs_logging(verbose: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False


@main.command()
@config_option
@click.option("-d", "--site-dir", type=click.Path(path_type=Path), default=None,
              help="Where to write the site (default: site_dir of mkdocs.yml, i.e. site/).")
@click.option("--strict", is_flag=True,
              help="Fail on any problem instead of leaving broken sheets out of the site.")
@click.option("-v", "--verbose", is_flag=True)
def build(config_file: Path, site_dir: Path | None, strict: bool, verbose: bool) -> None:
    """Check the content, then build the site (into a new folder, swapped in when complete)."""
    from mkdocs.config import load_config
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.exceptions import MkDocsException

    from .site import build_pages

    if not config_file.is_file():
        raise InputError(config_file, 0, 0, "MkDocs configuration not found",
                         "run in the project folder or pass -f mkdocs.yml")
    settings = _project_settings(config_file)
    # The same call as the plugin's: MkDocs then reuses these pages (read and render once).
    problems = build_pages(settings["content_dir"], settings["language"],
                           settings["templates_dir"], keep=True).problems
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        click.echo(str(problem), err=True)
    if strict and problems:
        click.echo(f"{len(problems)} problem(s): nothing was built (--strict).", err=True)
        sys.exit(1)
    if errors:
        broken = sorted({p.path for p in errors})
        click.echo(f"Leaving out {len(broken)} sheet(s) with errors: {', '.join(broken)}", err=True)

    _mkdocs_logging(verbose)
    config = load_config(config_file=str(config_file), strict=strict)
    target = Path(site_dir) if site_dir else Path(config.site_dir)
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
    config["site_dir"] = str(staging)
    try:
        config.plugins.on_startup(command="build", dirty=False)
        try:
            mkdocs_build(config)
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        click.echo(f"factsheet: the site was not built: {exc}", err=True)
        sys.exit(1)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_in(staging, target)
    click.echo(f"Site written to {display_path(target)}", err=True)
    if errors:
        sys.exit(1)


def _swap_in(staging: Path, target: Path) -> None:
    """Replace target with staging so that readers see the old site or the new one, never half."""
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    for stale in target.parent.glob(f".{target.name}.building-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a killed run


@main.command()
@config_option
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True)
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
def serve(config_file: Path, dev_addr: str, open_browser: bool) -> None:
    """Serve the site and reload the page when any file under content/ changes."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    if not config_file.is_file():
        raise InputError(config_file, 0, 0, "MkDocs configuration not found",
                         "run in the project folder or pass -f mkdocs.yml")
    _mkdocs_logging()
    mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True,
                 open_in_browser=open_browser)


@main.command()
@click.argument("directory", type=click.Path(path_type=Path))
@config_option
@click.option("--content", "content_dir", type=click.Path(path_type=Path), default=None)
@click.option("--language", default=None, help="Site language (id, en); default from mkdocs.yml.")
def export(directory: Path, config_file: Path, content_dir: Path | None, language: str | None) -> None:
    """Write every generated page as Markdown into DIRECTORY, for any other site engine."""
    from .site import build_pages

    settings = _project_settings(config_file)
    result = build_pages(content_dir or settings["content_dir"], language or settings["language"],
                         settings["templates_dir"])
    for problem in result.problems:
        click.echo(str(problem), err=True)
    written = write_pages(result.pages, directory)
    click.echo(f"{written} page(s) written to {display_path(directory)}", err=True)
    if result.errors:
        sys.exit(1)


def write_pages(pages, directory: Path) -> int:
    from .yamlio import atomic_write

    root = directory.resolve()
    for page in pages:
        target = (root / page.path).resolve()
        if root not in target.parents:  # paths come from slugs, but never trust, verify
            raise InputError(page.path, 0, 0, "page path escapes the export folder")
        if isinstance(page.content, bytes):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.content)
        else:
            atomic_write(target, page.content)
    return len(pages)


@main.command()
@click.option("--check", "check_only", is_flag=True,
              help="Exit 1 if schema/sheet.schema.json is out of date instead of writing it.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              default=Path("schema/sheet.schema.json"), show_default=True)
def schema(check_only: bool, output: Path) -> None:
    """Write the JSON Schema of a fact sheet (for editors' YAML language servers)."""
    from .schema import sheet_schema_text
    from .yamlio import atomic_write

    text = sheet_schema_text()
    if check_only:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            click.echo(f"{output} is out of date: run 'factsheet schema'", err=True)
            sys.exit(1)
        click.echo(f"{output} is up to date", err=True)
        return
    atomic_write(output, text)
    click.echo(f"wrote {output}", err=True)


from . import cli_extract  # noqa: E402  (registers extract and eval)

cli_extract.register(main)
