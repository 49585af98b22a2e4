/**
 * Figures as people read them: "约70亿元" / "about 7 billion yuan", "超300公里" / "over 300 km".
 * Numbers and dates go through Intl; the words around them (units, qualifiers) come from the
 * tables below. Precision never exceeds what the article wrote.
 */
import type { Figure, Localized, Qualifier, Status, Unit } from '../dataset/schema.ts';
import { parseStatedText } from '../dataset/stated-text.ts';
import { INTL_LOCALE, type Locale } from '../i18n/locale.ts';

type Template = (n: string, plural: Intl.LDMLPluralRule) => string;

/** How a formatted number becomes a value with its unit. */
const UNIT_TEMPLATES: Record<Exclude<Unit, 'month-day'>, Record<Locale, Template>> = {
	yuan: { zh: (n) => `${n}元`, en: (n) => `${n} yuan` },
	usd: { zh: (n) => `${n}美元`, en: (n) => `US$${n}` },
	'yuan-per-mu': { zh: (n) => `${n}元/亩`, en: (n) => `${n} yuan per mu` },
	km: { zh: (n) => `${n}公里`, en: (n) => `${n} km` },
	km2: { zh: (n) => `${n}平方公里`, en: (n) => `${n} km²` },
	'tonnes-per-year': { zh: (n) => `${n}吨/年`, en: (n) => `${n} tonnes a year` },
	projects: { zh: (n) => `${n}个`, en: (n, p) => `${n} ${p === 'one' ? 'project' : 'projects'}` },
	cases: { zh: (n) => `${n}个`, en: (n, p) => `${n} ${p === 'one' ? 'case' : 'cases'}` },
	enterprises: { zh: (n) => `${n}家`, en: (n, p) => `${n} ${p === 'one' ? 'enterprise' : 'enterprises'}` },
	people: { zh: (n) => `${n}人`, en: (n, p) => `${n} ${p === 'one' ? 'person' : 'people'}` },
	'production-lines': {
		zh: (n) => `${n}条`,
		en: (n, p) => `${n} production ${p === 'one' ? 'line' : 'lines'}`
	},
	hours: { zh: (n) => `${n}小时`, en: (n, p) => `${n} ${p === 'one' ? 'hour' : 'hours'}` },
	// A named standard, quoted as the article quotes it: “九通一平”.
	'utility-connections': { zh: (n) => `“${n}通一平”`, en: (n) => `${n} utilities connected, site levelled` }
};

const QUALIFIER_TEMPLATES: Record<Qualifier, Record<Locale, (value: string) => string>> = {
	about: { zh: (v) => `约${v}`, en: (v) => `about ${v}` },
	over: { zh: (v) => `超${v}`, en: (v) => `over ${v}` },
	// 余 goes between number and unit in Chinese (1500余人); handled in formatQuantity.
	'more-than': { zh: (v) => v, en: (v) => `more than ${v}` },
	'at-least': { zh: (v) => `${v}以上`, en: (v) => `at least ${v}` },
	'up-to': { zh: (v) => `可达${v}`, en: (v) => `up to ${v}` }
};

/** Qualifiers that leave a value open upwards: 超, 余, 以上. Such a value is drawn fading out past its end. */
const OPEN_ENDED: ReadonlySet<Qualifier> = new Set(['over', 'more-than', 'at-least']);

export function isOpenEnded(figure: Pick<Figure, 'qualifier'>): boolean {
	return !!figure.qualifier && OPEN_ENDED.has(figure.qualifier);
}

/** A status qualifies the achievement, so it wraps the whole value: 基本实现“九通一平”. */
const STATUS_TEMPLATES: Record<Status, Record<Locale, (value: string) => string>> = {
	achieved: { zh: (v) => `实现${v}`, en: (v) => `achieved: ${v}` },
	'basically-achieved': { zh: (v) => `基本实现${v}`, en: (v) => `basically achieved: ${v}` }
};

/** Units whose large values read best in 万/亿 and million/billion. */
const COMPACT_UNITS = new Set<Unit>(['yuan', 'usd', 'yuan-per-mu', 'tonnes-per-year']);

export interface QuantityOptions {
	qualifier?: Qualifier | undefined;
	status?: Status | undefined;
	/** The most significant digits to show; defaults to what the article wrote, else 4. */
	significantDigits?: number | undefined;
	/** Round to a multiple of this (1e8: whole 亿) and show no digit finer. */
	resolution?: number | undefined;
}

/** The figure's precision as a step of its unit: 约10亿元 (two digits of 1.03464e9) is known to 1e8. */
export function resolutionOf(value: number, significantDigits: number): number {
	return 10 ** (Math.floor(Math.log10(Math.abs(value))) - significantDigits + 1);
}

export function formatNumber(value: number, unit: Unit, locale: Locale, significantDigits?: number): string {
	const compact = COMPACT_UNITS.has(unit) && (locale === 'zh' ? value >= 1e4 : value >= 1e6);
	const precision: Intl.NumberFormatOptions =
		significantDigits !== undefined
			? { maximumSignificantDigits: significantDigits }
			: compact
				? { maximumSignificantDigits: 4 }
				: { maximumFractionDigits: 2 };
	const options: Intl.NumberFormatOptions = {
		...precision,
		...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
		// Chinese print groups thousands only from five digits (1500人, 12,345人).
		...(locale === 'zh' ? { useGrouping: 'min2' } : {})
	};
	const intlLocale =
		unit === 'utility-connections' && locale === 'zh' ? 'zh-CN-u-nu-hanidec' : INTL_LOCALE[locale];
	return new Intl.NumberFormat(intlLocale, options).format(value);
}

export function formatQuantity(
	value: number,
	unit: Exclude<Unit, 'month-day'>,
	locale: Locale,
	options: QuantityOptions = {}
): string {
	const step = options.resolution;
	const rounded = step ? Math.round(value / step) * step : value;
	const digits =
		step && rounded ? Math.floor(Math.log10(Math.abs(rounded) / step)) + 1 : options.significantDigits;
	const number = formatNumber(rounded, unit, locale, digits);
	const plural = new Intl.PluralRules(INTL_LOCALE[locale]).select(rounded);
	const withInfix = options.qualifier === 'more-than' && locale === 'zh' ? `${number}余` : number;
	const text = UNIT_TEMPLATES[unit][locale](withInfix, plural);
	const qualified = options.qualifier ? QUALIFIER_TEMPLATES[options.qualifier][locale](text) : text;
	return options.status ? STATUS_TEMPLATES[options.status][locale](qualified) : qualified;
}

const PART_TEMPLATES: Record<NonNullable<Figure['part']>, Record<Locale, (month: string) => string>> = {
	early: { zh: (m) => `${m}初`, en: (m) => `early ${m}` },
	mid: { zh: (m) => `${m}中`, en: (m) => `mid-${m}` },
	late: { zh: (m) => `${m}底`, en: (m) => `late ${m}` }
};

/** A --MM or --MM-DD date. The year is not stated, so none is shown. */
export function formatMonthDay(value: string, locale: Locale, part?: Figure['part']): string {
	const [month, day] = value.slice(2).split('-').map(Number);
	// Any leap year works: only month and day are printed.
	const date = new Date(Date.UTC(2000, month! - 1, day ?? 1));
	// zh-CN spells a lone long month 三月 where the article writes 3月 (with a day it gives 4月30日).
	const options: Intl.DateTimeFormatOptions = day
		? { month: 'long', day: 'numeric', timeZone: 'UTC' }
		: { month: locale === 'zh' ? 'numeric' : 'long', timeZone: 'UTC' };
	const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(date);
	return part ? PART_TEMPLATES[part][locale](text) : text;
}

/** A figure's value as a reader sees it, with the article's qualifier and precision. */
export function formatFigure(figure: Figure, locale: Locale): string {
	if (typeof figure.value === 'string') return formatMonthDay(figure.value, locale, figure.part);
	if (figure.unit === 'month-day') return String(figure.value);
	const reading = figure.stated ? parseStatedText(figure.stated, figure.unit) : undefined;
	const significantDigits =
		reading && typeof reading !== 'string' ? reading.significantDigits : figure.significantDigits;
	return formatQuantity(figure.value, figure.unit, locale, {
		qualifier: figure.qualifier,
		status: figure.status?.value,
		significantDigits
	});
}

/** Axis tick labels: short compact numbers (10亿, 1B); the chart states the unit once. */
export function formatTick(value: number, locale: Locale): string {
	return new Intl.NumberFormat(INTL_LOCALE[locale], {
		notation: 'compact',
		compactDisplay: 'short',
		maximumSignificantDigits: 3
	}).format(value);
}

/**
 * The units a value axis is read in, as the reader sees them: the chart's unit line names one and
 * its ticks are plain numbers of it (单位：亿元 over 0 10 20; Unit: billion yuan over 0 1 2).
 */
export const AXIS_UNITS = {
	'hundred-million-yuan': { zh: { label: '亿元', per: 1e8 }, en: { label: 'billion yuan', per: 1e9 } },
	'ten-thousand-yuan-per-mu': {
		zh: { label: '万元/亩', per: 1e4 },
		en: { label: 'million yuan per mu', per: 1e6 }
	},
	km: { zh: { label: '公里', per: 1 }, en: { label: 'km', per: 1 } }
} as const satisfies Record<string, Record<Locale, { label: string; per: number }>>;

export type AxisUnit = keyof typeof AXIS_UNITS;

/** The unit line's words in both languages. */
export function axisUnitLabel(unit: AxisUnit): Localized {
	return { zh: AXIS_UNITS[unit].zh.label, en: AXIS_UNITS[unit].en.label };
}

/** A tick of an axis drawn in `unit`: the value in that unit, without the unit (the chart states it once). */
export function formatAxisTick(value: number, unit: AxisUnit, locale: Locale): string {
	return new Intl.NumberFormat(INTL_LOCALE[locale], {
		maximumSignificantDigits: 3,
		...(locale === 'zh' ? { useGrouping: 'min2' } : {})
	}).format(value / AXIS_UNITS[unit][locale].per);
}

/**
 * A formatted value split where its number ends, so a big display can set the number large and
 * its unit smaller: “约70” + “亿元”, “about 7” + “ billion yuan”. Values with more than one number
 * (dates like 4月8日) stay whole.
 */
export function splitAtNumber(text: string): { number: string; unit: string } {
	const match = /^(\D*\d[\d.,]*)(\D*)$/.exec(text);
	return match ? { number: match[1]!, unit: match[2]! } : { number: text, unit: '' };
}
