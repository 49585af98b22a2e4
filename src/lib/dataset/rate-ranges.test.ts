import { describe, expect, it } from 'vitest';
import { committedFactFiles, type Row } from './fact-files-fixture.ts';

const { reset, list, errorOf } = committedFactFiles();

describe('rules from the dataset review (issue 9): bad data is rejected', () => {
	it('an exchange rate without our reason, or outside its plausible range', () => {
		const rate = list('exchangeRates')[0]!;
		delete rate.reason;
		expect(errorOf()).toContain(
			'data/facts/exchange-rates.json: record "usd-cny-2020-average", field "reason": Invalid input'
		);
		reset();
		((list('exchangeRates')[0]!.range as Row).high as Row).rate = 6.8;
		expect(errorOf()).toContain(
			'record "usd-cny-2020-average", field "rate": 6.8976 lies outside its plausible range (6.5249 to 6.8)'
		);
	});
});
