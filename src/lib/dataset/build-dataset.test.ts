import { describe, expect, it } from 'vitest';
import { buildDataset } from './build-dataset.ts';
import { committedFactFiles, paragraphs, sha } from './fact-files-fixture.ts';

const { files, reset, record, errorOf } = committedFactFiles();

describe('the committed dataset', () => {
	it('is valid and fully cross-checked', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		expect(dataset.figures.length).toBeGreaterThanOrEqual(37);
		expect(dataset.reconciliations.every((r) => r.holds)).toBe(true);
		expect(dataset.article.paragraphs).toHaveLength(19);
	});

	it('has stable, unique ids across all files', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		const ids = [
			dataset.figures,
			dataset.projects,
			dataset.sectors,
			dataset.people,
			dataset.places,
			dataset.parks,
			dataset.events
		]
			.flat()
			.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('names the four target industries as stated and marks every project sector as ours', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		expect(dataset.sectors.filter((s) => s.targetIndustry).map((s) => s.name.zh)).toEqual([
			'新材料',
			'智慧智能',
			'新一代信息技术',
			'现代服务业'
		]);
		for (const project of dataset.projects) expect(project.sector?.kind ?? 'editorial').toBe('editorial');
	});

	it('keeps dollars in dollars and flags the yuan conversion with its rate', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		const graphene = dataset.projects.find((p) => p.id === 'graphene-valley')!;
		const stated = dataset.figures.find((f) => f.id === graphene.investment)!;
		const converted = dataset.figures.find((f) => f.id === graphene.investmentInYuan)!;
		expect(stated).toMatchObject({ unit: 'usd', value: 150_000_000, kind: 'stated' });
		expect(converted).toMatchObject({
			unit: 'yuan',
			kind: 'derived',
			formula: { op: 'convert', rate: 'usd-cny-2020-average' }
		});
		const rate = dataset.exchangeRates.find((r) => r.id === 'usd-cny-2020-average')!;
		expect(rate.source.published).toMatch(/^\d{4}-\d\d-\d\d$/);
		expect(converted.value).toBeCloseTo(150_000_000 * rate.rate, 0);
		// Our input, with its reason; shown no more precisely than 1.5亿美元 was written.
		expect(rate).toMatchObject({
			kind: 'editorial',
			range: { low: { rate: 6.5249 }, high: { rate: 7.1316 } }
		});
		expect(rate.reason.en).toMatch(/The choice is ours/);
		expect(converted).toMatchObject({ qualifier: 'about', significantDigits: 2 });
	});

	it('marks the dollar project as the article’s foreign investment by our identification, not a check', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		const graphene = dataset.projects.find((p) => p.id === 'graphene-valley')!;
		expect(graphene.foreignInvestment).toMatchObject({
			figure: 'foreign-investment-this-year',
			kind: 'editorial'
		});
		expect(dataset.reconciliations.map((r) => r.id)).not.toContain('this-year-foreign-investment');
	});

	it('reruns the this-year check over the 2020 rates: it holds up to 7.0000, not above', () => {
		const check = buildDataset(files(), paragraphs, sha).reconciliations.find(
			(r) => r.id === 'this-year-investment'
		)!;
		expect(check.rateDependence).toMatchObject({
			rate: 'usd-cny-2020-average',
			chosen: 6.8976,
			low: 6.5249,
			high: 7.1316,
			holdsOver: { from: 6.5249, to: 7 }
		});
		expect(check.rateDependence!.partsSumAtLow).toBeCloseTo(6_978_735_000, 0);
		expect(check.rateDependence!.partsSumAtHigh).toBeCloseTo(7_069_740_000, 0);
		expect(check.rateDependence!.toleranceForWholeRange).toBeCloseTo(69_740_000, 0);
		const counted = buildDataset(files(), paragraphs, sha).reconciliations.find(
			(r) => r.id === 'this-year-project-count'
		)!;
		expect(counted.rateDependence).toBeUndefined();
	});

	it('reconciles this year’s projects with the article’s total within its rounding', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		const check = dataset.reconciliations.find((r) => r.id === 'this-year-investment')!;
		expect(check).toMatchObject({ statedValue: 7e9, tolerance: 5e7, holds: true });
		expect(check.parts).toHaveLength(6);
		expect(check.partsSum).toBeCloseTo(7_034_640_000, 0);
	});

	it('has what the review found missing: the policies, the undated approval, Yisi’s site', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		expect(dataset.policies.map((p) => p.id)).toEqual([
			'san-chuang-si-jian',
			'idle-land-work-plan',
			'project-supervision-mechanism',
			'zone-master-plan',
			'zone-regulatory-plan'
		]);
		expect(dataset.policies.find((p) => p.id === 'idle-land-work-plan')!.figures).toEqual([
			'cage-for-new-birds'
		]);
		expect(dataset.events.find((e) => e.id === 'event-plans-approved')).toMatchObject({
			date: null,
			paragraph: 19,
			policies: ['zone-master-plan', 'zone-regulatory-plan']
		});
		const yisi = dataset.projects.find((p) => p.id === 'yisi-motorcycle')!;
		expect(yisi.details.map((d) => d.stated)).toEqual(['基础开挖和局部垫层', '已返还第一笔开工履约保证金']);
		expect(dataset.places.filter((p) => p.status !== 'existing').map((p) => p.name.zh)).toEqual(
			expect.arrayContaining(['高端社区', '商业区', '高铁商贸区', '龙湖公园'])
		);
	});

	it('derives the projects in preparation as 41 − 21 − 7', () => {
		const dataset = buildDataset(files(), paragraphs, sha);
		expect(dataset.figures.find((f) => f.id === 'projects-in-preparation')).toMatchObject({
			kind: 'derived',
			value: 13
		});
	});
});

describe('bad data is rejected with the file, the record and the field', () => {
	it('reports every problem of a kind in one message, none lost', () => {
		record('figures', 'road-network-length').value = 'x';
		record('sectors', 'new-materials').name = { zh: '新材料', en: '', enCoined: true };
		let message = errorOf();
		expect(message).toMatch(/^Invalid dataset \(2 problems\):/);
		expect(message.split('\n')).toHaveLength(3);

		reset();
		record('people', 'ma-yuan').quote = '编造。';
		record('figures', 'projects-in-preparation').value = 12;
		message = errorOf();
		expect(message).toMatch(/^Invalid dataset \(2 problems\):/);
		expect(message).toContain('record "ma-yuan", field "quote"');
		expect(message).toContain('record "projects-in-preparation", field "value"');
	});
});
