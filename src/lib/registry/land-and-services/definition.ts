/**
 * Land and services: sites handed over to new, better projects (腾笼换鸟), round-the-clock approvals
 * at weekends and holidays, the parks-in-the-park the zone plans (names only: the article gives
 * them no figures), and the campaign, plans and mechanism the article names.
 */
import type { Dataset, Figure } from '../../dataset/schema.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { defineChart } from '../definition.ts';
import { figureTable, figureTiles } from '../common/figure-parts.ts';
import { selectFigures } from '../common/figures.ts';
import words from './words.json' with { type: 'json' };

interface LandAndServices {
	figures: Figure[];
	parks: Dataset['parks'];
	policies: Dataset['policies'];
}

export default defineChart<LandAndServices>({
	id: 'land-and-services',
	...words,
	minSize: { width: 280, height: 260 },
	keyFigure: 'cage-for-new-birds',
	select: ({ dataset }) => ({
		figures: selectFigures(dataset, ['cage-for-new-birds', 'approval-service-hours']),
		parks: dataset.parks,
		policies: dataset.policies
	}),
	figures: (data) => data.figures,
	otherSources: (data) =>
		[...data.parks, ...data.policies].map((p) => ({ quote: p.quote, paragraph: p.paragraph })),
	table: (data, locale, m) => {
		const table = figureTable(data.figures, locale);
		return {
			...table,
			rows: [
				...table.rows,
				...data.parks.map((p) => [p.name[locale], m.planned, m.kindStated]),
				...data.policies.map((p) => [p.name[locale], m.policyKinds[p.kind] ?? p.kind, m.kindStated])
			]
		};
	},
	body: (data, locale) => {
		const m = MESSAGES[locale];
		return {
			parts: [
				{ ...figureTiles(data.figures, locale), id: 'tiles' },
				{
					shape: 'list',
					style: 'planned',
					badge: m.planned,
					items: data.parks.map((p) => ({ id: p.id, name: p.name[locale] })),
					heading: m.plannedParks
				},
				{
					shape: 'list',
					style: 'tagged',
					items: data.policies.map((p) => ({
						id: p.id,
						name: p.name[locale],
						badge: m.policyKinds[p.kind] ?? p.kind,
						...(p.note ? { note: p.note[locale] } : {})
					})),
					heading: m.policies
				}
			],
			gap: 4,
			fill: 'spread'
		};
	}
});
