/**
 * The zone's infrastructure: road and pipeline lengths on one kilometre scale (the pipelines'
 * "over 300 km" fades out past 300), and the figures that share no scale as tiles.
 */
import { axisUnitLabel } from '../../format/figure-value.ts';
import { figureBarRows, figureTiles } from '../common/figure-parts.ts';
import { defineFigureGroup } from '../common/figure-group.ts';

export const INFRASTRUCTURE_FIGURES = [
	'road-network-length',
	'pipeline-length',
	'infrastructure-investment',
	'nine-connections-one-levelling',
	'farmland-replanned-area'
] as const;

export default defineFigureGroup({
	id: 'infrastructure',
	title: { zh: '基础设施', en: 'Infrastructure' },
	subtitle: {
		zh: '路网、管线、投资与“九通一平”',
		en: 'Roads, pipelines, investment and “nine connections, one levelling”'
	},
	unit: axisUnitLabel('km'),
	figureIds: INFRASTRUCTURE_FIGURES,
	minSize: { width: 280, height: 300 },
	keyFigure: 'infrastructure-investment',
	describe: {
		zh: '条形图比较路网与管线长度，另以数字卡片列出基础设施投资、“九通一平”和基本农田调出范围。',
		en: 'Bars compare road and pipeline lengths; tiles give infrastructure investment, the “nine connections” standard and the area released from basic-farmland protection.'
	},
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
