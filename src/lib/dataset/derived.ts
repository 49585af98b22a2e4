/**
 * Derived figures: recomputed from their formula at build time, so a stored value can never
 * drift from the figures it comes from.
 */
import type { ExchangeRate, Figure, Formula } from './schema.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';

export type Evaluation = { value: number } | { error: string; field: string };

export function evaluateFormula(
	formula: Formula,
	unit: Figure['unit'],
	figures: ReadonlyMap<string, Figure>,
	rates: ReadonlyMap<string, ExchangeRate>
): Evaluation {
	const inputs: number[] = [];
	for (const [index, id] of formula.of.entries()) {
		const input = figures.get(id);
		if (!input)
			return { field: `formula.of.${index}`, error: `refers to figure "${id}", which does not exist` };
		if (typeof input.value !== 'number')
			return { field: `formula.of.${index}`, error: `figure "${id}" is a date, not a number` };
		const expectedUnit = formula.op === 'convert' ? 'usd' : unit;
		if (input.unit !== expectedUnit) {
			return {
				field: `formula.of.${index}`,
				error: `figure "${id}" is in "${input.unit}"; expected "${expectedUnit}"`
			};
		}
		inputs.push(input.value);
	}
	switch (formula.op) {
		case 'difference':
			return { value: inputs.slice(1).reduce((rest, x) => rest - x, inputs[0]!) };
		case 'sum':
			return { value: inputs.reduce((total, x) => total + x, 0) };
		case 'convert': {
			const rate = rates.get(formula.rate);
			if (!rate)
				return {
					field: 'formula.rate',
					error: `refers to exchange rate "${formula.rate}", which is not in ${FACT_FILES.exchangeRates}`
				};
			if (unit !== 'yuan') return { field: 'unit', error: `a dollar conversion gives "yuan", not "${unit}"` };
			return { value: inputs[0]! * rate.rate };
		}
	}
}

/** Equal up to floating-point noise (1e-9 relative). */
export function nearlyEqual(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function checkDerivedFigures(
	figures: Figure[],
	byId: ReadonlyMap<string, Figure>,
	rates: ReadonlyMap<string, ExchangeRate>,
	problems: ProblemList
): void {
	for (const figure of figures) {
		if (figure.kind !== 'derived' || !figure.formula) continue;
		const where = `record "${figure.id}"`;
		const result = evaluateFormula(figure.formula, figure.unit, byId, rates);
		if ('error' in result) problems.add(FACT_FILES.figures, where, result.field, result.error);
		else if (typeof figure.value !== 'number' || !nearlyEqual(result.value, figure.value)) {
			problems.add(
				FACT_FILES.figures,
				where,
				'value',
				`is ${figure.value} but its formula (${figure.formula.op} of ${figure.formula.of.join(', ')}) gives ${result.value}`
			);
		}
	}
}
