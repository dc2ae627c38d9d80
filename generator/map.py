"""The map of practices: an inline SVG drawn at build time from the shipped country outlines.

The outlines (generator/data/outlines.json) are Natural Earth's, in the
public domain, converted once by scripts/outlines.py. Coordinates are drawn in
an equirectangular projection whose horizontal scale is the cosine of the
view's middle latitude, which keeps Europe's proportions at this size. Each
practice is a pin at its coordinates, or at its country's centroid when the
record has none; every pin is an SVG link named with the practice's title, so
a keyboard reaches it and a screen reader announces it. Everything a record
says is escaped here: titles and ids are untrusted.
"""

from __future__ import annotations

import html
import itertools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

from markupsafe import Markup

from generator import summary
from generator.records import Record

OUTLINES_PATH = Path(__file__).resolve().parent / "data" / "outlines.json"
Box = tuple[float, float, float, float]  # west, south, east, north in degrees
Point = list[float]  # [lon, lat], as outlines.json gives it
MIN_STEP = 3  # SVG units (a pixel or two): finer detail of a coast only weighs on the page


@dataclass(frozen=True)
class Pin:
    """One practice on the map."""

    id: str
    title: str
    lon: float
    lat: float
    href: str
    lang: str
    country: str
    place: str


@cache
def outlines() -> dict[str, dict[str, Any]]:
    """Country code -> {"rings": [[[lon, lat], ...]], "centroid": [lon, lat]}."""
    return cast("dict[str, dict[str, Any]]", json.loads(OUTLINES_PATH.read_text(encoding="utf-8"))["countries"])


def position(data: dict[str, Any]) -> tuple[float, float] | None:
    """Longitude and latitude of a practice: its coordinates, else its country's centroid, else None."""
    location = data["location"]
    if "coordinates" in location:
        return float(location["coordinates"]["lon"]), float(location["coordinates"]["lat"])
    country = outlines().get(location["country"])
    return tuple(country["centroid"]) if country else None


def pins(records: list[Record], href: Callable[[str], str], lang: str) -> list[Pin]:
    """A pin for every practice the map can place, with its link made by href(id) and its place in lang."""
    out = []
    for record in records:
        where = position(record.data)
        if where:
            data = record.data
            country = data["location"]["country"]
            out.append(
                Pin(
                    record.id,
                    data["title"],
                    *where,
                    href(record.id),
                    data["language"],
                    country,
                    summary.place(data, lang),
                )
            )
    return out


class Index:
    """Pins by place and places by grid cell, to find those near a point without looking at every practice."""

    CELL = 4.0  # degrees

    def __init__(self, all_pins: list[Pin]):
        self.by_id = {pin.id: pin for pin in all_pins}
        self.at: dict[tuple[float, float], list[Pin]] = {}
        for pin in sorted(all_pins, key=lambda p: p.id):
            self.at.setdefault((pin.lon, pin.lat), []).append(pin)
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for where in self.at:
            self.cells.setdefault(self._cell(*where), []).append(where)

    def _cell(self, lon: float, lat: float) -> tuple[int, int]:
        return math.floor(lon / self.CELL), math.floor(lat / self.CELL)

    def nearest(self, box: Box, lon: float, lat: float, count: int) -> list[Pin]:
        """Up to `count` pins inside a view, nearest to (lon, lat) first, by id at one place."""
        west, south, east, north = box
        (x0, y0), (x1, y1) = self._cell(west, south), self._cell(east, north)
        places = [
            where
            for x in range(x0, x1 + 1)
            for y in range(y0, y1 + 1)
            for where in self.cells.get((x, y), ())
            if west <= where[0] <= east and south <= where[1] <= north
        ]
        kx = math.cos(math.radians(lat))
        places.sort(key=lambda w: ((w[0] - lon) * kx) ** 2 + (w[1] - lat) ** 2)
        return list(itertools.islice((pin for where in places for pin in self.at[where]), count))


def region(points: list[tuple[float, float]], min_span: float = 16.0, margin: float = 0.12) -> Box:
    """A view around the points, with a margin, at least min_span degrees of latitude high."""
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    cx, cy = (west + east) / 2, (south + north) / 2
    half_h = max((north - south) * (1 + 2 * margin), min_span) / 2
    scale = math.cos(math.radians(cy))
    half_w = max((east - west) * (1 + 2 * margin) / 2, half_h * 1.4 / max(scale, 0.2))
    half_h = max(half_h, half_w * scale / 1.6)
    return (max(cx - half_w, -180), max(cy - half_h, -85), min(cx + half_w, 180), min(cy + half_h, 85))


class _Projection:
    """Degrees to the SVG's units, for one view."""

    def __init__(self, box: Box, width: int):
        self.box = box
        west, south, east, north = box
        self.kx = math.cos(math.radians((south + north) / 2))
        self.scale = width / ((east - west) * self.kx)
        self.width = width
        self.height = round((north - south) * self.scale)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        west, _, _, north = self.box
        return (lon - west) * self.kx * self.scale, (north - lat) * self.scale


def _clip(ring: list[Point], box: Box) -> list[Point]:
    """A ring cut to the view (Sutherland-Hodgman), so that far-off coasts cost nothing."""
    west, south, east, north = box
    edges: list[tuple[Callable[[Point], bool], Callable[[Point, Point], Point]]] = [
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    ]
    points = ring
    for inside, cross in edges:
        if not points:
            break
        out: list[Point] = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
        points = out
    return points


def _cross_x(a: Point, b: Point, x: float) -> Point:
    return [x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])]


def _cross_y(a: Point, b: Point, y: float) -> Point:
    return [a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y]


def _path(ring: list[Point], project: _Projection) -> str:
    """A ring as compact SVG path data: whole units, relative moves, points closer than MIN_STEP dropped."""
    steps, last = [], None
    for lon, lat in ring:
        x, y = project(lon, lat)
        point = (round(x), round(y))
        if last is None:
            steps.append(f"M{point[0]} {point[1]}")
        elif abs(point[0] - last[0]) + abs(point[1] - last[1]) >= MIN_STEP:
            steps.append(f"{point[0] - last[0]} {point[1] - last[1]}")
        last = point
    return (steps[0] + "l" + " ".join(steps[1:]) + "z") if len(steps) > 2 else ""


@lru_cache(maxsize=256)  # practices of one city or region share their view
def _countries(box: Box, width: int, marked: frozenset[str]) -> str:
    """The outlines inside the view, countries with practices set apart."""
    project = _Projection(box, width)
    parts = []
    for code, rings in _extents().items():
        paths = "".join(_path(_clip(ring, box), project) for ring, extent in rings if _meets(extent, box))
        if paths:
            kind = "gp-map-land gp-map-has" if code in marked else "gp-map-land"
            parts.append(f'<path class="{kind}" d="{paths}"/>')
    return "".join(parts)


@cache
def _extents() -> dict[str, list[tuple[list[Point], Box]]]:
    """Each country's rings with their bounding boxes, measured once."""
    out = {}
    for code, country in outlines().items():
        rings = country["rings"]
        out[code] = [
            (r, (min(p[0] for p in r), min(p[1] for p in r), max(p[0] for p in r), max(p[1] for p in r))) for r in rings
        ]
    return out


def _meets(extent: Box, box: Box) -> bool:
    return extent[0] <= box[2] and extent[2] >= box[0] and extent[1] <= box[3] and extent[3] >= box[1]


def _spread(placed: list[tuple[Pin, float, float]], radius: float) -> list[tuple[Pin, float, float]]:
    """Pins at one spot set around it in a ring, so that each can be seen and clicked."""
    groups: dict[tuple[int, int], list[tuple[Pin, float, float]]] = {}
    for pin, x, y in placed:
        groups.setdefault((round(x / radius), round(y / radius)), []).append((pin, x, y))
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.extend(group)
            continue
        ring = radius * (1 + len(group) / 5)
        for k, (pin, x, y) in enumerate(group):
            angle = 2 * math.pi * k / len(group)
            out.append((pin, x + ring * math.cos(angle), y + ring * math.sin(angle)))
    return out


def _pin(pin: Pin, x: float, y: float, radius: float, current: bool) -> str:
    name = html.escape(" ".join(pin.title.split()))
    kind = "gp-pin gp-pin-here" if current else "gp-pin"
    return (
        # The <title> names the link for screen readers (SVG-AAM) and shows as a tooltip on hover.
        f'<a class="{kind}" href="{html.escape(pin.href)}" lang="{html.escape(pin.lang)}">'
        f"<title>{name}</title>"
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"/></a>'
    )


def svg(inside: list[Pin], box: Box, label: str, width: int = 800, current: str | None = None) -> Markup:
    """The map of a view: country outlines, then a linked pin for each of the given practices inside it."""
    project = _Projection(box, width)
    radius = max(width / 110, 4)
    placed = _spread([(p, *project(p.lon, p.lat)) for p in inside], radius * 2.2)
    placed.sort(key=lambda item: item[0].id == current)  # the page's own pin on top
    body = _countries(box, width, frozenset(p.country for p in inside))
    pins_svg = "".join(_pin(p, x, y, radius * (1.3 if p.id == current else 1), p.id == current) for p, x, y in placed)
    return Markup(
        f'<svg class="gp-map-svg" viewBox="0 0 {project.width} {project.height}" role="group" '
        f'aria-label="{html.escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f'<rect class="gp-map-sea" width="{project.width}" height="{project.height}"/>'
        f"{body}{pins_svg}</svg>"
    )


def practice_href(prefix: str) -> Callable[[str], str]:
    """Links to practice pages from a page at some depth: prefix + quoted id + '/'."""
    return lambda record_id: f"{prefix}{quote(record_id)}/"
