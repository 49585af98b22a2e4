/** This year's signed projects with their investment, in yuan on one scale: the dollar one converted. */
import type { Dataset, Figure, Localized, Name } from '../../dataset/schema.ts';
import { figureMap, need, numeric, selectionKeys } from '../common/figures.ts';
import { sectorsOf, type ProjectSectors } from '../common/sectors.ts';

export interface ProjectInvestmentRow extends ProjectSectors {
	project: string;
	name: Name;
	/** Why we take this project's investment to be the article's foreign investment, if we do. */
	identification: Localized | null;
	/** Value on the chart's common scale: yuan. */
	yuan: number;
	/** The figure as the article states it (may be dollars). */
	stated: Figure;
	/** The converted figure when the article states dollars. */
	converted: Figure | null;
	keys: string[];
}

/** This year's signed projects, largest investment first, all in yuan (dollars converted, flagged). */
export function selectInvestmentByProject(dataset: Dataset): ProjectInvestmentRow[] {
	const figures = figureMap(dataset);
	const sectors = new Map(dataset.sectors.map((s) => [s.id, s]));
	return dataset.projects
		.filter((p) => p.signedThisYear && p.investment)
		.map((p) => {
			const stated = need(figures, p.investment!);
			const converted = p.investmentInYuan ? need(figures, p.investmentInYuan) : null;
			return {
				project: p.id,
				name: p.name,
				...sectorsOf(p, sectors),
				identification: p.foreignInvestment?.reason ?? null,
				yuan: numeric(converted ?? stated),
				stated,
				converted,
				keys: selectionKeys(p)
			};
		})
		.sort((a, b) => b.yuan - a.yuan || a.project.localeCompare(b.project));
}
