"""Interview transcripts: paragraphs that open with the speaker's label.

Wikinews writes its interviews as turns, `((WN))  How did you start?` then `((Perttu Ahola))  I've
had programming as a hobby ...`. A reader takes each answer as the interviewee's words, whole, and
the questions as nobody's quote; the quotation marks and speech verbs inside an answer are the
interviewee retelling others ('my mom said "boss people around"'), not the article's reports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .sentences import Paragraph

# '((Dorsa Derakhshani))', '((WN))': the corpus' rendering of the bold label that opens a turn
# ('((WSS)) : Which past president ...': a colon may follow the label)
_LABEL = re.compile(r"\(\((?P<label>[^()\n]{1,60})\)\)[ \t]*(?::[ \t]*)?")

# '((hi))Hindi language: ‍नहीं।': the corpus' rendering of the translation template that follows a turn
# answered in another language, the answer's words in that language; the answer's quote ends before it
TRANSLATION = re.compile(r"[ \t]*\(\([a-z]{2,3}\)\)[^()\n:]{1,40}:")


@dataclass(frozen=True)
class Turn:
    start: int  # the paragraph, label included
    end: int
    text_start: int  # the words after the label
    label: str
    label_start: int
    # unlabelled paragraphs up to the next turn: the answer going on ('Reasons:' then a list), or,
    # after a question, the article's own text (a piece that prints questions without answers)
    after: tuple[tuple[int, int], ...] = ()
    # a turn of a piece that labels only its first answer (_plain_label_turns): any paragraph after the
    # label is one, so the page's furniture after the piece ('(asa/djm)', 'Baca juga: ...') is among them
    unlabelled: bool = False
    # an answer labelled in plain text right after a marked question ('((WN))  How did you ...?' then
    # 'NG: This study started ...'): it answers only when its label names someone of the article
    plain: bool = False


# 'Febri: Memang hari ini ...': a plain label, a name and a colon, opening the first answer of a
# question-and-answer piece
_PLAIN_LABEL = re.compile(r"(?P<label>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})[ \t]*:[ \t]+(?=\S)")
# the label of the unlabelled questions of such a piece: every turn of it a question, it is the asking side's
UNLABELLED_QUESTION = "?"


def transcript_turns(body: str, paras: list[Paragraph], interview_intros: tuple[str, ...] = ()) -> list[Turn]:
    """The labelled turns of the article, in order (none in an ordinary news story). The paragraphs
    after the last turn belong to no turn: the article may go on with its own text."""
    turns = _marked_turns(body, paras)
    return turns or _plain_label_turns(body, paras, interview_intros)


def _plain_label_turns(body: str, paras: list[Paragraph], interview_intros: tuple[str, ...]) -> list[Turn]:
    """'Berikut tanya jawab antara wartawan dengan Febri Diansyah ...' then 'Febri: Memang ...', then
    questions and answers as plain paragraphs: a question-and-answer piece that labels only its first
    answer. Every paragraph after the label is a turn, a question when it ends with '?', else an answer
    of the one the label names (the piece runs to the article's end). Only after a paragraph announcing
    the interview (interview_intros) and with a question after the label: 'Sumber: Antara' is no turn."""
    for i in range(1, len(paras) - 1):
        intro = body[paras[i - 1].start:paras[i - 1].end].casefold()
        if not any(w in intro for w in interview_intros):
            continue
        p = paras[i]
        m = _PLAIN_LABEL.match(body, p.start, p.end)
        rest = paras[i + 1:]
        if m is None or not any(body[q.start:q.end].rstrip().endswith("?") for q in rest):
            continue
        label, at = m.group("label"), m.start("label")
        turns = [Turn(p.start, p.end, m.end(), label, at)]
        for q in rest:
            asked = body[q.start:q.end].rstrip().endswith("?")
            turns.append(Turn(q.start, q.end, q.start, UNLABELLED_QUESTION if asked else label, at, unlabelled=True))
        return turns
    return []


# 'NG: This study started ...', 'Natasha Gownaris: I've wanted ...': the plain label of an answer after a
# marked question, initials or a name of up to three words (not a caption, 'Justin Amash.Image: ...')
_ANSWER_LABEL = re.compile(r"(?P<label>[A-Z]{2,4}|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})[ \t]*:[ \t]+(?=\S)")


def _marked_turns(body: str, paras: list[Paragraph]) -> list[Turn]:
    turns: list[Turn] = []
    after: list[tuple[int, int]] = []
    for p in paras:
        m = _LABEL.match(body, p.start, p.end)
        label = m.group("label").strip() if m is not None else ""
        if not label and turns and not after and not turns[-1].plain \
                and body[turns[-1].text_start:turns[-1].end].rstrip().endswith("?"):
            plain = _ANSWER_LABEL.match(body, p.start, p.end)
            if plain is not None:
                turns.append(Turn(p.start, p.end, plain.end(), plain.group("label"), p.start, plain=True))
                continue
        if not label:
            if turns:
                after.append((p.start, p.end))
            continue
        if turns:
            turns[-1] = replace(turns[-1], after=tuple(after))
        after = []
        turns.append(Turn(p.start, p.end, m.end(), label, m.start("label") + m.group("label").index(label)))
    return turns


def is_lead_in(text: str) -> bool:
    """'Reasons:', 'Some of our past achievements include:': a few words opening the list that follows, not a
    statement of their own."""
    return text.endswith(":") and len(text.split()) <= 10


# '██ Reindeer: 276', '■ On ballot': the colour swatch of a chart's or map's legend (Unicode block
# elements and geometric shapes), and 'Reindeer: 276', 'Labour Party - 203 seats': a row of a table
_SWATCH = re.compile(r"[\u2580-\u25ff]")
_DATA_ROW = re.compile(r"[^.!?:\n]{1,60}(?::|\s[-–—])\s*\d[\d,.]*\s*(?:%|per\s?cent|\w+)?")


def is_legend_row(text: str) -> bool:
    """A key of a chart's legend or a row of a table printed between an answer's paragraphs: the
    figure's text, not the answerer's words."""
    text = text.strip()
    return bool(_SWATCH.match(text)) or (len(text) <= 80 and _DATA_ROW.fullmatch(text) is not None)


def interviewers(body: str, turns: list[Turn], interviewer_labels: frozenset[str]) -> set[str]:
    """The labels of the side asking: the language pack's `interviewer_labels` ('WN', 'Wikinews',
    'Q') and any label whose turns are mostly questions ('((WSS)) : Which past president do you most
    admire?', a reporter's initials; initials alone do not tell: 'RS' may be the one answering)."""
    asked: dict[str, list[bool]] = {}
    for t in turns:
        asked.setdefault(t.label, []).append(body[t.text_start:t.end].rstrip().endswith("?"))
    return {label for label, questions in asked.items()
            if label.casefold() in interviewer_labels or sum(questions) * 2 > len(questions)}


# '1. Saya sampai di Hong Kong ...', '2) Keluar dari ...': a numbered point of a list
_NUMBERED_POINT = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=\S)")
# unnumbered paragraphs a document may open with before its first point (its heading, 'KLARIFIKASI
# TENTANG ...'; its own opening, 'Berkenaan dengan ..., dapat kami sampaikan sebagai berikut:')
_DOCUMENT_OPENING_PARAGRAPHS = 2


@dataclass(frozen=True)
class DocumentPoint:
    start: int  # the paragraph, its number included
    end: int
    text_start: int  # the words after the number
    announced: tuple[int, int]  # the paragraph that announces the document and names its writer


def announced_document_points(body: str, paras: list[Paragraph], announcers: tuple[str, ...],
                              document_nouns: frozenset[str]) -> list[DocumentPoint]:
    """'Berikut klarifikasi lengkap yang dituliskan Abdul Somad:', 'Berikut isi lengkap surat Sri
    Mulyani kepada Jonan dan Rini:' then the document's numbered points, one a paragraph: a paragraph
    opening with an announcer (announced_document_openers), naming a document the writer wrote or
    said (announced_document_nouns) and ending with a colon gives the points after it to the one it
    names (its reader: quotes.py). Only numbered points: the article's own text after an unnumbered
    document cannot be told from the document's; the first unnumbered paragraph after a point ends it."""
    out: list[DocumentPoint] = []
    for i, p in enumerate(paras):
        text = body[p.start:p.end].strip()
        words = [w.strip(",") for w in text.casefold().rstrip(":").split()]
        if not text.endswith(":") or not words or not any(
                text.casefold().startswith(a + " ") for a in announcers) \
                or not any(" ".join(words[i:i + len(n.split())]) == n for i in (1, 2, 3) for n in document_nouns):
            continue  # (a noun of one word or more opening among the three after the announcer: 'siaran pers')
        points: list[DocumentPoint] = []
        opening = 0
        for q in paras[i + 1:]:
            m = _NUMBERED_POINT.match(body, q.start, q.end)
            if m is None:
                opening += 1
                if points or opening > _DOCUMENT_OPENING_PARAGRAPHS:
                    break
                continue
            points.append(DocumentPoint(q.start, q.end, m.end(), (p.start, p.end)))
        out += points
    return out
