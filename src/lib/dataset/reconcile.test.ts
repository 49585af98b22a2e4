import { describe, expect, it } from 'vitest';
import { rateDependence } from './reconcile.ts';
import type { ExchangeRate, Figure } from './schema.ts';
import { committedFactFiles, paragraphs } from './fact-files-fixture.ts';

// The other cases of this check are data: reconcile.rejections.json.
const { record, errorOf } = committedFactFiles();

const rate: ExchangeRate = {
	id: 'usd-cny',
	from: 'USD',
	to: 'CNY',
	rate: 6.9,
	period: '2020',
	kind: 'editorial',
	reason: { zh: '理由', en: 'why' },
	description: { zh: '汇率', en: 'rate' },
	source: { name: { zh: '来源', en: 'source' }, published: '2021-02-28' },
	range: {
		low: { rate: 6.5, date: '2020-12-31' },
		high: { rate: 7.1, date: '2020-05-29' },
		description: { zh: '区间', en: 'range' },
		source: { name: { zh: '来源', en: 'source' } }
	}
};

const dollars: Figure = {
	id: 'usd',
	kind: 'stated',
	label: { zh: '美元', en: 'usd' },
	unit: 'usd',
	value: 10
};
const converted: Figure = {
	id: 'cny',
	kind: 'derived',
	label: { zh: '人民币', en: 'yuan' },
	unit: 'yuan',
	value: 69,
	formula: { op: 'convert', of: ['usd'], rate: 'usd-cny' }
};
const fixed = (value: number): Figure => ({
	id: 'fixed',
	kind: 'stated',
	label: { zh: '其余', en: 'rest' },
	unit: 'yuan',
	value
});
const figures = new Map([dollars, converted].map((f) => [f.id, f]));
const rates = new Map([[rate.id, rate]]);

describe('rateDependence', () => {
	it('finds the part of the range where parts = fixed + dollars × rate stay within the tolerance', () => {
		// 31 + 10 × r within 100 ± 1 for r in [6.8, 7.0].
		const dep = rateDependence({ statedValue: 100, tolerance: 1 }, [fixed(31), converted], figures, rates)!;
		expect(dep.holdsOver).toEqual({ from: 6.8, to: 7 });
		expect(dep.partsSumAtLow).toBeCloseTo(96, 9);
		expect(dep.partsSumAtHigh).toBeCloseTo(102, 9);
		expect(dep.toleranceForWholeRange).toBeCloseTo(4, 9);
	});

	it('says so when the check holds nowhere in the range, and when it holds throughout', () => {
		expect(
			rateDependence({ statedValue: 120, tolerance: 1 }, [fixed(31), converted], figures, rates)!.holdsOver
		).toBeNull();
		expect(
			rateDependence({ statedValue: 100, tolerance: 5 }, [fixed(31), converted], figures, rates)!.holdsOver
		).toEqual({ from: 6.5, to: 7.1 });
	});

	it('is nothing for a check without a conversion', () => {
		expect(rateDependence({ statedValue: 31, tolerance: 0 }, [fixed(31)], figures, rates)).toBeUndefined();
	});
});

describe('bad data is rejected with the file, the record and the field', () => {
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
		const message = errorOf(text);
		expect(message).toContain(
			'record "projects-in-zone", field "value": reconciliation "pipeline-stages" fails: parts (projects-under-construction, projects-in-production) add up to 47, stated 41, expected at most the total'
		);
	});
});
