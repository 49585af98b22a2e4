import { localeFromParam } from '#lib/i18n/locale.ts';
import { loadDataset } from '#lib/server/load-dataset.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const dataset = loadDataset();
	return {
		locale: localeFromParam(params.lang),
		year: dataset.article.year.value,
		figures: dataset.figures,
		exchangeRates: dataset.exchangeRates
	};
};
