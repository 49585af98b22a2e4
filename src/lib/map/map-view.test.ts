import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset.ts';
import { readDistricts } from './geodata-files.ts';
import { prepareMap } from './map-view.ts';
import { projectDistricts, VIEW_HEIGHT, VIEW_WIDTH } from './projection.ts';
import ZoneMap from './ZoneMap.svelte';

const dataset = loadDataset();
const districts = readDistricts(process.cwd());
const view = prepareMap(dataset, districts);

describe('prepareMap', () => {
	it('puts the zone in Anci District, approximately, as the dataset says', () => {
		expect(view.zoneDistrict).toBe('anci-district');
		expect(view.zone.id).toBe('langfang-high-tech-zone');
	});

	it('never places what has no known position: those places are listed instead', () => {
		expect(view.unplaced.map((p) => p.id).sort()).toEqual(
			[
				'beijing',
				'commercial-district',
				'high-end-community',
				'high-speed-rail-business-district',
				'longhu-park',
				'project-war-room',
				'school-15-new-site'
			].sort()
		);
	});

	it('ties the zone’s five infrastructure figures to it, grouped by their sentences', () => {
		expect(view.metrics.flatMap((g) => g.figures.map((f) => f.id)).sort()).toEqual(
			[
				'farmland-replanned-area',
				'infrastructure-investment',
				'nine-connections-one-levelling',
				'pipeline-length',
				'road-network-length'
			].sort()
		);
		expect(view.metrics).toHaveLength(3);
		for (const group of view.metrics) for (const f of group.figures) expect(group.quote).toContain(f.stated!);
	});

	it('fails clearly when the zone’s district has no shape', () => {
		const withoutAnci = {
			...districts,
			features: districts.features.filter((f) => f.properties.id !== 'anci-district')
		};
		expect(() => prepareMap(dataset, withoutAnci)).toThrow(
			'map: district "anci-district" (where the zone lies) is not in'
		);
	});
});

describe('the SVG projection', () => {
	it('keeps every district and every label inside the view', () => {
		const projected = projectDistricts(districts);
		expect(projected).toHaveLength(10);
		for (const d of projected) {
			expect(d.d.startsWith('M')).toBe(true);
			expect(d.labelX).toBeGreaterThan(0);
			expect(d.labelX).toBeLessThan(100);
			expect(d.labelY).toBeGreaterThan(0);
			expect(d.labelY).toBeLessThan(100);
		}
		expect(VIEW_WIDTH / VIEW_HEIGHT).toBeCloseTo(2 / 3);
	});
});

describe('ZoneMap, rendered on the server', () => {
	const zh = render(ZoneMap, { props: { view, locale: 'zh', geodataUrl: 'districts.geojson' } }).body;
	const en = render(ZoneMap, { props: { view, locale: 'en', geodataUrl: 'districts.geojson' } }).body;

	it('draws the districts as SVG, the zone’s district marked, before any script', () => {
		expect(zh).toContain('data-map-state="svg"');
		expect(zh.match(/<path[^>]*class="district/g)).toHaveLength(10);
		expect(zh.match(/class="district[^"]*\bzone\b/g)).toHaveLength(1);
		expect(zh).not.toMatch(/maplibregl/);
	});

	it('says that the zone’s place is approximate, in both languages', () => {
		expect(zh).toContain('安次区：高新区位于其中（近似位置，不是园区边界）');
		expect(en).toContain('Anci District: the zone lies within it (approximate, not the zone’s boundary)');
		expect(zh).toContain('近似位置');
	});

	it('says the zone’s district is our inference, and why', () => {
		expect(view.zoneDistrictReason.en).toContain('we infer');
		expect(zh).toContain('本看板推断');
		expect(zh).toContain('为何在安次区（编者判断）');
		expect(zh).toContain(view.zoneDistrictReason.zh);
		expect(en).toContain('Why Anci District (our inference)');
		expect(en).toContain('the article gives no outline or coordinates for the zone');
	});

	it('names the source and the coordinate system of the boundaries', () => {
		expect(zh).toContain('高德地图');
		expect(en).toContain('converted from GCJ-02 to WGS84');
	});

	it('lists the places without a position and the projects as a text alternative', () => {
		for (const place of view.unplaced) expect(en).toContain(place.name.en);
		const statusOf = (html: string, id: string) =>
			new RegExp(
				`data-map-unplaced="${id}"[^>]*>[^<]*(?:<!--[^>]*-->)?<span class="badge"[^>]*>([^<]*)<`
			).exec(html)?.[1];
		expect(statusOf(zh, 'longhu-park')).toBe('已启动建设');
		expect(statusOf(en, 'high-end-community')).toBe('planned');
		expect(statusOf(en, 'beijing')).toBeUndefined();
		expect(zh.match(/data-map-project=/g)).toHaveLength(dataset.projects.length);
		expect(zh).toContain('各类管线总长超300公里');
	});
});

describe('ZoneMap in a box it must fill (the big screen)', () => {
	it('takes its box’s height, the map its share of it', () => {
		const html = render(ZoneMap, {
			props: { view, locale: 'zh', geodataUrl: 'districts.geojson', fill: true }
		}).body;
		expect(html).toMatch(/class="zone-map[^"]*\bfill\b/);
		expect(html.match(/<path[^>]*class="district/g)).toHaveLength(10);
	});
});
