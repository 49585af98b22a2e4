/**
 * The return to work after the epidemic: enterprises, projects and workers back, drawn as squares
 * (a square of workers stands for 100; "more than" fades out), and the relief fund as a tile.
 */
import { figureTiles, figureUnitRow } from '../common/figure-parts.ts';
import { defineFigureGroup } from '../common/figure-group.ts';
import words from './words.json' with { type: 'json' };

export default defineFigureGroup({
	id: 'recovery',
	...words,
	figureIds: ['enterprises-resumed', 'projects-resumed', 'workers-back', 'relief-fund'],
	minSize: { width: 280, height: 260 },
	keyFigure: 'workers-back',
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
