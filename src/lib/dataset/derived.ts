/**
 * Derived figures: recomputed from their formula at build time, so a stored value can never
 * drift from the figures it comes from.
 */
import type { ExchangeRate, Figure, Formula } from './schema.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';
import { parseStatedText } from './stated-text.ts';

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

/** The significant digits a figure was written with, or null for an exact count or a derived figure. */
function writtenDigits(figure: Figure): number | null {
	if (figure.significantDigits !== undefined) return figure.significantDigits;
	const reading = figure.stated ? parseStatedText(figure.stated, figure.unit) : null;
	if (!reading || typeof reading === 'string' || reading.resolution === 1) return null;
	return reading.significantDigits;
}

/**
 * A conversion multiplies its input by a rate of ours: it may claim no more precision than the
 * input was written with, so it must say how many digits it is shown with.
 */
function checkPrecision(figure: Figure, byId: ReadonlyMap<string, Figure>, problems: ProblemList): void {
	const where = `record "${figure.id}"`;
	const inputs = figure.formula?.of.map((id) => byId.get(id)).filter((f) => f !== undefined) ?? [];
	const limits = inputs.map((input) => ({ input, digits: writtenDigits(input) }));
	const finest = limits.filter((l) => l.digits !== null).sort((a, b) => a.digits! - b.digits!)[0];
	const input = finest
		? `its input ${JSON.stringify(finest.input.stated ?? finest.input.id)} has ${finest.digits}`
		: '';
	if (figure.significantDigits === undefined) {
		if (figure.formula?.op === 'convert')
			problems.add(
				FACT_FILES.figures,
				where,
				'significantDigits',
				`required for a conversion: how many significant digits its value is shown with${input ? ` (${input})` : ''}`
			);
		return;
	}
	if (finest && figure.significantDigits > finest.digits!)
		problems.add(
			FACT_FILES.figures,
			where,
			'significantDigits',
			`is ${figure.significantDigits}, more than ${input}: a derived value cannot be more precise than what it comes from`
		);
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
		checkPrecision(figure, byId, problems);
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
