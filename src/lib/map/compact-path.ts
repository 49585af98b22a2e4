/**
 * SVG path data for the server-rendered map, as short as it can be without changing the drawing:
 * points snapped to a grid of `step` viewBox units, repeats and straight-line midpoints dropped,
 * each point written relative to the one before. The district paths were 30 KB of the explorer
 * page's HTML (9 KB gzipped) written absolutely to 0.1; this way they are half that, and a phone
 * receives the page's first screen a network round trip sooner.
 */
import { geoPath, type GeoProjection } from 'd3';
import type { Feature, Geometry } from 'geojson';

export type Ring = [number, number][];

/** The projected rings of a feature, in the order d3-geo draws them. */
export function projectedRings(projection: GeoProjection, feature: Feature<Geometry>): Ring[] {
	const rings: Ring[] = [];
	let ring: Ring = [];
	geoPath(projection, {
		moveTo(x: number, y: number) {
			ring = [[x, y]];
			rings.push(ring);
		},
		lineTo(x: number, y: number) {
			ring.push([x, y]);
		},
		closePath() {},
		arc() {},
		rect() {}
	} as unknown as CanvasRenderingContext2D)(feature);
	return rings;
}

/** A ring's points on the grid (in grid units), without repeats or points on a straight line. */
function snap(ring: Ring, step: number): Ring {
	const points: Ring = [];
	for (const [x, y] of ring) {
		const point: [number, number] = [Math.round(x / step), Math.round(y / step)];
		const last = points.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
	}
	const kept: Ring = [];
	points.forEach((point, i) => {
		const before = kept.at(-1);
		const after = points[i + 1];
		if (before && after) {
			const [ax, ay] = [point[0] - before[0], point[1] - before[1]];
			const [bx, by] = [after[0] - point[0], after[1] - point[1]];
			// Exactly on the segment from the point before to the one after, going the same way.
			if (ax * by === ay * bx && ax * bx >= 0 && ay * by >= 0) return;
		}
		kept.push(point);
	});
	return kept;
}

/** A number of grid units in viewBox units, as few characters as SVG allows (".4", "-1.2"). */
function format(units: number, step: number): string {
	const value = Number((units * step).toFixed(6));
	return String(value).replace(/^(-?)0\./, '$1.');
}

/** Coordinates joined as SVG's grammar allows: a minus sign separates as well as a space does. */
function join(numbers: string[]): string {
	return numbers.map((n, i) => (i === 0 || n.startsWith('-') ? n : ` ${n}`)).join('');
}

export function compactPath(rings: Ring[], step: number): string {
	let d = '';
	for (const ring of rings) {
		const points = snap(ring, step);
		if (points.length < 3) continue;
		const [first, ...rest] = points;
		d += `M${join([format(first![0], step), format(first![1], step)])}l`;
		const deltas: string[] = [];
		rest.forEach((point, i) => {
			const previous = points[i]!;
			deltas.push(format(point[0] - previous[0], step), format(point[1] - previous[1], step));
		});
		d += `${join(deltas)}z`;
	}
	return d;
}

/** The absolute points of path data written by compactPath (for tests). */
export function decodeCompactPath(d: string): Ring[] {
	const rings: Ring[] = [];
	for (const part of d.split('z').filter(Boolean)) {
		const [start, relative] = part.slice(1).split('l') as [string, string];
		const numbers = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		const [x0, y0] = numbers(start) as [number, number];
		const ring: Ring = [[x0, y0]];
		const deltas = numbers(relative);
		for (let i = 0; i < deltas.length; i += 2) {
			const [x, y] = ring.at(-1)!;
			ring.push([x + deltas[i]!, y + deltas[i + 1]!]);
		}
		rings.push(ring);
	}
	return rings;
}
