/**
 * A chart of a fixed set of figures: its data is those figures, its table lists them. Most of the
 * dashboard's smaller charts are one.
 */
import type { ChartBody } from '../../charts/body.ts';
import type { Figure } from '../../dataset/schema.ts';
import type { Locale } from '../../i18n/locale.ts';
import { defineChart, type ChartDefinition } from '../definition.ts';
import { figureTable } from './figure-parts.ts';
import { selectFigures } from './figures.ts';

export function defineFigureGroup(
	definition: Omit<ChartDefinition<Figure[]>, 'select' | 'figures' | 'table' | 'body'> & {
		figureIds: readonly string[];
		body: (figures: Figure[], locale: Locale) => ChartBody;
	}
): ChartDefinition {
	const { figureIds, ...rest } = definition;
	return defineChart<Figure[]>({
		...rest,
		select: ({ dataset }) => selectFigures(dataset, figureIds),
		figures: (figures) => figures,
		table: figureTable
	});
}
