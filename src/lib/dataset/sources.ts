/**
 * Where a figure comes from, for people: its own sentence, or for a derived figure the
 * sentences of the figures it is computed from.
 */
import type { Dataset, Figure } from './schema.ts';

export interface SourceSentence {
	quote: string;
	paragraph: number;
	/** The figure whose sentence this is. */
	figure: string;
}

export function sourceSentencesOf(figure: Figure, figures: ReadonlyMap<string, Figure>): SourceSentence[] {
	if (figure.quote && figure.paragraph)
		return [{ quote: figure.quote, paragraph: figure.paragraph, figure: figure.id }];
	const inputs =
		figure.formula?.of.map((id) => figures.get(id)).filter((f): f is Figure => f !== undefined) ?? [];
	const seen = new Set<string>();
	return inputs
		.flatMap((input) => sourceSentencesOf(input, figures))
		.filter((s) => !seen.has(s.quote) && seen.add(s.quote));
}

const OPERATOR = { difference: ' − ', sum: ' + ' } as const;

/** The formula in ids, e.g. "projects-in-zone − projects-under-construction − projects-in-production". */
export function formulaText(figure: Figure, dataset: Pick<Dataset, 'exchangeRates'>): string {
	const formula = figure.formula;
	if (!formula) return '';
	if (formula.op === 'convert') {
		const rate = dataset.exchangeRates.find((r) => r.id === formula.rate);
		return `${formula.of[0]} × ${formula.rate}${rate ? ` (${rate.rate})` : ''}`;
	}
	return formula.of.join(OPERATOR[formula.op]);
}

export interface StatedSpan {
	figure: string;
	/** 1-based paragraph. */
	paragraph: number;
	start: number;
	end: number;
}

/** Where each stated figure's text sits in the article, by paragraph offsets. */
export function statedSpans(paragraphs: readonly string[], figures: readonly Figure[]): StatedSpan[] {
	return figures.flatMap((figure) => {
		if (!figure.stated || !figure.quote || !figure.paragraph) return [];
		const quoteAt = paragraphs[figure.paragraph - 1]?.indexOf(figure.quote) ?? -1;
		const statedAt = figure.quote.indexOf(figure.stated);
		if (quoteAt < 0 || statedAt < 0) return [];
		const start = quoteAt + statedAt;
		return [{ figure: figure.id, paragraph: figure.paragraph, start, end: start + figure.stated.length }];
	});
}
