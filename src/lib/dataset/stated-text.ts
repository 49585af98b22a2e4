/**
 * Reads a figure's stated text ("约70亿元", "1500余人", "500万元/亩以上") back into value, unit and
 * qualifier, so the build can prove each figure says what its sentence says.
 */
import type { Qualifier, Unit } from './schema.ts';

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
	['基本实现“', 'basically'],
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
	if (unit === 'month-day') return parseDate(stated);
	let rest = stated;
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
