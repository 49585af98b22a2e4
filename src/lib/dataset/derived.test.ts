import { describe, expect, it } from 'vitest';
import { committedFactFiles } from './fact-files-fixture.ts';

const { files, record, errorOf } = committedFactFiles();

describe('bad data is rejected with the file, the record and the field', () => {
	it('11. a derived value that its formula does not give', () => {
		record('figures', 'projects-in-preparation').value = 14;
		expect(errorOf()).toContain(
			'record "projects-in-preparation", field "value": is 14 but its formula (difference of projects-in-zone, projects-under-construction, projects-in-production) gives 13'
		);
	});

	it('15. a conversion whose exchange rate is missing', () => {
		files().exchangeRates = [];
		expect(errorOf()).toContain(
			'record "investment-graphene-valley-yuan", field "formula.rate": refers to exchange rate "usd-cny-2020-average", which is not in data/facts/exchange-rates.json'
		);
	});
});

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('a converted value shown more precisely than its input, or without saying how precisely', () => {
		const converted = record('figures', 'investment-graphene-valley-yuan');
		converted.significantDigits = 4;
		expect(errorOf()).toContain(
			'data/facts/figures.json: record "investment-graphene-valley-yuan", field "significantDigits": is 4, more than its input "1.5亿美元" has 2'
		);
		delete converted.significantDigits;
		expect(errorOf()).toContain(
			'record "investment-graphene-valley-yuan", field "significantDigits": required for a conversion'
		);
	});
});
