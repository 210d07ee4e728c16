#!/usr/bin/env python3
"""Derives ui/src/main/resources/map/region.txt from Natural Earth 1:50m country outlines.

Input: countries-50m.json (TopoJSON) from the npm package world-atlas@2 (Natural Earth, public domain;
package ISC licence). Fetch it once with `cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2*.tgz`,
then run `python3 ui/tools/make_region_map.py /tmp/package/countries-50m.json ui/src/main/resources/map/region.txt`.

Steps: decode the TopoJSON arcs, simplify every arc once (Douglas-Peucker; shared borders stay shared),
assemble each country's rings, clip them to the map's box (Sutherland-Hodgman), and extract the shared
borders of the disputed pairs from the arcs both countries use. Coordinates stay longitude/latitude
(2 decimals); the Java side projects them (org.cascade.ui.map.Geo).

Output format, one record per line:
  C <code> <name>            a country (code: the model's state code, or ISO numeric for neighbours)
  R lon,lat lon,lat ...      one ring of the last country
  B <pair>                   a border shared by two states (e.g. KG-TJ)
  L lon,lat lon,lat ...      one line of the last border
"""
import json
import sys

BOX = (35.0, 34.0, 88.0, 56.0)  # lon min, lat min, lon max, lat max; keep in step with Geo.java
MARGIN = 0.5
TOLERANCE = 0.025  # degrees
STATES = {'398': 'KZ', '860': 'UZ', '417': 'KG', '762': 'TJ', '795': 'TM', '031': 'AZ', '051': 'AM'}
DISPUTES = ['KG-TJ', 'AZ-AM', 'UZ-KG', 'UZ-TJ']


def decode_arcs(topo):
    sx, sy = topo['transform']['scale']
    tx, ty = topo['transform']['translate']
    out = []
    for arc in topo['arcs']:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def dp(pts, tol):
    if len(pts) < 3:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = pts[a]
        bx, by = pts[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm > 0 else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if best > tol:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(pts, keep) if k]


def arc_points(arcs, i):
    return arcs[i] if i >= 0 else list(reversed(arcs[~i]))


def ring(arcs, idxs):
    pts = []
    for i in idxs:
        a = arc_points(arcs, i)
        pts.extend(a if not pts else a[1:])
    return pts


def clip(poly, box):
    x0, y0, x1, y1 = box
    edges = [
        (lambda p: p[0] >= x0, lambda p, q: (x0, p[1] + (q[1] - p[1]) * (x0 - p[0]) / (q[0] - p[0]))),
        (lambda p: p[0] <= x1, lambda p, q: (x1, p[1] + (q[1] - p[1]) * (x1 - p[0]) / (q[0] - p[0]))),
        (lambda p: p[1] >= y0, lambda p, q: (p[0] + (q[0] - p[0]) * (y0 - p[1]) / (q[1] - p[1]), y0)),
        (lambda p: p[1] <= y1, lambda p, q: (p[0] + (q[0] - p[0]) * (y1 - p[1]) / (q[1] - p[1]), y1)),
    ]
    out = poly
    for inside, cut in edges:
        if not out:
            break
        src, out = out, []
        prev = src[-1]
        for cur in src:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
    return out


def fmt(pts):
    return ' '.join('%.2f,%.2f' % p for p in pts)


def main(src, dst):
    topo = json.load(open(src))
    arcs = [dp(a, TOLERANCE) for a in decode_arcs(topo)]
    box = (BOX[0] - MARGIN, BOX[1] - MARGIN, BOX[2] + MARGIN, BOX[3] + MARGIN)
    lines = ['# Derived from Natural Earth 1:50m admin-0 countries (public domain) via world-atlas@2 '
             'countries-50m.json; see README.md and ui/tools/make_region_map.py']
    used = {}
    for g in topo['objects']['countries']['geometries']:
        gid = g.get('id')
        if gid is None:
            continue
        if g['type'] == 'Polygon':
            polys = [g['arcs']]
        elif g['type'] == 'MultiPolygon':
            polys = g['arcs']
        else:
            continue
        rings = []
        arc_ids = set()
        for poly in polys:
            for r in poly:  # outer ring and holes alike: the map fills with the even-odd rule
                pts = clip(ring(arcs, r), box)
                if len(pts) >= 3:
                    rings.append(pts)
                    arc_ids.update(i if i >= 0 else ~i for i in r)
        if not rings:
            continue
        code = STATES.get(gid, gid)
        used[code] = arc_ids
        lines.append('C %s %s' % (code, g['properties']['name']))
        lines.extend('R ' + fmt(r) for r in rings)
    for pair in DISPUTES:
        a, b = pair.split('-')
        shared = sorted(used[a] & used[b])
        lines.append('B ' + pair)
        lines.extend('L ' + fmt(arcs[i]) for i in shared)
    with open(dst, 'w') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
