"""Turn Natural Earth's country outlines (TopoJSON of the npm package world-atlas) into the map data.

Run once, when the outlines should change; the result is committed as
generator/data/outlines.json, so building the site needs neither npm nor the
network:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/outlines.py package/countries-50m.json generator/data/outlines.json

Each country (ISO 3166 alpha-2 code, from the numeric id through CLDR's
aliases in Babel) keeps its outer rings in longitude/latitude degrees,
simplified with Douglas-Peucker to TOLERANCE degrees and rounded to two
decimals, tiny islands dropped, and the centroid of its largest ring (where a
practice without coordinates is pinned). Natural Earth is in the public domain.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.core import get_global

TOLERANCE = 0.06  # degrees, some 5 km: finer than a pin, coarse enough for small pages
MIN_AREA = 0.05  # square degrees: smaller islands are left out


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as absolute longitude/latitude points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    """One closed ring stitched from its arcs (a negative index is an arc walked backwards)."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def area(points: list) -> float:
    """Signed area of a ring (shoelace), in square degrees."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)) / 2


def centroid(points: list) -> tuple[float, float]:
    """Centroid of a ring."""
    a = area(points) or 1e-9
    cx = sum(
        (x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
    )
    cy = sum(
        (y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
    )
    return cx / (6 * a), cy / (6 * a)


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        dx, dy = x1 - x0, y1 - y0
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - x0) - dx * (py - y0)) / norm if norm else ((px - x0) ** 2 + (py - y0) ** 2) ** 0.5
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [points[i] for i in sorted(keep)]


def unwrap(points: list) -> list:
    """A ring that crosses the antimeridian (Russia, Fiji) continued past 180 degrees east instead."""
    if any(x > 170 for x, _ in points) and any(x < -170 for x, _ in points):
        return [(x + 360 if x < 0 else x, y) for x, y in points]
    return points


def alpha2(numeric: str | None) -> str | None:
    """ISO alpha-2 code of an ISO numeric code, through CLDR's territory aliases."""
    codes = get_global("territory_aliases").get(numeric or "", [])
    return codes[0] if codes and len(codes[0]) == 2 and codes[0].isalpha() else None


def countries(topology: dict) -> dict:
    """Code -> {"rings", "centroid"} of every country with a code, Antarctica left out."""
    arcs = decode_arcs(topology)
    out = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = alpha2(geometry.get("id"))
        if not code or code == "AQ":
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        outer = [unwrap(ring(polygon[0], arcs)) for polygon in polygons]
        outer.sort(key=lambda r: -abs(area(r)))
        cx, cy = centroid(outer[0])
        kept = [simplify(r, TOLERANCE) for r in outer if abs(area(r)) >= MIN_AREA or r is outer[0]]
        rings = [[[round(x, 2), round(y, 2)] for x, y in r] for r in kept if len(r) >= 4]
        out[code] = {"centroid": [round(cx, 2), round(cy, 2)], "rings": rings}
    return dict(sorted(out.items()))


def main(source: str, target: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    data = {
        "origin": "Natural Earth 1:50m Admin 0 countries (public domain), version 4.1.0, "
        "through the npm package world-atlas 2.0.2; simplified by scripts/outlines.py",
        "countries": countries(topology),
    }
    Path(target).write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
