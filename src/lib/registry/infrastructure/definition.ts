/**
 * The zone's infrastructure: road and pipeline lengths on one kilometre scale (the pipelines'
 * "over 300 km" fades out past 300), and the figures that share no scale as tiles.
 */
import { axisUnitLabel } from '../../format/figure-value.ts';
import { figureBarRows, figureTiles } from '../common/figure-parts.ts';
import { defineFigureGroup } from '../common/figure-group.ts';
import words from './words.json' with { type: 'json' };

export const INFRASTRUCTURE_FIGURES = [
	'road-network-length',
	'pipeline-length',
	'infrastructure-investment',
	'nine-connections-one-levelling',
	'farmland-replanned-area'
] as const;

export default defineFigureGroup({
	id: 'infrastructure',
	...words,
	unit: axisUnitLabel('km'),
	figureIds: INFRASTRUCTURE_FIGURES,
	minSize: { width: 280, height: 300 },
	keyFigure: 'infrastructure-investment',
	body: (figures, locale) => ({
		parts: [
			figureBarRows(
				figures.filter((f) => f.unit === 'km'),
				'km',
				locale
			),
			{
				...figureTiles(
					figures.filter((f) => f.unit !== 'km'),
					locale
				),
				id: 'tiles'
			}
		],
		gap: 4,
		fill: 'spread'
	})
});
