/**
 * 泉恩管业 (Quanen Pipes): phase 1 in production with its record April output; phase 2 planned,
 * its 95 production lines drawn as outlined squares; and the total annual capacity, apart, since
 * the article leaves open whether it is phase 2's or the whole company's.
 */
import type { Figure } from '../../dataset/schema.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { figureTiles, figureUnitRow } from '../common/figure-parts.ts';
import { defineFigureGroup } from '../common/figure-group.ts';
import words from './words.json' with { type: 'json' };

function need(figures: Figure[], id: string): Figure {
	const figure = figures.find((f) => f.id === id);
	if (!figure) throw new Error(`quanen-output: figure "${id}" is missing`);
	return figure;
}

export default defineFigureGroup({
	id: 'quanen-output',
	...words,
	figureIds: [
		'quanen-april-output',
		'quanen-planned-lines',
		'quanen-annual-capacity',
		'date-quanen-record-month'
	],
	minSize: { width: 280, height: 300 },
	keyFigure: 'quanen-april-output',
	body: (figures, locale) => {
		const m = MESSAGES[locale];
		return {
			parts: [
				{ ...figureTiles([need(figures, 'quanen-april-output')], locale), id: 'phase1', heading: m.phase1 },
				{
					shape: 'unit-rows',
					rows: [figureUnitRow(need(figures, 'quanen-planned-lines'), locale, { planned: true })],
					id: 'lines',
					heading: m.phase2
				},
				{
					...figureTiles([need(figures, 'quanen-annual-capacity')], locale),
					id: 'capacity',
					heading: m.quanenCapacity
				}
			],
			gap: 4,
			fill: 'spread',
			// Far away, the two figures side by side (the longer heading wider), the lines under them.
			wideLow: { columns: 'minmax(0, 2fr) minmax(0, 3fr)', areas: ['phase1 capacity', 'lines lines'] }
		};
	}
});
