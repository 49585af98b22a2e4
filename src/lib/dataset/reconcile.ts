/**
 * The article's totals checked against their parts. Each check is data the UI shows ("the six
 * projects add up to 70.35亿元 against the stated about 70亿元: within rounding"); one that fails
 * stops the build, because then a figure or a project record is wrong. A check whose parts are
 * converted from dollars rests on our exchange rate: it is rerun over the rate's plausible range,
 * and the UI says over which part of it the check holds.
 */
import type { ExchangeRate, Figure, Localized, Project, RateDependence, Reconciliation } from './schema.ts';
import { parseStatedText } from './stated-text.ts';
import { FACT_FILES, type ProblemList } from './problems.ts';

/** Figure ids the article's structure gives these checks. */
export const RECONCILED_FIGURES = {
	thisYearInvestment: 'investment-this-year',
	thisYearProjects: 'signed-projects-this-year',
	projectsInZone: 'projects-in-zone',
	projectsCumulative: 'signed-projects-cumulative',
	underConstruction: 'projects-under-construction',
	inProduction: 'projects-in-production'
} as const;

/**
 * Half the last written digit: 约70亿元 allows ±0.5亿元, 1.5亿美元 ±0.05亿美元. A number written
 * down to its unit (41个) is exact.
 */
function roundingOf(figure: Figure): number {
	const reading = figure.stated ? parseStatedText(figure.stated, figure.unit) : null;
	if (!reading || typeof reading === 'string' || reading.resolution === 1) return 0;
	return reading.resolution / 2;
}

interface Check {
	id: string;
	label: Localized;
	total: Figure;
	parts: { id: string; value: number }[];
	relation: Reconciliation['relation'];
	note?: Localized;
}

/** Rates are quoted to four decimals. */
const roundRate = (rate: number) => Math.round(rate * 1e4) / 1e4;

/**
 * An "equal" check whose parts include dollar conversions, rerun over the rate's range: the parts
 * add up to fixed + dollars × rate, so the check holds for the rates where that is within the
 * tolerance of the total.
 */
export function rateDependence(
	check: Pick<Reconciliation, 'statedValue' | 'tolerance'>,
	parts: Figure[],
	figures: ReadonlyMap<string, Figure>,
	rates: ReadonlyMap<string, ExchangeRate>
): RateDependence | undefined {
	const converted = parts.filter((p) => p.formula?.op === 'convert');
	const formula = converted[0]?.formula;
	const rate = formula?.op === 'convert' ? rates.get(formula.rate) : undefined;
	if (!rate) return undefined;
	const dollars = converted.reduce((sum, p) => sum + Number(figures.get(p.formula!.of[0]!)?.value), 0);
	const fixed = parts.filter((p) => !converted.includes(p)).reduce((sum, p) => sum + Number(p.value), 0);
	const sumAt = (r: number) => fixed + dollars * r;
	const [low, high] = [rate.range.low.rate, rate.range.high.rate];
	const from = Math.max(low, roundRate((check.statedValue - check.tolerance - fixed) / dollars));
	const to = Math.min(high, roundRate((check.statedValue + check.tolerance - fixed) / dollars));
	return {
		rate: rate.id,
		chosen: rate.rate,
		low,
		high,
		partsSumAtLow: sumAt(low),
		partsSumAtHigh: sumAt(high),
		holdsOver: from <= to ? { from, to } : null,
		toleranceForWholeRange: Math.max(
			Math.abs(sumAt(low) - check.statedValue),
			Math.abs(sumAt(high) - check.statedValue)
		)
	};
}

function evaluate({ id, label, total, parts, relation, note }: Check): Reconciliation {
	const statedValue = total.value as number;
	const partsSum = parts.reduce((sum, part) => sum + part.value, 0);
	const difference = partsSum - statedValue;
	const tolerance = roundingOf(total);
	const holds = relation === 'equal' ? Math.abs(difference) <= tolerance : partsSum <= statedValue;
	return {
		id,
		label,
		total: total.id,
		parts: parts.map((part) => part.id),
		relation,
		unit: total.unit,
		statedValue,
		partsSum,
		difference,
		tolerance,
		holds,
		...(note ? { note } : {})
	};
}

export function reconcile(
	figures: ReadonlyMap<string, Figure>,
	projects: Project[],
	problems: ProblemList,
	rates: ReadonlyMap<string, ExchangeRate> = new Map()
): Reconciliation[] {
	const missing = Object.values(RECONCILED_FIGURES).filter(
		(id) => typeof figures.get(id)?.value !== 'number'
	);
	for (const id of missing) {
		problems.add(
			FACT_FILES.figures,
			`record "${id}"`,
			'id',
			'missing, or not a number: the reconciliation of the article’s totals needs it'
		);
	}
	if (missing.length > 0) return [];
	const figure = (id: string) => figures.get(id)!;
	const numeric = (id: string) => ({ id, value: figure(id).value as number });

	const thisYear = projects.filter((p) => p.signedThisYear);
	const inYuan = thisYear.map((p) => figures.get(p.investmentInYuan ?? p.investment ?? ''));
	const unitless = thisYear.filter(
		(_, i) => typeof inYuan[i]?.value !== 'number' || inYuan[i]?.unit !== 'yuan'
	);
	for (const project of unitless) {
		problems.add(
			FACT_FILES.projects,
			`record "${project.id}"`,
			'investment',
			'a project signed this year needs its investment in yuan (stated or converted) for the reconciliation'
		);
	}
	if (unitless.length > 0) return [];

	const checks: Check[] = [
		{
			id: 'this-year-investment',
			label: {
				zh: '今年签约项目的投资之和与文中的今年总投资',
				en: 'This year’s signed projects added up, against the stated total for the year'
			},
			total: figure(RECONCILED_FIGURES.thisYearInvestment),
			parts: inYuan.map((f) => numeric(f!.id)),
			relation: 'equal',
			note: {
				zh: '以美元计的投资按本看板选定的汇率换算为人民币后计入：这项核对的结论取决于我们的汇率，不只取决于文中的数字。',
				en: 'Investment stated in dollars is counted after conversion to yuan at the rate we chose: this check’s verdict rests on our rate, not only on the article’s figures.'
			}
		},
		{
			id: 'this-year-project-count',
			label: {
				zh: '文中逐一列出的项目数与今年已签约项目数',
				en: 'Projects the article lists one by one, against the stated count signed this year'
			},
			total: figure(RECONCILED_FIGURES.thisYearProjects),
			parts: thisYear.map((p) => ({ id: p.id, value: 1 })),
			relation: 'equal'
		},
		{
			id: 'pipeline-stages',
			label: {
				zh: '在建与已投产项目之和不超过入园项目总数',
				en: 'Projects under construction and in production do not exceed all projects in the zone'
			},
			total: figure(RECONCILED_FIGURES.projectsInZone),
			parts: [numeric(RECONCILED_FIGURES.underConstruction), numeric(RECONCILED_FIGURES.inProduction)],
			relation: 'at-most'
		},
		{
			id: 'projects-total-restated',
			label: {
				zh: '文中两处给出的项目总数一致',
				en: 'The two places the article gives the project total agree'
			},
			total: figure(RECONCILED_FIGURES.projectsInZone),
			parts: [numeric(RECONCILED_FIGURES.projectsCumulative)],
			relation: 'equal'
		}
	];
	const results = checks.map((check) => {
		const result = evaluate(check);
		const parts = check.parts.map((part) => figures.get(part.id)).filter((f) => f !== undefined);
		const dependence =
			result.relation === 'equal' ? rateDependence(result, parts, figures, rates) : undefined;
		return dependence ? { ...result, rateDependence: dependence } : result;
	});
	for (const result of results.filter((r) => !r.holds)) {
		const expected = result.relation === 'equal' ? `within ±${result.tolerance}` : 'at most the total';
		problems.add(
			FACT_FILES.figures,
			`record "${result.total}"`,
			'value',
			`reconciliation "${result.id}" fails: parts (${result.parts.join(', ')}) add up to ${result.partsSum}, stated ${result.statedValue}, expected ${expected}`
		);
	}
	return results;
}
