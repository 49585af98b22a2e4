import { localeFromParam } from '#lib/i18n/locale.ts';
import { readDistricts } from '#lib/map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from '#lib/server/load-dataset.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// The wall (src/lib/wall/). Its URL stays /screen/ (kiosks in the field have it as their start URL),
// so this route keeps that folder name. It is an application: it re-reads the data and redraws its
// charts in the browser.
export const csr = true;

export const load: PageServerLoad = ({ params }) => ({
	locale: localeFromParam(params.lang),
	dataset: loadDataset(),
	districts: readDistricts(PROJECT_ROOT)
});

// Nothing links to the wall: both languages are listed for the prerenderer.
export const entries: EntryGenerator = () => [{}, { lang: 'en' }];
