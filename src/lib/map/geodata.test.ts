import fs from 'node:fs';
import { geoContains, geoDistance } from 'd3';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../source/article-files.ts';
import { GEO_FILES, prepareGeodataFromDisk, readDistricts } from './geodata-files.ts';
import { GeodataError, prepareDistricts, vertexCount, type DistrictName } from './geodata.ts';

const root = process.cwd();
const raw = readJsonFile(root, GEO_FILES.source) as Parameters<typeof prepareDistricts>[0];
const names = readJsonFile(root, GEO_FILES.names) as DistrictName[];
const districts = readDistricts(root);
const EARTH_RADIUS_M = 6_371_000;

describe('the bundled district shapes', () => {
	it('are the committed output of `npm run geodata`', () => {
		expect(fs.readFileSync(GEO_FILES.districts, 'utf8')).toBe(prepareGeodataFromDisk(root));
	});

	it('hold Langfang’s ten districts and counties, named in both languages', () => {
		expect(districts.features.map((f) => f.properties.zh).sort()).toEqual(names.map((n) => n.zh).sort());
		for (const f of districts.features) expect(f.properties.en).toMatch(/^[A-Z]/);
		expect(districts.features.find((f) => f.properties.id === 'anci-district')?.properties.en).toBe(
			'Anci District'
		);
	});

	it('are moved from GCJ-02 to WGS84: a few hundred metres south-west, as the offset is near Beijing', () => {
		const before = (raw.features[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
		const after = (districts.features[0]!.geometry as GeoJSON.Polygon).coordinates[0]![0]!;
		const shift = geoDistance(before as [number, number], after as [number, number]) * EARTH_RADIUS_M;
		// Simplification may move a ring's first vertex too; the datum shift dominates.
		expect(shift).toBeGreaterThan(200);
		expect(shift).toBeLessThan(2000);
		expect(after[0]!).toBeLessThan(before[0]!);
	});

	it('are simplified but keep their shape', () => {
		expect(vertexCount(districts)).toBeLessThan(vertexCount(raw) / 2);
		expect(JSON.stringify(districts).length).toBeLessThan(80_000);
	});

	it('put every name inside its own district', () => {
		for (const f of districts.features)
			expect(geoContains(f, f.properties.label), f.properties.id).toBe(true);
	});

	it('fail with the file, the feature and the field when a name is unknown', () => {
		const renamed = structuredClone(raw);
		(renamed.features[3]!.properties as { name: string }).name = '不存在县';
		expect(() => prepareDistricts(renamed, names, 'x.geojson')).toThrow(
			new GeodataError(
				'x.geojson: feature #4, field "properties.name": "不存在县" is not in data/geo/districts.json'
			)
		);
		expect(() =>
			prepareDistricts(
				raw,
				[...names, { id: 'extra', zh: '多余县', en: 'Extra', short: { zh: '多余', en: 'Extra' } }],
				'x.geojson'
			)
		).toThrow('x.geojson: no feature for 多余县');
	});
});
