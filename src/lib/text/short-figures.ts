/**
 * Short figures: a number with its unit, or a paragraph reference. A reader takes "72.96平方公里"
 * or "26.87 billion yuan" in at a glance, and a line break inside one ("72.96平方公 / 里") reads
 * as another number. Text on every surface is rendered with these kept whole (WholeFigures.svelte,
 * and the images' line breaking); words before a figure (约, over, about) may still break from it.
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Longest units first: 万元/亩 before 万元 before 万. */
const CHINESE_UNIT =
	'亿美元|万美元|亿元|万元(?:/亩(?:以上)?)?|元/亩|平方公里|公里|千米|亿|万|元|米|亩|个|项|家|名|人|%|％|倍|天|次|条|段|年(?:\\d+月(?:\\d+日)?)?|月(?:\\d+日)?|日';
const ENGLISH_UNIT =
	'yuan(?:/mu| per mu)?|projects?|companies|company|firms?|enterprises?|people|workers|jobs|km²|km|kilometres|square kilometres|mu|per cent|hectares|months?|years?|days?';

/** One pattern, in both languages (a Chinese value is quoted on English pages too). */
export const SHORT_FIGURE = [
	String.raw`第\d+段`,
	String.raw`paragraph \d+`,
	// Not the 6 of ES6项目: a number starts after no letter or digit.
	String.raw`(?<![A-Za-z\d.,])${NUMBER}(?:多|余)?(?:${CHINESE_UNIT})`,
	String.raw`(?<![A-Za-z\d.,])(?:US\$|¥)?${NUMBER}(?: (?:billion|million|thousand))?(?: (?:${ENGLISH_UNIT})(?![A-Za-z])|%)`,
	String.raw`US\$${NUMBER}(?: (?:billion|million))?`,
	String.raw`\b\d{1,2} (?:${MONTHS})\b|\b(?:${MONTHS}) \d{1,2}\b`
].join('|');

export interface TextPiece {
	text: string;
	/** A short figure: kept on one line. */
	whole: boolean;
}

/** The text in pieces, each short figure a piece of its own; the pieces join to the text again. */
export function textPieces(text: string): TextPiece[] {
	const pieces: TextPiece[] = [];
	let at = 0;
	for (const match of text.matchAll(new RegExp(SHORT_FIGURE, 'g'))) {
		if (match.index > at) pieces.push({ text: text.slice(at, match.index), whole: false });
		pieces.push({ text: match[0], whole: true });
		at = match.index + match[0].length;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), whole: false });
	return pieces;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * The text as HTML, escaped, each short figure in a span that keeps it on one line: one string,
 * so a sentence with figures costs the page no more nodes or hydration markers than the spans.
 */
export function wholeFiguresHtml(text: string): string {
	return textPieces(text)
		.map((piece) =>
			piece.whole ? `<span class="whole-figure">${escape(piece.text)}</span>` : escape(piece.text)
		)
		.join('');
}
