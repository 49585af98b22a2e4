/**
 * Reading figures and projects out of the dataset for a chart: by id, in a fixed order, failing
 * loudly when one is missing so a chart never silently draws less, and the selection keys a
 * project's marks answer to.
 */
import type { Dataset, Figure, Project } from '../../dataset/schema.ts';

export type FigureMap = ReadonlyMap<string, Figure>;

export function figureMap(dataset: Pick<Dataset, 'figures'>): Map<string, Figure> {
	return new Map(dataset.figures.map((f) => [f.id, f]));
}

export function need(figures: FigureMap, id: string): Figure {
	const figure = figures.get(id);
	if (!figure) throw new Error(`chart data: figure "${id}" is missing from the dataset`);
	return figure;
}

export function numeric(figure: Figure): number {
	if (typeof figure.value !== 'number') throw new Error(`chart data: figure "${figure.id}" is not a number`);
	return figure.value;
}

/** Figures in a fixed order; throws when one is missing so a chart never silently drops a number. */
export function selectFigures(dataset: Pick<Dataset, 'figures'>, ids: readonly string[]): Figure[] {
	const figures = figureMap(dataset);
	return ids.map((id) => need(figures, id));
}

/** The place every project the article names lies in (its site is never given). */
export const ZONE_PLACE = 'langfang-high-tech-zone';
export const ZONE_PLACE_KEY = `place:${ZONE_PLACE}` as const;

/** Keys a mark answers to when something is selected: its project, its sector, the zone. */
export function selectionKeys(project: Pick<Project, 'id' | 'sector'>): string[] {
	return [
		`project:${project.id}`,
		...(project.sector ? [`sector:${project.sector.id}`] : []),
		ZONE_PLACE_KEY
	];
}
