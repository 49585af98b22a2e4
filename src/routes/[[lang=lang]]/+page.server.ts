import { loadDataset } from '#lib/server/load-dataset.ts';
import { loadRepairNotes } from '#lib/server/repair-notes.ts';
import { localeFromParam } from '#lib/i18n/locale.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	locale: localeFromParam(params.lang),
	dataset: loadDataset(),
	repair: loadRepairNotes()
});
