"""Read an article file (.txt, .md with front matter, saved .html) into normalised text.

`ArticleText.body` is the reference text of an article: every `span` in a fact sheet is a
pair of character offsets into it. The extractor and the site both read articles through
`read_article`, so the offsets mean the same thing in both places.
"""
from __future__ import annotations

import codecs
import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

# Spaces that look like a space to a reader but not to a regular expression.
_SPACES = re.compile("[\u00a0\u2007\u202f\u2009\u200a\u3000]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# a character reference left in a text file by the page it was copied from ('Jos&#233;', 'caf&eacute;',
# 'AT&amp;T'): complete references only, with their semicolon ('R&D', 'AT&T' stay as written)
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class ArticleText:
    path: Path
    title: str | None
    body: str
    meta: dict = field(default_factory=dict)

    @property
    def language(self) -> str | None:
        return self.meta.get("language")


def decode(data: bytes, path: Path) -> str:
    """Bytes to text: BOMs, UTF-8, then Windows-1252 / Latin-1; binary files are refused."""
    if not data.strip():
        raise InputError(path, 1, 1, "the file is empty", "add the article text or remove the file")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise _decode_error(path, data, exc) from None
    sample = data[:8192]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.05:
        raise InputError(
            path, 1, 1, "this is a binary file, not an article",
            "save the article as UTF-8 text, Markdown or HTML",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Most non-UTF-8 news text is Windows-1252 (curly quotes in 0x80-0x9F) ...
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # ... and Latin-1 decodes any byte string.
        return data.decode("latin-1")


def _decode_error(path: Path, data: bytes, exc: UnicodeDecodeError) -> InputError:
    line = data.count(b"\n", 0, exc.start) + 1
    col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
    return InputError(path, line, col, f"invalid {exc.encoding} bytes", "re-save the file as UTF-8")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    return text


def decode_references(text: str) -> str:
    """The text with its complete character references decoded ('Jos&#233;' is 'José'); an unknown
    name ('&foo;') stays as written."""
    if "&" not in text:
        return text
    return _CHAR_REF.sub(lambda m: html.unescape(m.group()), text)


def read_article(path: str | Path) -> ArticleText:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(path, 1, 1, f"the file is {size // 2**20} MiB, over the 64 MiB limit",
                             "split it or remove it from content/articles/")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, 0, 0, "no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(path, 0, 0, "is a folder, not an article file", "pass a file") from None
    except PermissionError:
        raise InputError(path, 0, 0, "cannot be read (permission denied)",
                         "fix the file's permissions") from None
    suffix = path.suffix.lower()
    text = decode(data, path)
    if suffix not in (".html", ".htm"):
        # (a saved page's references are read by its parser; a plain or Markdown file holding them
        # is read with them decoded, so that a name is not split at one: the sheet's spans point
        # into the decoded body)
        text = decode_references(text)
    text = normalise(text)
    if suffix in (".html", ".htm"):
        article = _read_html(path, text)
    elif suffix in (".md", ".markdown"):
        article = _read_markdown(path, text)
    else:
        article = _read_plain(path, text)
    if not article.body.strip():
        raise InputError(path, 1, 1, "the article has no body text",
                         "add the text below the title line or remove the file")
    return article


# 'YYYY-MM-DD_title.txt': a plain-text file named after its day of publication
_DATED_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?=[_ .-])")
# '1475091951-title.txt': named after its moment of publication in Unix seconds, as IndoSum's
# articles are (ten digits from 1 000 000 000, September 2001, to 1 999 999 999, in 2033)
_EPOCH_NAME = re.compile(r"(1\d{9})(?=[_ .-])")


def _date_of_name(name: str) -> dt.date | None:
    """The publication date a file name opens with (an ISO date or Unix seconds), or None."""
    dated = _DATED_NAME.match(name)
    if dated is not None:
        try:
            return dt.date.fromisoformat(dated.group(1))
        except ValueError:
            return None  # ('2020-13-45_...': no date)
    stamped = _EPOCH_NAME.match(name)
    if stamped is not None:
        return dt.datetime.fromtimestamp(int(stamped.group(1)), dt.timezone.utc).date()
    return None


def _read_plain(path: Path, text: str) -> ArticleText:
    """Line 1 is the title when a blank line follows it; otherwise the whole file is body. A file
    name that opens with an ISO date or a Unix timestamp gives the article's publication date."""
    text = text.strip("\n")
    first, sep, rest = text.partition("\n")
    meta: dict = {}
    published = _date_of_name(path.name)
    if published is not None:
        meta["published"] = published
    if sep and rest.startswith("\n") and len(first) <= 300 and rest.strip():
        return ArticleText(path, first.strip(), rest.strip("\n").rstrip(), meta)
    return ArticleText(path, None, text.rstrip(), meta)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _read_markdown(path: Path, text: str) -> ArticleText:
    from . import yamlio

    meta: dict = {}
    match = _FRONT_MATTER.match(text.lstrip("\n"))
    body = text
    if match:
        try:
            loaded = yamlio.load_plain(match.group(1) or "", path)
        except InputError as exc:
            # front matter starts on line 2 of the file
            raise InputError(path, exc.line + 1, exc.column, exc.message, exc.hint) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError(path, 2, 1, "front matter must be a mapping (key: value lines)",
                             "write e.g. 'title: ...' between the --- lines")
        meta = {str(k): v for k, v in (loaded or {}).items()}
        body = text.lstrip("\n")[match.end():]
    title = meta.pop("title", None)
    body = body.strip("\n")
    if title is None:
        heading = re.match(r"#\s+(.+)\n", body + "\n")
        if heading:
            title = heading.group(1).strip()
            body = body[heading.end():].strip("\n")
    published = meta.get("published") or meta.get("date")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    if isinstance(published, dt.datetime):
        published = published.date()
    meta["published"] = published if isinstance(published, dt.date) else None
    return ArticleText(path, str(title).strip() if title else None, body.rstrip(), meta)


def _read_html(path: Path, text: str) -> ArticleText:
    import trafilatura

    body = trafilatura.extract(
        text, include_comments=False, include_tables=False, favor_precision=True,
        deduplicate=False,
    ) or ""
    meta: dict = {}
    info = trafilatura.extract_metadata(text)
    title = None
    if info is not None:
        title = info.title
        if info.author:
            meta["author"] = info.author
        if info.sitename:
            meta["source"] = info.sitename
        if info.url:
            meta["url"] = info.url
        if info.date:
            try:
                meta["published"] = dt.date.fromisoformat(info.date[:10])
            except ValueError:
                pass
    # trafilatura puts one paragraph per line; blank lines keep paragraphs apart for readers.
    body = normalise(body).strip()
    return ArticleText(path, title, body, meta)


def is_article_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".")
