/** All projects in the zone split by stage; the count in preparation is derived from the total. */
import type { Dataset, Figure } from '../../dataset/schema.ts';
import { figureMap, need, numeric } from '../common/figures.ts';

export type PipelineStage = 'preparation' | 'under-construction' | 'in-production';

export interface PipelineSegment {
	stage: PipelineStage;
	figure: Figure;
	count: number;
	/** Projects counted before this segment, for stacking. */
	start: number;
}

export interface Pipeline {
	total: Figure;
	segments: PipelineSegment[];
}

export function selectPipeline(dataset: Dataset): Pipeline {
	const figures = figureMap(dataset);
	const order: [PipelineStage, string][] = [
		['in-production', 'projects-in-production'],
		['under-construction', 'projects-under-construction'],
		['preparation', 'projects-in-preparation']
	];
	let start = 0;
	const segments = order.map(([stage, id]) => {
		const figure = need(figures, id);
		const segment = { stage, figure, count: numeric(figure), start };
		start += segment.count;
		return segment;
	});
	return { total: need(figures, 'projects-in-zone'), segments };
}
