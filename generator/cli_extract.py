"""`factsheet extract` and `factsheet eval`: articles in, sheets out; sheets scored against gold."""
from __future__ import annotations

import sys
from pathlib import Path

import click


def register(main: click.Group) -> None:
    main.add_command(extract)
    main.add_command(evaluate_command)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--content", "content_dir", type=click.Path(path_type=Path), default=Path("content"),
              show_default=True, help="Content folder with the registries (people, conflicts).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=None,
              help="Write sheets here instead of CONTENT/sheets.")
@click.option("--dry-run", is_flag=True, help="Show what would change per sheet; write nothing.")
@click.option("-j", "--jobs", type=int, default=0, help="Parallel processes (default: all cores).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (with --executor dask).")
@click.option("--force", is_flag=True, help="Re-extract articles even when nothing changed.")
@click.option("--strict", is_flag=True, help="Exit 1 when any file was skipped.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def extract(paths, content_dir, out_dir, dry_run, jobs, executor, scheduler, force, strict, quiet):
    """Extract quotes, speakers and stances from articles into fact sheets."""
    from .extract_command import run_extract

    code = run_extract(list(paths) or [content_dir / "articles"], content_dir=content_dir,
                       out_dir=out_dir, dry_run=dry_run, jobs=jobs, executor=executor,
                       scheduler=scheduler, force=force, strict=strict, progress=not quiet)
    sys.exit(code)


@click.command("eval")
@click.argument("gold_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.argument("sheets_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List every miss and extra.")
@click.option("--articles", "articles_dir", type=click.Path(path_type=Path, exists=True, file_okay=False),
              default=None, help="Folder of the articles, for gold files that give character spans, not text.")
def evaluate_command(gold_dir: Path, sheets_dir: Path, verbose: bool, articles_dir: Path | None) -> None:
    """Score the sheets in SHEETS_DIR against hand-annotated gold files in GOLD_DIR."""
    from .evaluate import evaluate

    report = evaluate(gold_dir, sheets_dir, articles_dir)
    click.echo(report.format(verbose))
