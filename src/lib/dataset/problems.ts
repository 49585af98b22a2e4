/**
 * Where the dataset's files are, and how problems with them are reported: every message names
 * the file, the record and the field.
 */
export const FACT_FILES = {
	article: 'data/facts/article.json',
	figures: 'data/facts/figures.json',
	sectors: 'data/facts/sectors.json',
	projects: 'data/facts/projects.json',
	policies: 'data/facts/policies.json',
	parks: 'data/facts/parks.json',
	people: 'data/facts/people.json',
	places: 'data/facts/places.json',
	events: 'data/facts/events.json',
	exchangeRates: 'data/facts/exchange-rates.json',
	numeralSkips: 'data/facts/numeral-skips.json'
} as const;

export type FactFileKey = keyof typeof FACT_FILES;
export type FactFiles = Record<FactFileKey, unknown>;

export interface Problem {
	file: string;
	record: string;
	field: string;
	message: string;
}

export function formatProblem({ file, record, field, message }: Problem): string {
	return `${file}: ${record}, field "${field}": ${message}`;
}

export class DatasetError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[]) {
		const lines = problems.map(formatProblem);
		super(
			problems.length === 1
				? `Invalid dataset: ${lines[0]}`
				: `Invalid dataset (${problems.length} problems):\n  ${lines.join('\n  ')}`
		);
		this.name = 'DatasetError';
		this.problems = problems;
	}
}

/** Collects problems while the checks run, then throws them together. */
export class ProblemList {
	readonly items: Problem[] = [];
	add(file: string, record: string, field: string, message: string): void {
		this.items.push({ file, record, field, message });
	}
}

export function recordName(record: unknown, index: number): string {
	const id = (record as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id !== '' ? `record "${id}"` : `record #${index + 1}`;
}
