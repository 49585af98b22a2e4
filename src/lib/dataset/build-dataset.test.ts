import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFactFiles, readRepairedParagraphs, rawSourceSha256 } from '../server/load-dataset.ts';
import { readJsonFile } from '../source/article-files.ts';
import { buildDataset } from './build-dataset.ts';
import { DatasetError, type FactFiles } from './problems.ts';

const pristine = readFactFiles();
const paragraphs = readRepairedParagraphs();
const sha = rawSourceSha256();

let files: FactFiles;
beforeEach(() => {
	files = structuredClone(pristine);
});

type Row = Record<string, unknown>;
const list = (key: keyof FactFiles) => files[key] as Row[];
const record = (key: keyof FactFiles, id: string) => {
	const found = list(key).find((r) => r.id === id);
	if (!found) throw new Error(`test setup: no ${id} in ${key}`);
	return found;
};

/** The build's error for these files, as the one message a person reads. */
function errorOf(input: FactFiles, text = paragraphs): string {
	try {
		buildDataset(input, text, sha);
	} catch (error) {
		expect(error).toBeInstanceOf(DatasetError);
		return (error as Error).message;
	}
	throw new Error('expected the dataset to be rejected');
}

describe('the committed dataset', () => {
	it('is valid and fully cross-checked', () => {
		const dataset = buildDataset(files, paragraphs, sha);
		expect(dataset.figures.length).toBeGreaterThanOrEqual(37);
		expect(dataset.reconciliations.every((r) => r.holds)).toBe(true);
		expect(dataset.article.paragraphs).toHaveLength(19);
	});

	it('has stable, unique ids across all files', () => {
		const dataset = buildDataset(files, paragraphs, sha);
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
		const dataset = buildDataset(files, paragraphs, sha);
		expect(dataset.sectors.filter((s) => s.targetIndustry).map((s) => s.name.zh)).toEqual([
			'新材料',
			'智慧智能',
			'新一代信息技术',
			'现代服务业'
		]);
		for (const project of dataset.projects) expect(project.sector?.kind ?? 'editorial').toBe('editorial');
	});

	it('keeps dollars in dollars and flags the yuan conversion with its rate', () => {
		const dataset = buildDataset(files, paragraphs, sha);
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
		const dataset = buildDataset(files, paragraphs, sha);
		const graphene = dataset.projects.find((p) => p.id === 'graphene-valley')!;
		expect(graphene.foreignInvestment).toMatchObject({
			figure: 'foreign-investment-this-year',
			kind: 'editorial'
		});
		expect(dataset.reconciliations.map((r) => r.id)).not.toContain('this-year-foreign-investment');
	});

	it('reruns the this-year check over the 2020 rates: it holds up to 7.0000, not above', () => {
		const check = buildDataset(files, paragraphs, sha).reconciliations.find(
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
		const counted = buildDataset(files, paragraphs, sha).reconciliations.find(
			(r) => r.id === 'this-year-project-count'
		)!;
		expect(counted.rateDependence).toBeUndefined();
	});

	it('reconciles this year’s projects with the article’s total within its rounding', () => {
		const dataset = buildDataset(files, paragraphs, sha);
		const check = dataset.reconciliations.find((r) => r.id === 'this-year-investment')!;
		expect(check).toMatchObject({ statedValue: 7e9, tolerance: 5e7, holds: true });
		expect(check.parts).toHaveLength(6);
		expect(check.partsSum).toBeCloseTo(7_034_640_000, 0);
	});

	it('has what the review found missing: the policies, the undated approval, Yisi’s site', () => {
		const dataset = buildDataset(files, paragraphs, sha);
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
		const dataset = buildDataset(files, paragraphs, sha);
		expect(dataset.figures.find((f) => f.id === 'projects-in-preparation')).toMatchObject({
			kind: 'derived',
			value: 13
		});
	});
});

describe('bad data is rejected with the file, the record and the field', () => {
	it('1. a record without an id', () => {
		delete list('figures')[0]!.id;
		expect(errorOf(files)).toContain(
			'data/facts/figures.json: record #1, field "id": Invalid input: expected string'
		);
	});

	it('2. a duplicate id', () => {
		list('figures').push({ ...record('figures', 'road-network-length') });
		expect(errorOf(files)).toContain(
			'data/facts/figures.json: record "road-network-length", field "id": duplicate id (already used in data/facts/figures.json)'
		);
	});

	it('3. a value of the wrong type', () => {
		record('figures', 'road-network-length').value = '41.9';
		expect(errorOf(files)).toContain(
			'data/facts/figures.json: record "road-network-length", field "value": expected a number'
		);
	});

	it('4. an unknown unit', () => {
		record('figures', 'road-network-length').unit = 'miles';
		expect(errorOf(files)).toMatch(
			/figures\.json: record "road-network-length", field "unit": Invalid option/
		);
	});

	it('5. a quote that is not in the article', () => {
		record('people', 'ma-yuan').quote = '马原说：这是编造的。';
		expect(errorOf(files)).toContain(
			'data/facts/people.json: record "ma-yuan", field "quote": not found in the repaired article'
		);
	});

	it('6. a quote that is only part of a sentence', () => {
		record('figures', 'road-network-length').quote = '园区路网里程达41.9公里';
		expect(errorOf(files)).toContain(
			'data/facts/figures.json: record "road-network-length", field "quote": found in paragraph 14 but not as a whole sentence'
		);
	});

	it('7. a quote in the wrong paragraph', () => {
		record('figures', 'road-network-length').paragraph = 13;
		expect(errorOf(files)).toContain(
			'record "road-network-length", field "quote": not in paragraph 13; it is in paragraph 14'
		);
	});

	it('8. stated text that its quote does not contain', () => {
		record('figures', 'road-network-length').stated = '42公里';
		expect(errorOf(files)).toContain(
			'record "road-network-length", field "stated": "42公里" occurs 0 times in its quote'
		);
	});

	it('9. a value that disagrees with the stated text', () => {
		record('figures', 'investment-cumulative').value = 26_870_000;
		expect(errorOf(files)).toContain(
			'record "investment-cumulative", field "value": is 26870000 but the stated text "268.7亿元" says 26870000000'
		);
	});

	it('10. a qualifier dropped from approximate wording', () => {
		delete record('figures', 'pipeline-length').qualifier;
		expect(errorOf(files)).toContain(
			'record "pipeline-length", field "qualifier": is null but the stated text "超300公里" says "over"'
		);
	});

	it('11. a derived value that its formula does not give', () => {
		record('figures', 'projects-in-preparation').value = 14;
		expect(errorOf(files)).toContain(
			'record "projects-in-preparation", field "value": is 14 but its formula (difference of projects-in-zone, projects-under-construction, projects-in-production) gives 13'
		);
	});

	it('12. a reference to a figure that does not exist', () => {
		record('projects', 'yunlian-data').investment = 'investment-nowhere';
		expect(errorOf(files)).toContain(
			'data/facts/projects.json: record "yunlian-data", field "investment": refers to figure "investment-nowhere"'
		);
	});

	it('13. an editorial figure without its reason, and a derived one without its formula', () => {
		list('figures').push({
			id: 'our-guess',
			kind: 'editorial',
			label: { zh: '猜测', en: 'Guess' },
			unit: 'projects',
			value: 3
		});
		delete record('figures', 'projects-in-preparation').formula;
		const message = errorOf(files);
		expect(message).toContain('record "our-guess", field "reason": required for an editorial figure');
		expect(message).toContain(
			'record "projects-in-preparation", field "formula": required for a derived figure'
		);
	});

	it('14. a label missing its English', () => {
		record('sectors', 'new-materials').name = { zh: '新材料', en: ' ', enCoined: true };
		expect(errorOf(files)).toContain(
			'data/facts/sectors.json: record "new-materials", field "name.en": expected non-empty text'
		);
	});

	it('15. a conversion whose exchange rate is missing', () => {
		files.exchangeRates = [];
		expect(errorOf(files)).toContain(
			'record "investment-graphene-valley-yuan", field "formula.rate": refers to exchange rate "usd-cny-2020-average", which is not in data/facts/exchange-rates.json'
		);
	});

	it('16. this year’s projects no longer adding up to the stated total', () => {
		record('projects', 'yisi-motorcycle').signedThisYear = true;
		const message = errorOf(files);
		expect(message).toContain(
			'record "investment-this-year", field "value": reconciliation "this-year-investment" fails'
		);
		expect(message).toContain(
			'record "signed-projects-this-year", field "value": reconciliation "this-year-project-count" fails'
		);
	});

	it('17. stage counts above the total', () => {
		const text = paragraphs.map((p) => p.replace('在建项目21个', '在建项目40个'));
		const underConstruction = record('figures', 'projects-under-construction');
		underConstruction.stated = '40个';
		underConstruction.value = 40;
		underConstruction.quote = (underConstruction.quote as string).replace('21个', '40个');
		for (const id of ['projects-in-zone', 'projects-in-production']) {
			const figure = record('figures', id);
			figure.quote = (figure.quote as string).replace('21个', '40个');
		}
		const message = errorOf(files, text);
		expect(message).toContain(
			'record "projects-in-zone", field "value": reconciliation "pipeline-stages" fails: parts (projects-under-construction, projects-in-production) add up to 47, stated 41, expected at most the total'
		);
	});

	it('18. a numeral of the article that no figure and no skip entry accounts for', () => {
		files.figures = list('figures').filter((f) => f.id !== 'approval-service-hours');
		expect(errorOf(files)).toContain(
			'data/facts/figures.json: paragraph 17, field "(missing)": the article\'s numeral "24" in "休日、节假日24小时‘不打烊" is in no figure'
		);
	});

	it('19. a skip entry that no longer matches the article', () => {
		list('numeralSkips').push({ text: '七上八下', reason: 'idiom' });
		expect(errorOf(files)).toContain(
			'data/facts/numeral-skips.json: entry #15 ("七上八下"), field "text": not found in the repaired article'
		);
	});

	it('20. a raw source that is not the one the dataset was made from', () => {
		expect(() => buildDataset(files, paragraphs, '0'.repeat(64))).toThrow(
			`data/facts/article.json: the article record, field "sha256": does not match the raw source file (its SHA-256 is ${'0'.repeat(64)})`
		);
	});

	it('21. an unknown field (a typo) instead of silently ignoring it', () => {
		record('places', 'longhu-park').statuss = 'planned';
		expect(errorOf(files)).toContain(
			'data/facts/places.json: record "longhu-park", field "(record)": Unrecognized key: "statuss"'
		);
	});

	it('22. a file that is not a list, and a file that is not JSON', () => {
		files.parks = { id: 'oops' };
		expect(errorOf(files)).toContain(
			'data/facts/parks.json: the file, field "(root)": expected a JSON list of records'
		);
		const dir = fs.mkdtempSync('/tmp/facts-');
		fs.writeFileSync(`${dir}/broken.json`, '[{"id": "a",}]');
		expect(() => readJsonFile(dir, 'broken.json')).toThrow(/^broken\.json: not valid JSON: /);
	});

	it('reports every problem of a kind in one message, none lost', () => {
		record('figures', 'road-network-length').value = 'x';
		record('sectors', 'new-materials').name = { zh: '新材料', en: '', enCoined: true };
		let message = errorOf(files);
		expect(message).toMatch(/^Invalid dataset \(2 problems\):/);
		expect(message.split('\n')).toHaveLength(3);

		files = structuredClone(pristine);
		record('people', 'ma-yuan').quote = '编造。';
		record('figures', 'projects-in-preparation').value = 12;
		message = errorOf(files);
		expect(message).toMatch(/^Invalid dataset \(2 problems\):/);
		expect(message).toContain('record "ma-yuan", field "quote"');
		expect(message).toContain('record "projects-in-preparation", field "value"');
	});
});

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('a person’s post with words the sentence does not print', () => {
		(record('people', 'tang-xianghua').post as Row).zh = '上海益司科技有限公司项目工程总监';
		expect(errorOf(files)).toContain(
			'data/facts/people.json: record "tang-xianghua", field "post.zh": "上海益司科技有限公司项目工程总监" is not printed in its quote'
		);
	});

	it('a stated text whose quotation is cut off at one end', () => {
		record('figures', 'nine-connections-one-levelling').stated = '“九通一平';
		expect(errorOf(files)).toContain(
			'data/facts/figures.json: record "nine-connections-one-levelling", field "stated": "“九通一平" has a “ that is never closed'
		);
	});

	it('a status word (基本实现) modelled as part of the number, or dropped', () => {
		const figure = record('figures', 'nine-connections-one-levelling');
		figure.stated = '基本实现“九通一平”';
		delete figure.status;
		expect(errorOf(files)).toContain(
			'record "nine-connections-one-levelling", field "stated": "基本实现“九通一平”" starts with "基本", which says how far something got (a status of the verb), not how precise the number is'
		);
		figure.stated = '“九通一平”';
		expect(errorOf(files)).toContain(
			'record "nine-connections-one-levelling", field "status": its quote says "基本实现“九通一平”": give "基本实现" as the figure\'s status ("basically-achieved")'
		);
		figure.status = { value: 'achieved', stated: '基本实现' };
		expect(errorOf(files)).toContain(
			'record "nine-connections-one-levelling", field "status.value": is "achieved" but its words "基本实现" say "basically-achieved"'
		);
	});

	it('“basically” as a qualifier of a number', () => {
		record('figures', 'nine-connections-one-levelling').qualifier = 'basically';
		expect(errorOf(files)).toMatch(
			/figures\.json: record "nine-connections-one-levelling", field "qualifier": Invalid option/
		);
	});

	it('a place whose construction has started (启动龙湖公园建设) kept as planned, or with no words for its status', () => {
		record('places', 'longhu-park').status = 'planned';
		expect(errorOf(files)).toContain(
			'data/facts/places.json: record "longhu-park", field "status": is "planned" but its words "启动龙湖公园建设" say construction has started (启动): use "construction-started"'
		);
		files = structuredClone(pristine);
		delete record('places', 'high-end-community').statusStated;
		expect(errorOf(files)).toContain(
			'data/facts/places.json: record "high-end-community", field "statusStated": required for a place that is "planned"'
		);
		files = structuredClone(pristine);
		record('places', 'commercial-district').statusStated = '建成商业区';
		expect(errorOf(files)).toContain(
			'record "commercial-district", field "statusStated": "建成商业区" is not printed in its quote'
		);
	});

	it('a place put within another without our reason (the article never says where a place lies)', () => {
		record('places', 'langfang-high-tech-zone').within = 'anci-district';
		expect(errorOf(files)).toMatch(
			/data\/facts\/places\.json: record "langfang-high-tech-zone", field "within": Invalid input: expected object/
		);
		record('places', 'langfang-high-tech-zone').within = { id: 'anci-district', kind: 'editorial' };
		expect(errorOf(files)).toContain(
			'data/facts/places.json: record "langfang-high-tech-zone", field "within.reason": Invalid input: expected object, received undefined'
		);
	});

	it('a name the article does not print, not marked as ours', () => {
		delete (record('projects', 'feize-es6').name as Row).zhComposed;
		(record('projects', 'wanjing-smart-logistics').name as Row).zh = '万京智能物流项目';
		const message = errorOf(files);
		expect(message).toContain(
			'data/facts/projects.json: record "feize-es6", field "name.zh": "飞泽复合材料科技有限公司ES6项目" is not printed in its quote; use the name the article prints, or mark the name as ours with "zhComposed"'
		);
		expect(message).toContain(
			'record "wanjing-smart-logistics", field "name.zh": "万京智能物流项目" is not printed'
		);
	});

	it('a project marked as not signed this year, which the article never says', () => {
		record('projects', 'quanen-pipes').signedThisYear = false;
		expect(errorOf(files)).toContain(
			'data/facts/projects.json: record "quanen-pipes", field "signedThisYear": expected true (listed as signed this year) or null (not stated)'
		);
	});

	it('a second sector that does not exist, or is the project’s own', () => {
		const sector = record('projects', 'zhongnan-smart-valley').sector as Row;
		sector.alsoFits = { id: 'smart-tech', reason: { zh: '理由', en: 'why' } };
		expect(errorOf(files)).toContain(
			'data/facts/projects.json: record "zhongnan-smart-valley", field "sector.alsoFits.id": refers to "smart-tech", which is not in data/facts/sectors.json'
		);
		sector.alsoFits = { id: 'modern-services', reason: { zh: '理由', en: 'why' } };
		expect(errorOf(files)).toContain(
			'record "zhongnan-smart-valley", field "sector.alsoFits.id": is the project’s own sector'
		);
		sector.alsoFits = { id: 'smart-technology' };
		expect(errorOf(files)).toContain('record "zhongnan-smart-valley", field "sector.alsoFits.reason"');
	});

	it('a converted value shown more precisely than its input, or without saying how precisely', () => {
		const converted = record('figures', 'investment-graphene-valley-yuan');
		converted.significantDigits = 4;
		expect(errorOf(files)).toContain(
			'data/facts/figures.json: record "investment-graphene-valley-yuan", field "significantDigits": is 4, more than its input "1.5亿美元" has 2'
		);
		delete converted.significantDigits;
		expect(errorOf(files)).toContain(
			'record "investment-graphene-valley-yuan", field "significantDigits": required for a conversion'
		);
	});

	it('an exchange rate without our reason, or outside its plausible range', () => {
		const rate = list('exchangeRates')[0]!;
		delete rate.reason;
		expect(errorOf(files)).toContain(
			'data/facts/exchange-rates.json: record "usd-cny-2020-average", field "reason": Invalid input'
		);
		files = structuredClone(pristine);
		((list('exchangeRates')[0]!.range as Row).high as Row).rate = 6.8;
		expect(errorOf(files)).toContain(
			'record "usd-cny-2020-average", field "rate": 6.8976 lies outside its plausible range (6.5249 to 6.8)'
		);
	});

	it('the this-year check at a rate of spring 2020 (7.10): the verdict rests on our rate', () => {
		list('exchangeRates')[0]!.rate = 7.1;
		record('figures', 'investment-graphene-valley-yuan').value = 1_065_000_000;
		expect(errorOf(files)).toContain(
			'record "investment-this-year", field "value": reconciliation "this-year-investment" fails: parts (investment-zhongnan-smart-valley, investment-graphene-valley-yuan, investment-yunlian-data, investment-jingyun-cloud, investment-sorting-robots, investment-school-15-relocation) add up to 7065000000, stated 7000000000, expected within ±50000000'
		);
	});

	it('an event without a date and without the sentence that tells of it', () => {
		delete record('events', 'event-plans-approved').quote;
		expect(errorOf(files)).toContain(
			'data/facts/events.json: record "event-plans-approved", field "quote": required for an event the article does not date'
		);
	});

	it('a project detail in words its sentence does not print, or tied to an unknown policy', () => {
		const details = record('projects', 'yisi-motorcycle').details as Row[];
		details[0]!.stated = '基础施工';
		details[1]!.policy = 'deposit-scheme';
		const message = errorOf(files);
		expect(message).toContain(
			'data/facts/projects.json: record "yisi-motorcycle", field "details.0.stated": "基础施工" is not printed in its quote'
		);
		expect(message).toContain(
			'record "yisi-motorcycle", field "details.1.policy": refers to "deposit-scheme", which is not in data/facts/policies.json'
		);
	});

	it('a policy whose name is not as printed', () => {
		(record('policies', 'idle-land-work-plan').name as Row).zh = '《关于盘活闲置和低效工业用地的工作方案》';
		expect(errorOf(files)).toContain(
			'data/facts/policies.json: record "idle-land-work-plan", field "name.zh": "《关于盘活闲置和低效工业用地的工作方案》" is not printed in its quote'
		);
	});
});
