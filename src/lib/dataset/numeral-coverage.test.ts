import { describe, expect, it } from 'vitest';
import { loadDataset, readFactFiles, readRepairedParagraphs } from '../server/load-dataset.ts';
import { NumeralSkip, type Figure } from './schema.ts';
import { numeralsOf, uncoveredNumerals } from './numeral-coverage.ts';

// Its bad-data cases, on the committed files, are data: numeral-coverage.rejections.json.

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
