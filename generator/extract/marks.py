"""Quotation marks of one article: where quotes open and close.

Marks: straight `"`, curly `“”`, `„“`, `«»`, and Kompas' `”` used to open and to close. Whether a
mark opens or closes is read from what flanks it (space before and a letter after: opens), and
ambiguous marks toggle. Marks reset at every paragraph end, so one unbalanced mark cannot swallow
the rest of the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .mentions import Entity


_MARKS = re.compile(r'["“”„«»]')
_OPEN_ONLY = "„«"
_CLOSE_ONLY = "»"
_TRAIL = ",.;:"
_WORDS = re.compile(r"\w+")


# two apostrophes standing for a double quote mark (some BBC sport texts: "''We gave him a chance,'' said
# X"): an opener has a blank, a bracket or nothing before it and a word after it
_DOUBLED_APOSTROPHES = re.compile(r"(?<!')''(?!')")


def doubled_apostrophes_as_marks(body: str) -> str:
    """`body` with each pair of apostrophes used as a quote mark written as a double mark of the same
    length, so that every offset stays the text's: an opener as a blank and the mark (' "'), a closer as
    the mark and a blank ('" '). The marks read then as any double mark does."""
    if "''" not in body:
        return body

    def mark(m: re.Match) -> str:
        i = m.start()
        before = body[i - 1] if i else " "
        after = body[m.end()] if m.end() < len(body) else " "
        return ' "' if (before.isspace() or before in "([{") and not after.isspace() else '" '

    return _DOUBLED_APOSTROPHES.sub(mark, body)


@dataclass
class Quote:
    start: int
    end: int  # text span without marks
    kind: str = "direct"
    speaker: Entity | None = None
    sentence: tuple[int, int] | None = None
    confidence: float = 0.5
    how: str = ""
    follow: "Quote | None" = None  # a second report of the same subject in the same sentence


@dataclass
class _Segment:
    start: int
    end: int
    open_mark: int
    close_mark: int | None
    # the opening mark of the next paragraph of a run-together quote whose cue comes after its last
    # paragraph ('"A. "B," he added.'): the run's speaker is that cue's (see _runs_into_cue)
    then: int | None = None


def scan_marks(body: str, para_start: int, para_end: int, cue_next: re.Pattern | None = None,
               cue_name_next: re.Pattern | None = None, narration: re.Pattern | None = None,
               cue_colon: re.Pattern | None = None) -> list[_Segment]:
    """Pairs of quote marks in one paragraph. `cue_next` matches a speech cue right after a mark
    ('” katanya'): such a mark closes a quote; `cue_name_next` a cue and a name glued to a mark of
    another style than the open one ('“... Pak Jalil, "kata Priharsa'); `narration`, where given,
    the article's own report inside an unclosed quote (see _runs_into_cue); `cue_colon`, where given,
    a cue verb and a colon ending the text before an opening mark ('Wenger said: "'): that mark opens
    a quote of its own, and a quote still open before it lost its closing mark."""
    out: list[_Segment] = []
    pending: int | None = None
    orphan: int | None = None  # a closing mark with nothing to close: perhaps a misplaced opener
    # the straight marks of the paragraph sit on the wrong side of their words (_shifted_closer): they are
    # read by turns from then on, whatever their spacing
    shifted = False
    stack: list[int] = []  # openers waiting under a nested quote
    inner: list[int] = []  # indexes in `out` of nested quotes
    for m in _MARKS.finditer(body, para_start, para_end):
        i = m.start()
        ch = body[i]
        before = body[i - 1] if i > para_start else " "
        after = body[i + 1] if i + 1 < para_end else " "
        left = before.isspace() or before in "([{—–-/:" or i == para_start
        right = after.isspace() or after in ".,;:!?)]}—–-/" or i + 1 == para_end
        if ch in _OPEN_ONLY:
            role = "open"
        elif ch in _CLOSE_ONLY:
            role = "close"
        elif ch == "“" and pending is not None and body[pending] == "„":
            role = "close"
        elif ch == "“" and pending is not None and after in ".,;:!?":
            # 'dengan Eropa "tanpa adanya gesekan “.': a mark with a stop right after it opens
            # nothing, whatever its shape; it closes the quote left open
            role = "close"
        elif ch == "“" and not (right and not left):
            role = "open"
        elif ch == "“" and pending is not None and body[pending] == "“" and before not in ".,!?":
            # '“Di pasar ada“ jeger-jeger ”-nya. Kami ...,” ucapnya': an opening mark under an
            # opening mark opens a nested quote, whatever the spacing around it
            role = "open"
        elif left and not right:
            role = "open"
        elif right and not left:
            role = "close"
        else:
            role = "close" if pending is not None else "open"
        if shifted and ch == '"':
            role = "close" if pending is not None else "open"
        if pending is None and role == "open" and out and out[-1].open_mark >= para_start \
                and out[-1].close_mark is not None and _shifted_closer(body, i, para_start, para_end) \
                and _inside_sentence(body, out[-1].close_mark, i) \
                and any(c is not None and c.match(body, i + 1, para_end) for c in (cue_next, cue_name_next)):
            # '"(Thriller" bukan ide bagus siapa pun, itu bukan rencana bisnis brilian, "kata John
            # Landis.': nothing is open, the pair before was a title inside the quote that this
            # shifted mark closes in the same sentence; the quote runs from the pair's opener
            seg = out.pop()
            out.append(_Segment(seg.start, i, seg.open_mark, i))
            shifted, orphan = True, None
            continue
        cued = cue_next is not None and role == "open" and cue_next.match(body, i + 1, para_end) is not None
        if not cued and role == "open" and cue_name_next is not None and pending is not None \
                and before.isspace() and body[para_start:i].rstrip()[-1:] == "," \
                and cue_name_next.match(body, i + 1, para_end) is not None:
            # '“... Pak Jalil, "kata Priharsa.': a straight mark closes the curly one; so does a mark
            # of the same style, its space on the wrong side ('"Pertemuan kami sangat hebat, "kata
            # Trump'): a quote opening with a lower-case cue and a name is none
            cued = True
        if cued:
            role = "close"  # '..., ” katanya.': a cue follows, the mark closes whatever its spacing
        if role == "close" and pending is None:
            if cued and orphan is not None and i - orphan <= 600:
                # 'persen.” Misalnya ada ... 16 orang, ” katanya': the lone closing mark before
                # was the opener, its spacing lost
                out.append(_Segment(orphan + 1, i, orphan, i))
                orphan = None
            elif not cued:
                orphan = i
            continue
        orphan = None
        if role == "open" and pending is not None and cue_colon is not None and before.isspace() \
                and cue_colon.search(body, max(para_start, i - 40), i) is not None:
            # 'Cole added: "I've done it before. "Of course he'll learn. ... Freddie Ljungberg is
            # likely ... Gunners boss Arsene Wenger said: "Freddie is an option ...': a cue and its
            # colon open a quote of the article's own telling; the quote open before it lost its
            # closing mark where paragraphs ran together, and is dropped (the quotes read inside
            # it, nested until now, stand alone)
            stack.clear()
            inner.clear()
            pending = i
            continue
        if role == "open":
            if pending is not None and not stack and before.isspace() and ch in '"“' \
                    and _ends_sentence(body[pending + 1:i]) \
                    and ((plain := _continues_paragraphs(body, i, para_end)) or (
                        narration is not None and _runs_into_cue(body, pending, i, para_end))):
                if narration is not None and not _speech_only(body[pending + 1:i], narration):
                    # ('"If you have none, start now. Mr Lenk said that ... "Everyone blogs," he
                    # said.': the opener before lost its closing mark; it is dropped, not an outer
                    # quote, and the quotes read inside it stand alone)
                    pending = i
                    inner.clear()
                    continue
                # 'She said: "Serious concerns have been raised ... Executive. "We need to know
                # ...."': paragraphs run together, each opening with a mark and the last one
                # closing; the quote before the new opener ends with its sentence
                end = pending + 1 + len(body[pending + 1:i].rstrip())
                out.append(_Segment(pending + 1, end, pending, None, None if plain else i))
                pending = i
                continue
            if pending is not None:
                stack.append(pending)
            pending = i  # an earlier unclosed opener is dropped as unbalanced
        elif pending is not None:
            out.append(_Segment(pending + 1, i, pending, i))
            if cued and ch == '"' and _shifted_closer(body, i, para_start, para_end):
                shifted = True
            if stack:
                inner.append(len(out) - 1)
                outer = stack.pop()
                pending = outer
                continue
            pending = None
    if pending is not None:
        if inner:
            # an outer opener never closed: the quotes read before are flat, it is dropped
            return out
        out.append(_Segment(pending + 1, para_end, pending, None))
    elif inner:
        # 'McGurk: "The WH statement ... The "United States" is not holding ..."': a quote inside
        # a quote stays part of the outer one
        out = [seg for k, seg in enumerate(out) if k not in inner]
    return out


def _shifted_closer(body: str, i: int, para_start: int, para_end: int) -> bool:
    """A straight mark closing a quote before its cue from the wrong side, a blank before it and the cue
    glued after it ('... rencana bisnis brilian, "kata John Landis', '... festival, "katanya." Tapi untuk
    turis ...'): IndoSum's detokenizer set the marks of the paragraph on the far side of their words, so
    the opener that follows stands glued to the word before it ('keluarga." Michael bertekad ...')."""
    return body[i] == '"' and i > para_start and body[i - 1].isspace() and i + 1 < para_end \
        and not body[i + 1].isspace() and body[para_start:i].rstrip()[-1:] in (",", ".", "!", "?")


def _inside_sentence(body: str, close_mark: int, i: int) -> bool:
    """The text between a quote's closing mark and a later mark goes on with the sentence: a lower-case
    word right after the mark and no stop before the later one ('"(Thriller" bukan ide bagus ..., "kata')."""
    between = body[close_mark + 1:i]
    return between[:1].isspace() and between.lstrip()[:1].islower() and not any(c in between for c in ".!?")


def _continues_paragraphs(body: str, i: int, para_end: int) -> bool:
    """The quote opened at i goes on as the one before it did: it ends a sentence when it closes
    (or never closes), the run-together paragraphs of one speaker; not a new quote closed with a
    comma before its own cue ('"Russia is Ukraine's eternal strategic partner," Mr Yushchenko said')."""
    for m in _MARKS.finditer(body, i + 1, para_end):
        j = m.start()
        if body[j - 1].isspace() and j + 1 < para_end and not body[j + 1].isspace():
            continue  # another paragraph's opener: the run goes on
        return _before_close(body, i, j) in ".!?"
    return True


def _ends_sentence(text: str) -> bool:
    """The unclosed quote before a run-together paragraph's opener ends a sentence: with a stop, also
    when a quote of its own closes after the stop ('... and ask 'is that all?' "We ...')."""
    return text.rstrip().rstrip("'’").rstrip()[-1:] in (".", "!", "?")


def _before_close(body: str, i: int, j: int) -> str:
    """The character a closing mark at j follows, past a stray space ('... other options. " Replacement
    hooker ...', '... beyond your control, " added Prutton.': the mark closes all the same)."""
    return body[i + 1:j].rstrip()[-1:]


_CUE_NAME = re.compile(r"[A-Z][\w'’-]{2,}")


def _speech_only(text: str, narration: re.Pattern) -> bool:
    """The unclosed quote before a run-together paragraph's opener holds no mark and none of the
    article's own report (a third-person cue, a cue participle): else its closing mark was lost
    ('"If you have none, start now. Mr Lenk said that blogs ... "Everyone blogs," he said.')."""
    return not _MARKS.search(text) and not narration.search(text)


def _runs_into_cue(body: str, pending: int, i: int, para_end: int) -> bool:
    """'He said: "I am delighted. "The crowd carried me through the last set," he added.': run-together
    paragraphs of one speaker whose last one closes with a comma before its cue (BBC's layout), a
    paragraph of at least four words. Not when the unclosed quote before names one the cue after the
    comma names: a closing mark lost before another speaker's quote ('"We said so. Mr Lenk was
    careful ... "Ties matter," Mr Lenk said')."""
    before = body[pending + 1:i]
    for m in _MARKS.finditer(body, i + 1, para_end):
        j = m.start()
        if body[j - 1].isspace() and j + 1 < para_end and not body[j + 1].isspace():
            continue  # another paragraph's opener: the run goes on
        if _before_close(body, i, j) != "," or len(_WORDS.findall(body, i + 1, j)) < 4:
            return False  # (a few words are a quote inside the unclosed one: '"... "We hold none," X wrote')
        cue = re.split(r'[.!?;"“”]', body[j + 1:min(j + 100, para_end)], maxsplit=1)[0]
        return not any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", before) for w in _CUE_NAME.findall(cue))
    return False


_SINGLE = re.compile(r"['‘’]")


def scan_single_marks(body: str, para_start: int, para_end: int, doubles: list[_Segment]) -> list[_Segment]:
    """Pairs of single quote marks outside double ones: "menyebut komentar itu 'salah dan bias'".
    An opener has a space (or bracket) before and a letter after, a closer a letter or stop before
    and no letter after; an apostrophe ('Ra'ad', "countries' ") is neither or is left unpaired."""
    out: list[_Segment] = []
    pending: int | None = None
    for m in _SINGLE.finditer(body, para_start, para_end):
        i = m.start()
        if any(d.open_mark <= i <= (d.close_mark if d.close_mark is not None else d.end) for d in doubles):
            continue
        before = body[i - 1] if i > para_start else " "
        after = body[i + 1] if i + 1 < para_end else " "
        if body[i] != "’" and (before.isspace() or before in "([{—–") and after.isalpha():
            pending = i
        elif pending is not None and body[i] != "‘" and (before.isalnum() or before in ".!?") \
                and not after.isalnum():
            if i - pending <= 300:
                out.append(_Segment(pending + 1, i, pending, i))
            pending = None
    return out


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in _TRAIL):
        end -= 1
    if end > start and body[end - 1] == "]" and body[end - 3:end] == "[.]":
        end -= 3
    return start, end
