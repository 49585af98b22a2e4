import { loadRepairNotes } from '#lib/server/repair-notes.ts';
import { localeFromParam } from '#lib/i18n/locale.ts';
import { CHARTS } from '#lib/charts/registry.ts';
import { prepareChart } from '#lib/charts/prepare.ts';
import { prepareMap } from '#lib/map/map-view.ts';
import { readDistricts } from '#lib/map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from '#lib/server/load-dataset.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const dataset = loadDataset();
	return {
		locale: localeFromParam(params.lang),
		dataset,
		repair: loadRepairNotes(),
		charts: CHARTS.map((chart) => prepareChart(chart, dataset)),
		map: prepareMap(dataset, readDistricts(PROJECT_ROOT))
	};
};
