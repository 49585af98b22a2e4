/** What an embed page shows, prepared at build time for one entry of the registry and one language. */
import { error } from '@sveltejs/kit';
import { REGISTRY, registryEntry } from '#lib/registry/index.ts';
import { prepareFrame } from '#lib/registry/prepare-frame.ts';
import { readDistricts } from '#lib/map/geodata-files.ts';
import { localeFromParam } from '#lib/i18n/locale.ts';
import { PROJECT_ROOT, loadDataset } from '#lib/server/load-dataset.ts';

/** Every embed, in both languages, for the prerenderer (nothing links to them all). */
export function embedEntries(): { lang?: string; id: string }[] {
	return REGISTRY.flatMap((entry) => [{ id: entry.id }, { lang: 'en', id: entry.id }]);
}

export function embedContent(params: { lang?: string; id: string }) {
	const entry = registryEntry(params.id);
	if (!entry) error(404, `No chart "${params.id}"`);
	const locale = localeFromParam(params.lang);
	const frame = prepareFrame(
		entry,
		{ dataset: loadDataset(), districts: readDistricts(PROJECT_ROOT) },
		locale
	);
	return { id: entry.id, locale, title: frame.title, frame, figureIds: frame.figureIds };
}
