import { describe, expect, it } from 'vitest';
import { loadDataset, readFactFiles, readRepairedParagraphs } from '../server/load-dataset.ts';
import { NumeralSkip, type Figure } from './schema.ts';
import { numeralsOf, uncoveredNumerals } from './numeral-coverage.ts';
import { committedFactFiles } from './fact-files-fixture.ts';

const { files, list, errorOf } = committedFactFiles();

const paragraphs = readRepairedParagraphs();
const dataset = loadDataset();
const skips = (readFactFiles().numeralSkips as unknown[]).map((s) => NumeralSkip.parse(s));

describe('every numeral in the repaired article', () => {
	it('is found: Arabic numbers and Chinese numerals alike', () => {
		const found = numeralsOf(paragraphs).map((n) => n.text);
		expect(found).toEqual(
			expect.arrayContaining(['268.7', '41.9', '72.96', '六', '九', '十五', '千', '亿', '万'])
		);
		expect(found.length).toBeGreaterThan(70);
	});

	it('is in the dataset or in the skip-list with a reason', () => {
		const missing = uncoveredNumerals(paragraphs, dataset.figures, skips);
		expect(missing.map((n) => `¶${n.paragraph} ${n.text} in ${n.context}`)).toEqual([]);
	});

	it('would be reported if its figure were missing', () => {
		const withoutRoads = dataset.figures.filter((f: Figure) => f.id !== 'road-network-length');
		expect(uncoveredNumerals(paragraphs, withoutRoads, skips).map((n) => n.text)).toEqual(['41.9']);
	});

	it('would be reported if its skip entry were missing', () => {
		const withoutSlogans = skips.filter((s) => s.text !== '六稳' && s.text !== '六保');
		expect(uncoveredNumerals(paragraphs, dataset.figures, withoutSlogans).map((n) => n.context)).toEqual([
			'设，为做好“六稳”、落实“',
			'稳”、落实“六保”提供强有'
		]);
	});

	it('skip entries each give a reason', () => {
		for (const skip of skips) expect(skip.reason.length, skip.text).toBeGreaterThan(5);
	});
});

describe('bad data is rejected with the file, the record and the field', () => {
	it('18. a numeral of the article that no figure and no skip entry accounts for', () => {
		files().figures = list('figures').filter((f) => f.id !== 'approval-service-hours');
		expect(errorOf()).toContain(
			'data/facts/figures.json: paragraph 17, field "(missing)": the article\'s numeral "24" in "休日、节假日24小时‘不打烊" is in no figure'
		);
	});

	it('19. a skip entry that no longer matches the article', () => {
		list('numeralSkips').push({ text: '七上八下', reason: 'idiom' });
		expect(errorOf()).toContain(
			'data/facts/numeral-skips.json: entry #15 ("七上八下"), field "text": not found in the repaired article'
		);
	});
});
