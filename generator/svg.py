"""Who backs whom as pictures, rendered to SVG at build time (no scripts, no tiles, no CDN).

The world map is the outline SVG shipped by the `pygal_maps_world` package (one `<g>` per
country, classed by lower-case alpha-2 code); we only colour it. Colours are the Okabe-Ito
palette, which stays distinguishable for the common forms of colour blindness; on top of
colour, backers are striped in their party's colour and disputed countries dotted, so the map
also reads in grey-scale print. Every colour has a text legend (in the SVG and, via
`legend_entries`, in the page) and every coloured country a <title>.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Callable, Sequence

# party A, party B, further parties; backers of A, of B; neutral; mixed; opposes (3+ parties)
PARTY_COLOURS = ["#0072B2", "#D55E00", "#CC79A7", "#009E73"]
BACKER_COLOURS = ["#56B4E9", "#E69F00", "#F0A8D0", "#7FD4B8"]
NEUTRAL = "#999999"
MIXED = "#F0E442"
OPPOSES = "#6B3FA0"
LAND = "#E6E6E6"
INK = "#1A1A1A"


@dataclass(frozen=True)
class LegendEntry:
    key: str       # party-AZ, backs-AZ, opposes-AZ, neutral, mixed
    colour: str    # the base fill
    pattern: str   # "" (solid), "stripes" (in `ink`), "dots", "cross"
    ink: str       # the pattern's colour
    text: str

    @property
    def fill(self) -> str:
        """The SVG fill: the colour, or a pattern defined by `pattern_defs`."""
        return f"url(#fs-{self.key})" if self.pattern else self.colour

    @property
    def css(self) -> str:
        """The same look as a CSS background, for the HTML legend."""
        if self.pattern == "stripes":
            return (f"background: repeating-linear-gradient(45deg, {self.ink} 0 3px, "
                    f"{self.colour} 3px 8px)")
        if self.pattern == "dots":
            return (f"background: radial-gradient({self.ink} 1.3px, transparent 1.6px) 0 0 / 6px 6px, "
                    f"{self.colour}")
        if self.pattern == "cross":
            return (f"background: repeating-linear-gradient(0deg, {self.ink} 0 2px, transparent 2px 7px), "
                    f"repeating-linear-gradient(90deg, {self.ink} 0 2px, {self.colour} 2px 7px)")
        return f"background: {self.colour}"


def _entry(summary, parties: Sequence[str]) -> tuple[str, str, str, str]:
    """(key, colour, pattern, ink) for a country's summary position."""
    agreed = summary.agreed
    if agreed is None:
        return "mixed", MIXED, "dots", INK
    position, side = agreed
    if position == "party":
        code = summary.country.code
        index = parties.index(code) if code in parties else 0
        return f"party-{code}", PARTY_COLOURS[index % len(PARTY_COLOURS)], "", ""
    if position == "backs" and side in parties:
        index = parties.index(side)
        return (f"backs-{side}", BACKER_COLOURS[index % len(BACKER_COLOURS)], "stripes",
                PARTY_COLOURS[index % len(PARTY_COLOURS)])
    if position in ("backs", "opposes"):
        return f"{position}-{side}", OPPOSES, "cross", "#FFFFFF"
    return "neutral", NEUTRAL, "", ""


def _position_colour(summary, parties: Sequence[str]) -> tuple[str, str]:
    key, colour, *_ = _entry(summary, parties)
    return colour, key


def legend_entries(summaries, conflict, label: Callable[..., str]) -> list[LegendEntry]:
    """One entry per kind of position shown, in table order."""
    parties = [c.code for c in conflict.parties]
    names = {c.code: c.name for c in conflict.parties}
    for summary in summaries:
        names.setdefault(summary.country.code, summary.country.name)
        if summary.side is not None:
            names.setdefault(summary.side.code, summary.side.name)
    seen: dict[str, LegendEntry] = {}
    for summary in summaries:
        key, colour, pattern, ink = _entry(summary, parties)
        if key in seen:
            continue
        kind, _, code = key.partition("-")
        text = str(label(f"legend_{kind}", country=names.get(code, code))) if code \
            else str(label(f"legend_{kind}"))
        seen[key] = LegendEntry(key, colour, pattern, ink, text)
    return list(seen.values())


def pattern_defs(entries: Sequence[LegendEntry]) -> str:
    out = []
    for e in entries:
        if e.pattern == "stripes":
            out.append(f'<pattern id="fs-{e.key}" patternUnits="userSpaceOnUse" width="10" height="10" '
                       f'patternTransform="rotate(45)"><rect width="10" height="10" fill="{e.colour}"/>'
                       f'<rect width="3.5" height="10" fill="{e.ink}"/></pattern>')
        elif e.pattern == "dots":
            out.append(f'<pattern id="fs-{e.key}" patternUnits="userSpaceOnUse" width="9" height="9">'
                       f'<rect width="9" height="9" fill="{e.colour}"/>'
                       f'<circle cx="4.5" cy="4.5" r="1.8" fill="{e.ink}"/></pattern>')
        elif e.pattern == "cross":
            out.append(f'<pattern id="fs-{e.key}" patternUnits="userSpaceOnUse" width="10" height="10">'
                       f'<rect width="10" height="10" fill="{e.colour}"/>'
                       f'<path d="M0 5H10M5 0V10" stroke="{e.ink}" stroke-width="1.5"/></pattern>')
    return f"<defs>{''.join(out)}</defs>" if out else ""


@lru_cache(maxsize=1)
def _world_outline() -> str:
    outline = resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")
    body = outline[outline.index("<g id=\"countries\">"):outline.rindex("</svg>")]
    # Antarctica only takes room: no conflict is about it, and the crop below cuts it off.
    return re.sub(r'<g class="aq country map-element">.*?</g>', "", body, flags=re.S)


MAP_WIDTH, MAP_HEIGHT = 2475, 1250


def world_map(summaries, conflict, label: Callable[..., str]) -> str:
    parties = [c.code for c in conflict.parties]
    entries = {e.key: e for e in legend_entries(summaries, conflict, label)}
    fills: dict[str, tuple[LegendEntry, str]] = {}
    for summary in summaries:
        key, *_ = _entry(summary, parties)
        position = summary.agreed
        if position is None:
            text = f"{summary.country.name}: {label('mixed')}"
        else:
            text = f"{summary.country.name}: {label('position_' + position[0])}"
            if position[1]:
                side = summary.side.name if summary.side is not None else position[1]
                text += f" {side}"
        fills[summary.country.code.lower()] = (entries[key], text)

    def colour(match: re.Match) -> str:
        code = match.group(1)
        if code in fills:
            entry, title = fills[code]
            return (f'<g class="{code} country" fill="{entry.fill}" stroke="{INK}" stroke-width="0.8">'
                    f"<title>{escape(title)}</title>")
        return f'<g class="{code} country">'

    body = re.sub(r'<g class="([a-z]{2}) country map-element">', colour, _world_outline())
    title = escape(str(label("map_title", conflict=conflict.name)))
    legend = list(entries.values())
    row, size, font = 58, 44, 38
    top = MAP_HEIGHT - 30 - len(legend) * row
    legend_svg = (
        f'<rect x="16" y="{top - 20}" width="640" height="{len(legend) * row + 30}" rx="10" '
        f'fill="#FFFFFF" fill-opacity="0.85"/>'
        + "".join(
            f'<rect x="34" y="{top + i * row}" width="{size}" height="{size}" fill="{e.fill}" stroke="{INK}"/>'
            f'<text x="{34 + size + 18}" y="{top + i * row + 33}" font-size="{font}" '
            f'font-family="sans-serif" fill="{INK}">{escape(e.text)}</text>'
            for i, e in enumerate(legend))
    )
    inset = _inset(conflict, label)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
        f'viewBox="0 0 {MAP_WIDTH} {MAP_HEIGHT}" role="img" aria-labelledby="map-title">'
        f'<title id="map-title">{title}</title>'
        '<style>path { vector-effect: non-scaling-stroke; }</style>'
        f'{pattern_defs(legend)}'
        f'<defs><g id="fs-world" fill="{LAND}" stroke="#FFFFFF" stroke-width="0.6">{body}</g></defs>'
        f'<rect width="{MAP_WIDTH}" height="{MAP_HEIGHT}" fill="#F4F8FB"/>'
        '<use xlink:href="#fs-world"/>'
        f'{inset}<g class="legend">{legend_svg}</g></svg>\n'
    )


INSET = (20, 470, 660, 440)  # x, y, width, height of the close-up, in the empty South Pacific


def _inset(conflict, label: Callable[..., str]) -> str:
    """A close-up of the parties (most conflicts are between small countries), with a frame
    on the world map showing where it is."""
    boxes = [b for b in (country_box(c.code) for c in conflict.parties) if b]
    if not boxes:
        return ""
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    ix, iy, iw, ih = INSET
    pad = max(x1 - x0, y1 - y0) * 0.6 + 12
    x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
    w, h = x1 - x0, y1 - y0
    if w / h < iw / ih:  # widen or heighten to the inset's shape
        x0 -= (h * iw / ih - w) / 2
        w = h * iw / ih
    else:
        y0 -= (w * ih / iw - h) / 2
        h = w * ih / iw
    if w > iw * 0.9:  # the parties are big enough to see on the world map
        return ""
    name = escape(str(conflict.name))
    return (
        f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{w:.1f}" height="{h:.1f}" fill="none" stroke="{INK}" '
        f'stroke-width="3"/>'
        f'<rect x="{ix}" y="{iy}" width="{iw}" height="{ih}" fill="#F4F8FB" stroke="{INK}" stroke-width="3"/>'
        f'<svg x="{ix}" y="{iy}" width="{iw}" height="{ih}" viewBox="{x0:.1f} {y0:.1f} {w:.1f} {h:.1f}">'
        f'<use xlink:href="#fs-world"/></svg>'
        f'<rect x="{ix}" y="{iy}" width="{iw}" height="48" fill="#FFFFFF" fill-opacity="0.85"/>'
        f'<text x="{ix + 16}" y="{iy + 36}" font-size="32" font-family="sans-serif" font-weight="bold" '
        f'fill="{INK}">{name}</text>'
    )


def alliance_graph(summaries, conflict, label: Callable[..., str]) -> str:
    """Parties on top, each party's backers in a column below it, everyone else underneath."""
    parties = conflict.parties
    codes = [p.code for p in parties]
    entries = {e.key: e for e in legend_entries(summaries, conflict, label)}
    width, row, box_w = 900, 46, 240
    columns: dict[str, list] = {p.code: [] for p in parties}
    others = []
    for summary in summaries:
        agreed = summary.agreed
        if agreed and agreed[0] == "party":
            continue
        if agreed and agreed[0] == "backs" and agreed[1] in columns:
            columns[agreed[1]].append(summary)
        else:
            others.append(summary)
    n = max(len(parties), 1)
    per_row = 3
    tallest = max([len(v) for v in columns.values()] + [0])
    column_bottom = 110 + tallest * row
    others_top = column_bottom + 40
    height = others_top + (30 + -(-len(others) // per_row) * row if others else 0) + 10
    title = escape(str(label("graph_title", conflict=conflict.name)))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="graph-title" font-family="sans-serif" font-size="17">'
        f'<title id="graph-title">{title}</title>{pattern_defs(list(entries.values()))}'
        f'<rect width="{width}" height="{height}" fill="#FFFFFF"/>'
    ]
    party_x = {p.code: (i + 0.5) * width / n for i, p in enumerate(parties)}
    for i, party in enumerate(parties):
        x = party_x[party.code]
        colour = PARTY_COLOURS[i % len(PARTY_COLOURS)]
        backers = columns[party.code]
        if backers:  # one connector behind the boxes, then the boxes on top
            last = 110 + (len(backers) - 1) * row + 16
            parts.append(f'<line x1="{x - box_w / 2 - 14:.0f}" y1="64" x2="{x - box_w / 2 - 14:.0f}" '
                         f'y2="{last:.0f}" stroke="{colour}" stroke-width="3"/>')
        parts.append(f'<rect x="{x - 120:.0f}" y="16" width="240" height="48" rx="8" fill="{colour}"/>'
                     f'<text x="{x:.0f}" y="47" text-anchor="middle" fill="#FFFFFF" font-weight="bold" '
                     f'font-size="19">{escape(party.name)}</text>')
        if backers:
            parts.append(f'<text x="{x:.0f}" y="92" text-anchor="middle" fill="{INK}" font-style="italic">'
                         f'{escape(str(label("legend_backs", country=party.name)))}</text>')
        entry = entries.get(f"backs-{party.code}")
        for j, summary in enumerate(backers):
            y = 110 + j * row
            parts.append(f'<line x1="{x - box_w / 2 - 14:.0f}" y1="{y + 16}" x2="{x - box_w / 2:.0f}" '
                         f'y2="{y + 16}" stroke="{colour}" stroke-width="3"/>'
                         f'<rect x="{x - box_w / 2:.0f}" y="{y}" width="{box_w}" height="32" rx="6" '
                         f'fill="{BACKER_COLOURS[i % len(BACKER_COLOURS)]}" stroke="{colour}" stroke-width="2"/>'
                         f'<rect x="{x - box_w / 2 + 2:.0f}" y="{y + 2}" width="14" height="28" rx="4" '
                         f'fill="{entry.fill if entry else colour}"/>'
                         f'<text x="{x + 8:.0f}" y="{y + 22}" text-anchor="middle" fill="{INK}">'
                         f'{escape(summary.country.name)}</text>')
    if others:
        parts.append(f'<text x="20" y="{others_top:.0f}" font-weight="bold" fill="{INK}">'
                     f'{escape(str(label("graph_others")))}</text>')
    cell = (width - 40) / per_row
    for k, summary in enumerate(others):
        key, *_ = _entry(summary, codes)
        entry = entries[key]
        x = 20 + (k % per_row) * cell
        y = others_top + 14 + (k // per_row) * row
        parts.append(f'<rect x="{x:.0f}" y="{y:.0f}" width="{cell - 16:.0f}" height="32" rx="6" '
                     f'fill="#FFFFFF" stroke="{INK}" stroke-width="1"/>'
                     f'<rect x="{x + 2:.0f}" y="{y + 2:.0f}" width="14" height="28" rx="4" fill="{entry.fill}"/>'
                     f'<text x="{x + 26:.0f}" y="{y + 22:.0f}" fill="{INK}">'
                     f'{escape(summary.country.name)} · {escape(entry.text)}</text>')
    parts.append("</svg>\n")
    return "".join(parts)


_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"m": 2, "l": 2, "t": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "z": 0}


def _path_points(d: str):
    """The end points of every segment of an SVG path (enough for a bounding box)."""
    x = y = start_x = start_y = 0.0
    command = "m"
    tokens = _TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "zZ":
                x, y = start_x, start_y
                continue
        arity = _ARITY[command.lower()]
        args = [float(t) for t in tokens[i:i + arity]]
        i += arity
        if len(args) < arity:
            break
        relative = command.islower()
        lower = command.lower()
        if lower == "h":
            x = x + args[0] if relative else args[0]
        elif lower == "v":
            y = y + args[0] if relative else args[0]
        else:
            nx, ny = args[-2], args[-1]
            x, y = (x + nx, y + ny) if relative else (nx, ny)
        if lower == "m":
            start_x, start_y = x, y
            command = "l" if relative else "L"  # further pairs after a move are lines
        yield x, y


@lru_cache(maxsize=512)
def country_box(code: str) -> tuple[float, float, float, float] | None:
    """(min x, min y, max x, max y) of a country on the outline map, or None if it is not drawn."""
    match = re.search(r'<g class="%s country map-element">(.*?)</g>' % re.escape(code.lower()),
                      _world_outline(), re.S)
    if not match:
        return None
    points = [p for d in re.findall(r' d="([^"]*)"', match.group(1)) for p in _path_points(d)]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)
