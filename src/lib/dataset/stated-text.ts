/**
 * Reads a figure's stated text ("约70亿元", "1500余人", "500万元/亩以上") back into value, unit and
 * qualifier, so the build can prove each figure says what its sentence says.
 */
import type { Qualifier, Status, Unit } from './schema.ts';

/** How each unit is written in the article, with the multiplier from the written number to the value. */
export const UNIT_SPELLINGS: Record<Unit, Record<string, number>> = {
	yuan: { 亿元: 1e8, 万元: 1e4, 元: 1 },
	usd: { 亿美元: 1e8, 万美元: 1e4 },
	'yuan-per-mu': { '万元/亩': 1e4 },
	km: { 公里: 1 },
	km2: { 平方公里: 1 },
	'tonnes-per-year': { 万吨: 1e4 },
	projects: { 个: 1 },
	cases: { 个: 1 },
	enterprises: { 家: 1 },
	people: { 人: 1 },
	'production-lines': { 条: 1 },
	hours: { 小时: 1 },
	'utility-connections': { 通一平: 1 },
	'month-day': {}
};

const PREFIX_QUALIFIERS: [string, Qualifier][] = [
	['可达', 'up-to'],
	['约', 'about'],
	['超', 'over']
];
const SUFFIX_QUALIFIERS: [string, Qualifier][] = [['以上', 'at-least']];
/** 余 sits between the number and the unit: 1500余人. */
const INFIX_QUALIFIERS: [string, Qualifier][] = [['余', 'more-than']];

const CHINESE_DIGITS: Record<string, number> = {
	一: 1,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};

/** Status words as the article writes them, longest first: they qualify a verb, never a number. */
export const STATUS_SPELLINGS: [string, Status][] = [
	['基本实现', 'basically-achieved'],
	['实现', 'achieved']
];

/** Words that say how far something got (基本 "basically", 已 "already", 全面 "fully"), not how precise a number is. */
const STATUS_WORDS = /^(基本|已|全面)/;

/** The status its words give, or a sentence saying why they give none. */
export function parseStatus(stated: string): { value: Status } | string {
	const found = STATUS_SPELLINGS.find(([spelling]) => spelling === stated);
	if (found) return { value: found[1] };
	const known = STATUS_SPELLINGS.map(([spelling]) => spelling).join(', ');
	return `${JSON.stringify(stated)} is not a status the dataset knows (${known})`;
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '（': '）' };
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));

/**
 * Why a piece of the article's text has quote marks (or book-title marks, brackets) that do not
 * pair up — a quotation cut off at one end — or null when they balance.
 */
export function unbalancedQuoteMarks(text: string): string | null {
	const open: string[] = [];
	for (const char of text) {
		if (QUOTE_PAIRS[char]) open.push(char);
		else if (CLOSERS.has(char)) {
			const opener = open.pop();
			if (!opener || QUOTE_PAIRS[opener] !== char)
				return `${JSON.stringify(text)} has a ${char} that closes nothing: take the mark that opens it too`;
		}
	}
	const unclosed = open.pop();
	return unclosed
		? `${JSON.stringify(text)} has a ${unclosed} that is never closed: take its closing ${QUOTE_PAIRS[unclosed]} too`
		: null;
}

export interface ParsedStatement {
	value: number | string;
	qualifier?: Qualifier;
	part?: 'early' | 'mid' | 'late';
	/** Significant digits as written (268.7 → 4), so formatting never claims more precision. */
	significantDigits: number;
	/** What one step in the last written digit is worth (约70亿元 → 1亿 = 1e8): rounding is half of it. */
	resolution: number;
}

function significantDigits(numeral: string): number {
	const digits = numeral.replace('.', '').replace(/^0+/, '');
	return Math.max(1, digits.length);
}

function parseDate(text: string): ParsedStatement | string {
	const pad = (n: string) => n.padStart(2, '0');
	let match = /^(\d{1,2})月(\d{1,2})日$/.exec(text);
	if (match) return { value: `--${pad(match[1]!)}-${pad(match[2]!)}`, significantDigits: 4, resolution: 1 };
	match = /^(\d{1,2})月(初|中|底|份)$/.exec(text);
	if (match) {
		const part = ({ 初: 'early', 中: 'mid', 底: 'late' } as const)[match[2] as '初' | '中' | '底'];
		return { value: `--${pad(match[1]!)}`, ...(part ? { part } : {}), significantDigits: 2, resolution: 1 };
	}
	return `cannot read ${JSON.stringify(text)} as a date (expected e.g. 4月30日, 3月初, 4月份)`;
}

/** Returns the reading, or a sentence saying why the text cannot be read as that unit. */
export function parseStatedText(stated: string, unit: Unit): ParsedStatement | string {
	const unbalanced = unbalancedQuoteMarks(stated);
	if (unbalanced) return unbalanced;
	const status = STATUS_WORDS.exec(stated);
	if (status) {
		return `${JSON.stringify(stated)} starts with ${JSON.stringify(status[0])}, which says how far something got (a status of the verb), not how precise the number is: leave it out of the stated text and give it as the figure's status`;
	}
	if (unit === 'month-day') return parseDate(stated);
	// A term the article puts in quotation marks (“九通一平”) is read without them.
	let rest = /^“[^“”]+”$/.test(stated) ? stated.slice(1, -1) : stated;
	let qualifier: Qualifier | undefined;
	const take = (found: Qualifier) => {
		if (qualifier) return false;
		qualifier = found;
		return true;
	};
	for (const [marker, q] of PREFIX_QUALIFIERS) {
		if (rest.startsWith(marker) && take(q)) rest = rest.slice(marker.length);
	}
	for (const [marker, q] of SUFFIX_QUALIFIERS) {
		if (rest.endsWith(marker) && take(q)) rest = rest.slice(0, -marker.length);
	}
	const number = /^(\d+(?:\.\d+)?|[一二三四五六七八九])/.exec(rest);
	if (!number) return `no number at the start of ${JSON.stringify(stated)}`;
	const numeral = number[1]!;
	rest = rest.slice(numeral.length);
	for (const [marker, q] of INFIX_QUALIFIERS) {
		if (rest.startsWith(marker) && take(q)) rest = rest.slice(marker.length);
	}
	const multiplier = UNIT_SPELLINGS[unit][rest];
	if (multiplier === undefined) {
		const known = Object.keys(UNIT_SPELLINGS[unit]).join(', ');
		return `${JSON.stringify(rest)} in ${JSON.stringify(stated)} is not a spelling of unit "${unit}" (${known})`;
	}
	const written = CHINESE_DIGITS[numeral] ?? Number(numeral);
	// Scale in integer steps so 26.3 × 1e8 is exactly 2 630 000 000, not 2 630 000 000.0000005.
	const decimals = numeral.split('.')[1]?.length ?? 0;
	const value = Math.round(written * 10 ** decimals * multiplier) / 10 ** decimals;
	return {
		value,
		...(qualifier ? { qualifier } : {}),
		significantDigits: significantDigits(numeral),
		resolution: multiplier / 10 ** decimals
	};
}
