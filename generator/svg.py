"""Who backs whom as pictures, rendered to SVG at build time (no scripts, no tiles, no CDN).

The world map is the outline SVG shipped by the `pygal_maps_world` package (one `<g>` per
country, classed by lower-case alpha-2 code); we only colour it. Colours are the Okabe-Ito
palette, which stays distinguishable for the common forms of colour blindness, and every
colour also has a text legend and a <title> per country.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Callable, Sequence

# party A, party B, further parties; backers of A, of B; neutral; mixed; opposes (3+ parties)
PARTY_COLOURS = ["#0072B2", "#D55E00", "#CC79A7", "#009E73"]
BACKER_COLOURS = ["#56B4E9", "#E69F00", "#F0A8D0", "#7FD4B8"]
NEUTRAL = "#8C8C8C"
MIXED = "#F0E442"
OPPOSES = "#6B3FA0"
LAND = "#E6E6E6"


def _position_colour(summary, parties: Sequence[str]) -> tuple[str, str]:
    """(fill colour, legend key) for a country's summary position."""
    agreed = summary.agreed
    if agreed is None:
        return MIXED, "mixed"
    position, side = agreed
    if position == "party":
        index = parties.index(summary.country.code) if summary.country.code in parties else 0
        return PARTY_COLOURS[index % len(PARTY_COLOURS)], f"party-{summary.country.code}"
    if position == "backs" and side in parties:
        index = parties.index(side)
        return BACKER_COLOURS[index % len(BACKER_COLOURS)], f"backs-{side}"
    if position == "opposes":
        return OPPOSES, f"opposes-{side}"
    return NEUTRAL, "neutral"


def legend_entries(summaries, conflict, label: Callable[..., str]) -> list[tuple[str, str]]:
    parties = [c.code for c in conflict.parties]
    names = {c.code: c.name for c in conflict.parties}
    for summary in summaries:
        names.setdefault(summary.country.code, summary.country.name)
    seen: dict[str, str] = {}
    for summary in summaries:
        colour, key = _position_colour(summary, parties)
        if key in seen:
            continue
        kind, _, code = key.partition("-")
        text = str(label(f"legend_{kind}", country=names.get(code, code))) if code else str(label(f"legend_{kind}"))
        seen[key] = colour
        seen[key + "\0text"] = text
    return [(seen[k], seen[k + "\0text"]) for k in seen if "\0" not in k]


@lru_cache(maxsize=1)
def _world_outline() -> str:
    return resources.files("pygal_maps_world").joinpath("worldmap.svg").read_text(encoding="utf-8")


def world_map(summaries, conflict, label: Callable[..., str]) -> str:
    parties = [c.code for c in conflict.parties]
    fills: dict[str, tuple[str, str]] = {}
    for summary in summaries:
        colour, _ = _position_colour(summary, parties)
        position = summary.agreed
        if position is None:
            text = f"{summary.country.name}: {label('mixed')}"
        else:
            text = f"{summary.country.name}: {label('position_' + position[0])}"
            if position[1]:
                side = next((c.name for c in conflict.parties if c.code == position[1]), position[1])
                text += f" {side}"
        fills[summary.country.code.lower()] = (colour, text)

    def colour(match: re.Match) -> str:
        code = match.group(1)
        if code in fills:
            fill, title = fills[code]
            return (f'<g class="{code} country" fill="{fill}" stroke="#333" stroke-width="0.6">'
                    f"<title>{escape(title)}</title>")
        return f'<g class="{code} country">'

    outline = _world_outline()
    body = outline[outline.index("<g id=\"countries\">"):outline.rindex("</svg>")]
    body = re.sub(r'<g class="([a-z]{2}) country map-element">', colour, body)
    title = escape(str(label("map_title", conflict=conflict.name)))
    legend = legend_entries(summaries, conflict, label)
    legend_svg = "".join(
        f'<rect x="30" y="{1000 + i * 44}" width="34" height="34" fill="{fill}" stroke="#333"/>'
        f'<text x="76" y="{1027 + i * 44}" font-size="30" font-family="sans-serif">{escape(text)}</text>'
        for i, (fill, text) in enumerate(legend)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 2475 1388" '
        f'role="img" aria-labelledby="map-title"><title id="map-title">{title}</title>'
        f'<rect width="2475" height="1388" fill="#FFFFFF"/>'
        f'<g fill="{LAND}" stroke="#FFFFFF" stroke-width="0.5">{body}</g>'
        f'<g class="legend">{legend_svg}</g></svg>\n'
    )


def alliance_graph(summaries, conflict, label: Callable[..., str]) -> str:
    """Parties in the middle, each party's backers in a column beside it, neutrals below."""
    parties = conflict.parties
    width, row = 900, 44
    columns: dict[str, list] = {p.code: [] for p in parties}
    neutral, other = [], []
    for summary in summaries:
        agreed = summary.agreed
        if agreed and agreed[0] == "party":
            continue
        if agreed and agreed[0] == "backs" and agreed[1] in columns:
            columns[agreed[1]].append(summary)
        elif agreed and agreed[0] == "neutral":
            neutral.append(summary)
        else:
            other.append(summary)
    n = max(len(parties), 1)
    tallest = max([len(v) for v in columns.values()] + [1])
    height = 120 + tallest * row + 60 + math.ceil((len(neutral) + len(other)) / 4) * row + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="graph-title" font-family="sans-serif" font-size="16">'
        f'<title id="graph-title">{escape(str(label("graph_title", conflict=conflict.name)))}</title>'
        f'<rect width="{width}" height="{height}" fill="#FFFFFF"/>'
    ]
    party_x = {p.code: (i + 0.5) * width / n for i, p in enumerate(parties)}
    for i, party in enumerate(parties):
        x = party_x[party.code]
        colour = PARTY_COLOURS[i % len(PARTY_COLOURS)]
        parts.append(f'<rect x="{x - 110:.0f}" y="20" width="220" height="44" rx="8" fill="{colour}"/>'
                     f'<text x="{x:.0f}" y="48" text-anchor="middle" fill="#FFFFFF" font-weight="bold">'
                     f'{escape(party.name)}</text>')
        for j, summary in enumerate(columns[party.code]):
            y = 110 + j * row
            parts.append(f'<line x1="{x:.0f}" y1="64" x2="{x:.0f}" y2="{y:.0f}" stroke="{colour}" stroke-width="2"/>'
                         f'<rect x="{x - 100:.0f}" y="{y - 4:.0f}" width="200" height="32" rx="6" '
                         f'fill="{BACKER_COLOURS[i % len(BACKER_COLOURS)]}" stroke="#333"/>'
                         f'<text x="{x:.0f}" y="{y + 18:.0f}" text-anchor="middle">'
                         f'{escape(summary.country.name)} → {escape(party.name)}</text>')
    y0 = 120 + tallest * row + 20
    if neutral or other:
        parts.append(f'<text x="20" y="{y0:.0f}" font-weight="bold">'
                     f'{escape(str(label("graph_others")))}</text>')
    for k, summary in enumerate(neutral + other):
        x = 20 + (k % 4) * (width - 40) / 4
        y = y0 + 16 + (k // 4) * row
        fill = NEUTRAL if summary in neutral else MIXED
        text_fill = "#FFFFFF" if summary in neutral else "#000000"
        parts.append(f'<rect x="{x:.0f}" y="{y:.0f}" width="200" height="32" rx="6" fill="{fill}"/>'
                     f'<text x="{x + 100:.0f}" y="{y + 22:.0f}" text-anchor="middle" fill="{text_fill}">'
                     f'{escape(summary.country.name)}</text>')
    parts.append("</svg>\n")
    return "".join(parts)
