import { localeFromParam } from '#lib/i18n/locale.ts';
import { REGISTRY } from '#lib/registry/index.ts';
import { prepareFrame } from '#lib/registry/prepare-frame.ts';
import { readDistricts } from '#lib/map/geodata-files.ts';
import { HEADLINE_FIGURES } from '#lib/dashboard/headline-figures.ts';
import { selectionNames } from '#lib/dashboard/selection-names.ts';
import { PROJECT_ROOT, loadDataset } from '#lib/server/load-dataset.ts';
import { socialImage } from '#lib/server/chart-images.ts';
import { unmeasuredHeights } from '#lib/server/embed-sizes.ts';

/** The chart whose image stands for the dashboard in link previews: the first and biggest story. */
const DASHBOARD_SOCIAL_IMAGE = 'investment-by-project';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = localeFromParam(params.lang);
	const dataset = loadDataset();
	const sources = { dataset, districts: readDistricts(PROJECT_ROOT) };
	const byId = new Map(dataset.figures.map((f) => [f.id, f]));
	return {
		locale,
		year: dataset.article.year.value,
		summary: dataset.article.summary[locale],
		headline: HEADLINE_FIGURES.map((id) => byId.get(id)!),
		frames: REGISTRY.map((entry) => prepareFrame(entry, sources, locale)),
		wide: REGISTRY.filter((entry) => entry.wide).map((entry) => entry.id),
		reconciliations: dataset.reconciliations,
		figures: dataset.reconciliations.map((r) => byId.get(r.total)!),
		exchangeRates: dataset.exchangeRates,
		selectionNames: selectionNames(dataset, locale),
		socialImage: socialImage(DASHBOARD_SOCIAL_IMAGE, locale),
		embed: {
			titles: Object.fromEntries(REGISTRY.map((entry) => [entry.id, entry.title])),
			unmeasured: unmeasuredHeights(REGISTRY)
		}
	};
};
