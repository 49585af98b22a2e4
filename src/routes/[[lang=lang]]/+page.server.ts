import { loadDataset } from '#lib/server/load-dataset.ts';
import { loadRepairNotes } from '#lib/server/repair-notes.ts';
import { localeFromParam } from '#lib/i18n/locale.ts';
import { CHARTS } from '#lib/charts/registry.ts';
import { prepareChart } from '#lib/charts/prepare.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const dataset = loadDataset();
	return {
		locale: localeFromParam(params.lang),
		dataset,
		repair: loadRepairNotes(),
		charts: CHARTS.map((chart) => prepareChart(chart, dataset))
	};
};
