/**
 * Every numeral in the article must belong to a figure's stated text or to an entry of the
 * numeral skip-list that says why it is not a figure. This is what proves the dataset is complete.
 */
import type { Figure, NumeralSkip } from './schema.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';
import { statedSpans } from './sources.ts';

/** Arabic numbers and runs of Chinese numeral characters (六稳, 第十五, 千方百计, 亿). */
export const NUMERAL = /\d+(?:\.\d+)?|[〇零一二三四五六七八九十百千万亿两]+/g;

export interface Numeral {
	paragraph: number;
	text: string;
	start: number;
	context: string;
}

export function numeralsOf(paragraphs: string[]): Numeral[] {
	return paragraphs.flatMap((text, index) =>
		[...text.matchAll(NUMERAL)].map((match) => ({
			paragraph: index + 1,
			text: match[0],
			start: match.index,
			context: text.slice(Math.max(0, match.index - 6), match.index + match[0].length + 6)
		}))
	);
}

type Span = [start: number, end: number];

function allIndexesOf(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
	return found;
}

/** The numerals no figure and no skip-list entry accounts for; stale skip entries are problems. */
export function uncoveredNumerals(
	paragraphs: string[],
	figures: Figure[],
	skips: NumeralSkip[],
	problems?: ProblemList
): Numeral[] {
	const spans: Span[][] = paragraphs.map(() => []);
	for (const span of statedSpans(paragraphs, figures))
		spans[span.paragraph - 1]!.push([span.start, span.end]);
	skips.forEach((skip, index) => {
		const record = `entry #${index + 1} ("${skip.text}")`;
		if (!NUMERAL.test(skip.text)) problems?.add(FACT_FILES.numeralSkips, record, 'text', 'holds no numeral');
		NUMERAL.lastIndex = 0;
		let found = 0;
		paragraphs.forEach((paragraph, p) => {
			for (const at of allIndexesOf(paragraph, skip.text)) {
				spans[p]!.push([at, at + skip.text.length]);
				found += 1;
			}
		});
		if (found === 0)
			problems?.add(
				FACT_FILES.numeralSkips,
				record,
				'text',
				'not found in the repaired article; remove the entry'
			);
	});
	return numeralsOf(paragraphs).filter(
		(n) => !spans[n.paragraph - 1]!.some(([start, end]) => start <= n.start && n.start + n.text.length <= end)
	);
}

/** Reports stale skip-list entries, then each numeral that no figure and no skip-list entry accounts for. */
export function checkNumeralCoverage(
	paragraphs: string[],
	figures: Figure[],
	skips: NumeralSkip[],
	problems: ProblemList
): void {
	for (const numeral of uncoveredNumerals(paragraphs, figures, skips, problems)) {
		problems.add(
			FACT_FILES.figures,
			`paragraph ${numeral.paragraph}`,
			'(missing)',
			`the article's numeral ${JSON.stringify(numeral.text)} in ${JSON.stringify(numeral.context)} is in no figure's stated text and not in ${FACT_FILES.numeralSkips}`
		);
	}
}
