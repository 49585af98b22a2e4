import { describe, expect, it } from 'vitest';
import { SOURCES, describeChart, renderChart } from '../chart-test-kit.ts';
import chart from './definition.ts';
import { selectZoneMap } from './select.ts';
import expected from './expected.json' with { type: 'json' };

const { dataset, districts } = SOURCES;
const view = selectZoneMap(SOURCES);

describe('selectZoneMap', () => {
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
		expect(() => selectZoneMap({ dataset, districts: withoutAnci })).toThrow(
			'map: district "anci-district" (where the zone lies) is not in'
		);
	});
});

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);

describe('the zone map, rendered on the server', () => {
	const zh = renderChart(chart, 'zh');
	const en = renderChart(chart, 'en');

	it('draws the districts as SVG, the zone’s district marked, before any script', () => {
		expect(zh).toContain('data-map-state="svg"');
		expect(zh.match(/<path[^>]*class="district/g)).toHaveLength(10);
		expect(zh.match(/class="district[^"]*\bzone\b/g)).toHaveLength(1);
		expect(zh).not.toMatch(/maplibregl/);
	});

	it('says the zone’s district is our inference, and why', () => {
		expect(view.zoneDistrictReason.en).toContain('we infer');
		expect(zh).toContain('本看板推断');
		expect(zh).toContain(view.zoneDistrictReason.zh);
	});

	it('lists the places without a position, with their status, and the projects as a text alternative', () => {
		for (const place of view.unplaced) expect(en).toContain(place.name.en);
		const statusOf = (html: string, id: string) =>
			new RegExp(
				`data-item="${id}"[^>]*>[^<]*(?:<!--[^>]*-->)?[^<]*<span class="badge[^"]*"[^>]*>([^<]*)<`
			).exec(html)?.[1];
		expect(statusOf(zh, 'longhu-park')).toBe('已启动建设');
		expect(statusOf(en, 'high-end-community')).toBe('planned');
		expect(statusOf(en, 'beijing')).toBeUndefined();
		expect(zh.match(/data-select="project:/g)).toHaveLength(dataset.projects.length);
	});

	it('says where the WebGL map gets its shapes only where the page can host it', () => {
		expect(zh).not.toContain('data-geodata-url');
	});
});
