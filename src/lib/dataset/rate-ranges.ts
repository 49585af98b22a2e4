/**
 * The exchange rate is our editorial input, given with the range of rates it could as well have
 * been; the this-year check is rerun over that range (reconcile.ts), so the range must hold the
 * rate and run from low to high.
 */
import type { ExchangeRate } from './schema.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';

/** A rate we chose lies within the range of rates it could as well have been. */
export function checkRateRanges(rates: ExchangeRate[], problems: ProblemList): void {
	for (const { id, rate, range } of rates) {
		if (range.low.rate > range.high.rate)
			problems.add(
				FACT_FILES.exchangeRates,
				`record "${id}"`,
				'range',
				'its low rate is above its high rate'
			);
		else if (rate < range.low.rate || rate > range.high.rate)
			problems.add(
				FACT_FILES.exchangeRates,
				`record "${id}"`,
				'rate',
				`${rate} lies outside its plausible range (${range.low.rate} to ${range.high.rate})`
			);
	}
}
