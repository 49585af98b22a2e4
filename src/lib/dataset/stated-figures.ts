/**
 * A stated figure says what its words say: its stated text stands once in its quote and reads
 * back (stated-text.ts) as its value, qualifier and part of the month, and a status word before
 * it (基本实现) is the figure's status, not lost and not read as part of the number.
 */
import type { Figure } from './schema.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';
import { parseStatedText, parseStatus, STATUS_SPELLINGS } from './stated-text.ts';

/** A status (基本实现) stands just before the stated text, says what its words say, and is not left out. */
function checkStatus(figure: Figure & { stated: string; quote: string }, problems: ProblemList): void {
	const where = `record "${figure.id}"`;
	const file = FACT_FILES.figures;
	if (!figure.status) {
		const before = STATUS_SPELLINGS.find(([words]) => figure.quote.includes(words + figure.stated));
		if (before)
			problems.add(
				file,
				where,
				'status',
				`its quote says ${JSON.stringify(before[0] + figure.stated)}: give ${JSON.stringify(before[0])} as the figure's status ("${before[1]}")`
			);
		return;
	}
	const { value, stated } = figure.status;
	const reading = parseStatus(stated);
	if (typeof reading === 'string') problems.add(file, where, 'status.stated', reading);
	else if (reading.value !== value)
		problems.add(
			file,
			where,
			'status.value',
			`is "${value}" but its words ${JSON.stringify(stated)} say "${reading.value}"`
		);
	if (!figure.quote.includes(stated + figure.stated))
		problems.add(
			file,
			where,
			'status.stated',
			`${JSON.stringify(stated)} does not stand just before the stated text ${JSON.stringify(figure.stated)} in its quote`
		);
}

function checkStatedFigure(figure: Figure, problems: ProblemList): void {
	if (figure.kind !== 'stated' || figure.stated === undefined || figure.quote === undefined) return;
	const file = FACT_FILES.figures;
	const where = `record "${figure.id}"`;
	const occurrences = figure.quote.split(figure.stated).length - 1;
	if (occurrences !== 1) {
		problems.add(
			file,
			where,
			'stated',
			`${JSON.stringify(figure.stated)} occurs ${occurrences} times in its quote; it must occur once`
		);
		return;
	}
	checkStatus(figure as Figure & { stated: string; quote: string }, problems);
	const reading = parseStatedText(figure.stated, figure.unit);
	if (typeof reading === 'string') {
		problems.add(file, where, 'stated', reading);
		return;
	}
	if (reading.value !== figure.value) {
		problems.add(
			file,
			where,
			'value',
			`is ${JSON.stringify(figure.value)} but the stated text ${JSON.stringify(figure.stated)} says ${JSON.stringify(reading.value)}`
		);
	}
	if (reading.qualifier !== figure.qualifier) {
		problems.add(
			file,
			where,
			'qualifier',
			`is ${JSON.stringify(figure.qualifier ?? null)} but the stated text ${JSON.stringify(figure.stated)} says ${JSON.stringify(reading.qualifier ?? null)}`
		);
	}
	if (reading.part !== figure.part) {
		problems.add(
			file,
			where,
			'part',
			`is ${JSON.stringify(figure.part ?? null)} but the stated text says ${JSON.stringify(reading.part ?? null)}`
		);
	}
}

export function checkStatedFigures(figures: Figure[], problems: ProblemList): void {
	for (const figure of figures) checkStatedFigure(figure, problems);
}
