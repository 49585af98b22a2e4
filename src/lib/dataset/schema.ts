/**
 * The dataset's schema: the single source of its TypeScript types. Each file in data/facts/ is a
 * list of records of one of these shapes; `load-dataset.ts` validates them and cross-checks them
 * against the repaired article.
 */
import { z } from 'zod';

export const Id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case, hyphenated id such as "roads-length"');

const text = z.string().trim().min(1, 'expected non-empty text');

/** Text in both languages; zh is simplified Chinese. */
export const Localized = z.strictObject({ zh: text, en: text });

/**
 * A name. `enCoined: true` marks an English name we translated ourselves. The Chinese is the
 * article's own words, printed in the record's quote, unless `zhComposed` says from what we
 * composed it (the article never gives the name whole).
 */
export const Name = z.strictObject({
	zh: text,
	en: text,
	enCoined: z.boolean(),
	zhComposed: Localized.optional()
});

const paragraph = z.int().min(1, 'expected a paragraph number from 1');

/** A sentence of the repaired zh-Hans article, verbatim, and the paragraph it is in. */
const sourced = { quote: text, paragraph };

export const UNITS = [
	'yuan',
	'usd',
	'yuan-per-mu',
	'km',
	'km2',
	'tonnes-per-year',
	'projects',
	'cases',
	'enterprises',
	'people',
	'production-lines',
	'hours',
	'utility-connections',
	'month-day'
] as const;
export const Unit = z.enum(UNITS);

/** The source's approximate wording of a number, kept: 约 about, 超 over, 余 more than, 以上 at least, 可达 up to. */
export const QUALIFIERS = ['about', 'over', 'more-than', 'at-least', 'up-to'] as const;
export const Qualifier = z.enum(QUALIFIERS);

/**
 * How far what a figure names has got, in the article's words before it: 基本实现“九通一平” is
 * the standard basically achieved (实现 qualified by 基本), not "about nine" connections.
 */
export const STATUSES = ['achieved', 'basically-achieved'] as const;
export const Status = z.enum(STATUSES);

export const Formula = z.discriminatedUnion('op', [
	/** The first figure minus the others. */
	z.strictObject({ op: z.literal('difference'), of: z.array(Id).min(2) }),
	z.strictObject({ op: z.literal('sum'), of: z.array(Id).min(2) }),
	/** One money figure converted with an exchange rate from exchange-rates.json. */
	z.strictObject({ op: z.literal('convert'), of: z.tuple([Id]), rate: Id })
]);

/** An ISO 8601 date without a year: --MM or --MM-DD. The article never states the year. */
const MONTH_DAY = /^--(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

export const Figure = z
	.strictObject({
		id: Id,
		kind: z.enum(['stated', 'derived', 'editorial']),
		label: Localized,
		unit: Unit,
		value: z.union([z.number(), z.string()]),
		qualifier: Qualifier.optional(),
		/** The status the article gives what the figure names, and its words (基本实现), just before `stated`. */
		status: z.strictObject({ value: Status, stated: text }).optional(),
		/** For dates: which part of the month (3月初, early March). */
		part: z.enum(['early', 'mid', 'late']).optional(),
		/** Stated figures: the exact text in the quote that gives the value, qualifier included. */
		stated: text.optional(),
		quote: text.optional(),
		paragraph: paragraph.optional(),
		/** Derived figures: how the value is computed from other figures. */
		formula: Formula.optional(),
		/**
		 * Derived figures: the significant digits the value is shown with, never more than its inputs
		 * were written with (1.5亿美元 converted is 约10亿元, not 10.35亿元). Required for a conversion.
		 */
		significantDigits: z.int().min(1).optional(),
		/** Editorial figures: why we set this value. */
		reason: Localized.optional(),
		/** Where the sentence can be read two ways: both readings, shown with the figure; we do not choose. */
		ambiguity: Localized.optional(),
		note: Localized.optional()
	})
	.superRefine((figure, ctx) => {
		const require = (field: keyof typeof figure, why: string) => {
			if (figure[field] === undefined)
				ctx.addIssue({ code: 'custom', path: [field], message: `required ${why}` });
		};
		const forbid = (field: keyof typeof figure, why: string) => {
			if (figure[field] !== undefined)
				ctx.addIssue({ code: 'custom', path: [field], message: `not allowed ${why}` });
		};
		if (figure.kind === 'stated') {
			require('stated', 'for a stated figure');
			require('quote', 'for a stated figure');
			require('paragraph', 'for a stated figure');
			forbid('formula', 'on a stated figure (use kind "derived")');
			forbid('significantDigits', 'on a stated figure: it has the digits the article wrote');
		}
		if (figure.kind === 'derived') {
			require('formula', 'for a derived figure');
			forbid('stated', 'on a derived figure: its sources are the figures in its formula');
		}
		if (figure.kind === 'editorial') {
			require('reason', 'for an editorial figure');
			forbid('stated', 'on an editorial figure');
		}
		if ((figure.quote === undefined) !== (figure.paragraph === undefined)) {
			ctx.addIssue({ code: 'custom', path: ['paragraph'], message: 'quote and paragraph go together' });
		}
		const isDate = figure.unit === 'month-day';
		if (isDate && !(typeof figure.value === 'string' && MONTH_DAY.test(figure.value))) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: 'expected a --MM or --MM-DD date for unit "month-day"'
			});
		}
		if (!isDate && typeof figure.value !== 'number') {
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected a number' });
		}
		if (typeof figure.value === 'number' && !Number.isFinite(figure.value)) {
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected a finite number' });
		}
		if (figure.part && !isDate)
			ctx.addIssue({ code: 'custom', path: ['part'], message: 'only dates have a part of the month' });
	});

export const Sector = z
	.strictObject({
		id: Id,
		name: Name,
		/** The four industries the article names are stated; a bucket we add for the rest is editorial. */
		kind: z.enum(['stated', 'editorial']),
		targetIndustry: z.boolean(),
		quote: text.optional(),
		paragraph: paragraph.optional(),
		reason: Localized.optional()
	})
	.superRefine((sector, ctx) => {
		if (sector.kind === 'stated' && !sector.quote)
			ctx.addIssue({ code: 'custom', path: ['quote'], message: 'required for a stated sector' });
		if (sector.kind === 'editorial' && !sector.reason)
			ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required for an editorial sector' });
	});

export const STAGES = ['signed', 'under-construction', 'in-production'] as const;
export const Stage = z.enum(STAGES);

export const Project = z.strictObject({
	id: Id,
	name: Name,
	/** A short label for charts, ours in both languages; the full name stays in tooltips and tables. */
	shortName: Localized.optional(),
	/** The sentence that names the project. */
	...sourced,
	/**
	 * true: among the six projects the article lists as signed this year; null: the article does not
	 * say when it was signed. Never false: the article says of no project that it was signed earlier.
	 */
	signedThisYear: z
		.literal(true, {
			error:
				'expected true (listed as signed this year) or null (not stated): the article never says a project was not signed this year'
		})
		.nullable(),
	/** Figure ids of the investment as stated (yuan or dollars) and, where converted, in yuan. */
	investment: Id.optional(),
	investmentInYuan: Id.optional(),
	/**
	 * Our identification of this project's investment with the foreign investment the article
	 * counts (a figure in dollars): the article does not say so, so it is never a cross-check.
	 */
	foreignInvestment: z
		.strictObject({ figure: Id, kind: z.literal('editorial'), reason: Localized })
		.optional(),
	/** Where the article says how far the project has got, with the sentence that says it. */
	stage: z.strictObject({ value: Stage, ...sourced, note: Localized.optional() }).optional(),
	/**
	 * The article never names a project's sector: every assignment is ours, with its reason, and
	 * where the project could as well sit in a second sector, that one and why.
	 */
	sector: z
		.strictObject({
			id: Id,
			kind: z.literal('editorial'),
			reason: Localized,
			alsoFits: z.strictObject({ id: Id, reason: Localized }).optional()
		})
		.optional(),
	/** What else the article says of how far the project has got, each in its words (`stated`). */
	details: z
		.array(
			z.strictObject({
				id: Id,
				text: Localized,
				stated: text,
				...sourced,
				/** The policy (a mechanism) this belongs to. */
				policy: Id.optional()
			})
		)
		.default([]),
	/** Figure ids of dates and other figures that belong to this project. */
	figures: z.array(Id).default([]),
	/** Person ids of people quoted about this project. */
	people: z.array(Id).default([])
});

/** A campaign, plan or mechanism the article names: what the figures and events stand on. */
export const Policy = z.strictObject({
	id: Id,
	/** As printed, with its marks (《…》, “…”). */
	name: Name,
	kind: z.enum(['campaign', 'work-plan', 'plan', 'mechanism']),
	/** The sentence that names it. */
	...sourced,
	/** What the article says of it, in short. */
	note: Localized.optional(),
	/** Figure ids it stands behind (the five sites handed over to new projects). */
	figures: z.array(Id).default([])
});

export const Park = z.strictObject({
	id: Id,
	name: Name,
	status: z.literal('planned'),
	...sourced
});

export const Person = z.strictObject({
	id: Id,
	/** zh as printed; en in pinyin, family name first. */
	name: Localized,
	post: Name,
	...sourced
});

export const PLACE_STATUSES = ['existing', 'planned', 'construction-started'] as const;

export const Place = z
	.strictObject({
		id: Id,
		name: Name,
		kind: z.enum(['zone', 'district', 'city', 'planned-area', 'park', 'school', 'office']),
		status: z.enum(PLACE_STATUSES),
		/** For a place not yet there: the article's words that give its status (启动龙湖公园建设). */
		statusStated: text.optional(),
		/** The place this one lies in. The article never says so: always our inference, with its reason. */
		within: z.strictObject({ id: Id, kind: z.literal('editorial'), reason: Localized }).optional(),
		...sourced
	})
	.superRefine((place, ctx) => {
		if (place.status !== 'existing' && place.statusStated === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['statusStated'],
				message: `required for a place that is "${place.status}": the article's words that say so`
			});
	});

export const Event = z
	.strictObject({
		id: Id,
		/** The date figure (unit month-day) this event happened on; null where the article gives no date. */
		date: Id.nullable(),
		title: Localized,
		/** The sentence that tells of it: required for an undated event (a dated one has its date's). */
		quote: text.optional(),
		paragraph: paragraph.optional(),
		project: Id.optional(),
		/** Other figures the event is about (e.g. the relief fund's amount). */
		figures: z.array(Id).default([]),
		/** Policies (plans) the event is about. */
		policies: z.array(Id).default([])
	})
	.superRefine((event, ctx) => {
		if (event.date === null && event.quote === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['quote'],
				message: 'required for an event the article does not date: the sentence that tells of it'
			});
		if ((event.quote === undefined) !== (event.paragraph === undefined))
			ctx.addIssue({ code: 'custom', path: ['paragraph'], message: 'quote and paragraph go together' });
	});

const RatePoint = z.strictObject({ rate: z.number().positive(), date: z.iso.date() });

/**
 * The rate a dollar figure is converted at. The article gives none: the rate is our input, with
 * the reason we chose it, and the range of rates it could as well have been, over which the
 * build reruns every check that rests on it.
 */
export const ExchangeRate = z.strictObject({
	id: Id,
	from: z.literal('USD'),
	to: z.literal('CNY'),
	rate: z.number().positive(),
	/** What the rate is: e.g. the 2020 annual average. */
	period: text,
	kind: z.literal('editorial'),
	/** Why this rate and not another. */
	reason: Localized,
	description: Localized,
	source: z.strictObject({ name: Localized, url: z.url().optional(), published: z.iso.date() }),
	/** The plausible rates: lowest and highest of the period, with their source. */
	range: z.strictObject({
		low: RatePoint,
		high: RatePoint,
		description: Localized,
		source: z.strictObject({ name: Localized, url: z.url().optional() })
	})
});

export const NumeralSkip = z.strictObject({
	/** Text in the article that holds numerals which are not figures. */
	text,
	reason: text
});

export const ArticleInfo = z.strictObject({
	sourceFile: text,
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
	summary: Localized,
	year: z.strictObject({ value: z.int(), kind: z.literal('editorial'), reason: Localized })
});

export type Localized = z.infer<typeof Localized>;
export type Name = z.infer<typeof Name>;
export type Unit = z.infer<typeof Unit>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Status = z.infer<typeof Status>;
export type Formula = z.infer<typeof Formula>;
export type Figure = z.infer<typeof Figure>;
export type Sector = z.infer<typeof Sector>;
export type Stage = z.infer<typeof Stage>;
export type Project = z.infer<typeof Project>;
export type Policy = z.infer<typeof Policy>;
export type Park = z.infer<typeof Park>;
export type Person = z.infer<typeof Person>;
export type Place = z.infer<typeof Place>;
export type Event = z.infer<typeof Event>;
export type ExchangeRate = z.infer<typeof ExchangeRate>;
export type NumeralSkip = z.infer<typeof NumeralSkip>;
export type ArticleInfo = z.infer<typeof ArticleInfo>;

/** One check of the article's totals against their parts, computed at build time and shown in the UI. */
export interface Reconciliation {
	id: string;
	label: Localized;
	/** The figure the article states as the total. */
	total: string;
	/** The figures or projects whose sum (or count) is compared with it. */
	parts: string[];
	/** `equal`: the parts add up to the total within its rounding; `at-most`: they do not exceed it. */
	relation: 'equal' | 'at-most';
	unit: Unit;
	statedValue: number;
	partsSum: number;
	difference: number;
	/** Largest difference the total's written precision allows (half its last digit). */
	tolerance: number;
	holds: boolean;
	note?: Localized;
	/**
	 * Where the parts include a conversion, the verdict rests on our exchange rate, not on the
	 * article: the check rerun over the rate's plausible range.
	 */
	rateDependence?: RateDependence;
}

export interface RateDependence {
	/** The exchange rate's id, and the rate the verdict above is for. */
	rate: string;
	chosen: number;
	low: number;
	high: number;
	partsSumAtLow: number;
	partsSumAtHigh: number;
	/** The part of [low, high] over which the check holds, or null if it holds nowhere in it. */
	holdsOver: { from: number; to: number } | null;
	/** The tolerance the check would need to hold over the whole range. */
	toleranceForWholeRange: number;
}

/** Everything the pages and downloads get: validated, cross-checked, ready to show. */
export interface Dataset {
	article: ArticleInfo & { paragraphs: string[] };
	figures: Figure[];
	sectors: Sector[];
	projects: Project[];
	policies: Policy[];
	parks: Park[];
	people: Person[];
	places: Place[];
	events: Event[];
	exchangeRates: ExchangeRate[];
	reconciliations: Reconciliation[];
}
