/**
 * The return to work after the epidemic: enterprises, projects and workers back, drawn as squares
 * (a square of workers stands for 100; "more than" fades out), and the relief fund as a tile.
 */
import { figureTiles, figureUnitRow } from '../common/figure-parts.ts';
import { defineFigureGroup } from '../common/figure-group.ts';

export default defineFigureGroup({
	id: 'recovery',
	title: { zh: '复工复产', en: 'Back at work after the epidemic' },
	subtitle: {
		zh: '企业、在建项目与复岗人员，以及纾困资金',
		en: 'Enterprises, projects and workers back, and the relief fund'
	},
	figureIds: ['enterprises-resumed', 'projects-resumed', 'workers-back', 'relief-fund'],
	minSize: { width: 280, height: 260 },
	keyFigure: 'workers-back',
	describe: {
		zh: '方格图，每格代表一家企业、一个项目或一百名复岗人员；纾困资金另列。',
		en: 'Unit chart: each square is one enterprise, one project or 100 workers; the relief fund is listed apart.'
	},
	body: (figures, locale) => ({
		parts: [
			{
				shape: 'unit-rows',
				rows: figures.filter((f) => f.unit !== 'yuan').map((figure) => figureUnitRow(figure, locale))
			},
			{
				...figureTiles(
					figures.filter((f) => f.unit === 'yuan'),
					locale
				),
				id: 'tiles'
			}
		],
		gap: 3,
		fill: 'start'
	})
});
