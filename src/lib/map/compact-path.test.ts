import { geoPath } from 'd3';
import { describe, expect, it } from 'vitest';
import { readDistricts } from './geodata-files.ts';
import { compactPath, decodeCompactPath, projectedRings, type Ring } from './compact-path.ts';
import { PATH_STEP, fitProjection } from './projection.ts';

const districts = readDistricts(process.cwd());
const projection = fitProjection(districts);

/** Distance from p to the segment a–b. */
function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const t =
		dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0;
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

describe('compact SVG paths', () => {
	it('writes a square relative to its start, closing it', () => {
		const square: Ring = [
			[10, 10],
			[20, 10],
			[20, 20],
			[10, 20],
			[10, 10]
		];
		expect(compactPath([square], 0.2)).toBe('M10 10l10 0 0 10-10 0 0-10z');
		expect(compactPath([square.map(([x, y]) => [x / 100, y / 100] as [number, number])], 0.02)).toBe(
			'M.1 .1l.1 0 0 .1-.1 0 0-.1z'
		);
	});

	it('drops repeated points and points on a straight line, never a corner', () => {
		const ring: Ring = [
			[0, 0],
			[0, 0],
			[5, 0],
			[10, 0],
			[10, 10],
			[10, 10.04],
			[0, 10],
			[0, 0]
		];
		expect(decodeCompactPath(compactPath([ring], 0.2))).toEqual([
			[
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 10],
				[0, 0]
			]
		]);
	});

	it('draws every district within half a grid step of its projected outline, in half the bytes', () => {
		let before = 0;
		let after = 0;
		for (const feature of districts.features) {
			const rings = projectedRings(projection, feature);
			const d = compactPath(rings, PATH_STEP);
			const decoded = decodeCompactPath(d);
			expect(decoded).toHaveLength(rings.length);
			decoded.forEach((ring, r) => {
				// Every original point lies on the drawn outline, to the grid's rounding.
				const drawn = ring;
				for (const point of rings[r]!) {
					let nearest = Infinity;
					for (let i = 1; i < drawn.length; i++)
						nearest = Math.min(nearest, distanceToSegment(point, drawn[i - 1]!, drawn[i]!));
					expect(nearest, `${feature.properties.id}, ring ${r}`).toBeLessThanOrEqual(PATH_STEP * 0.71);
				}
			});
			before += (geoPath(projection).digits(1)(feature) ?? '').length;
			after += d.length;
		}
		expect(after).toBeLessThan(before * 0.55);
	});
});
