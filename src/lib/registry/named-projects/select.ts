/** Every project the article names, by how far it has got (where it says), then by investment. */
import type { Dataset, Figure, Project, Stage } from '../../dataset/schema.ts';
import { figureMap, need, selectionKeys } from '../common/figures.ts';
import { sectorsOf, type ProjectSectors } from '../common/sectors.ts';

export interface NamedProjectRow extends ProjectSectors {
	project: Project;
	investment: Figure | null;
	stage: Stage | null;
	keys: string[];
}

export const STAGE_ORDER: readonly Stage[] = ['signed', 'under-construction', 'in-production'];

export function selectNamedProjects(dataset: Dataset): NamedProjectRow[] {
	const figures = figureMap(dataset);
	// Furthest along first; projects whose stage the article does not give come last.
	const rank = (stage: Stage | null) => (stage ? STAGE_ORDER.indexOf(stage) : -1);
	const sectors = new Map(dataset.sectors.map((s) => [s.id, s]));
	return dataset.projects
		.map((project) => ({
			project,
			...sectorsOf(project, sectors),
			investment: project.investment ? need(figures, project.investment) : null,
			stage: project.stage?.value ?? null,
			keys: selectionKeys(project)
		}))
		.sort(
			(a, b) =>
				rank(b.stage) - rank(a.stage) ||
				Number(b.investment?.value ?? 0) - Number(a.investment?.value ?? 0) ||
				a.project.id.localeCompare(b.project.id)
		);
}
