/** This year's signed investment added up by sector (our classification), every sector shown. */
import type { Dataset, Figure, Sector } from '../../dataset/schema.ts';
import { ZONE_PLACE_KEY, figureMap, need } from '../common/figures.ts';
import { selectInvestmentByProject, type ProjectInvestmentRow } from '../investment-by-project/select.ts';

export interface SectorInvestmentRow {
	sector: Sector;
	yuan: number;
	projects: ProjectInvestmentRow[];
	/** Projects counted in another sector that could as well be counted here: not in `yuan`. */
	alsoFitting: ProjectInvestmentRow[];
	/** True when any part was converted from dollars. */
	includesConverted: boolean;
	keys: string[];
}

export interface SectorInvestment {
	rows: SectorInvestmentRow[];
	/** Context the article gives: cumulative and this year's totals. */
	context: Figure[];
}

/** The same money by sector (our classification), every sector shown, even one with no project. */
export function selectInvestmentBySector(dataset: Dataset): SectorInvestment {
	const figures = figureMap(dataset);
	const projects = selectInvestmentByProject(dataset);
	const rows = dataset.sectors
		.map((sector) => {
			const inSector = projects.filter((p) => p.sector === sector.id);
			return {
				sector,
				yuan: inSector.reduce((sum, p) => sum + p.yuan, 0),
				projects: inSector,
				alsoFitting: projects.filter((p) => p.alsoFits?.sector === sector.id),
				includesConverted: inSector.some((p) => p.converted),
				keys: [
					`sector:${sector.id}`,
					...inSector.map((p) => `project:${p.project}`),
					...(inSector.length ? [ZONE_PLACE_KEY] : [])
				]
			};
		})
		.sort((a, b) => b.yuan - a.yuan || Number(b.sector.targetIndustry) - Number(a.sector.targetIndustry));
	const context = [
		'investment-cumulative',
		'signed-projects-cumulative',
		'investment-this-year',
		'signed-projects-this-year'
	].map((id) => need(figures, id));
	return { rows, context };
}
