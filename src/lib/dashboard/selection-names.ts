/**
 * The name of everything a reader can select, by selection key, for the selection bar: a project
 * by the short name the charts label it with (the bar is one line at the foot of the window).
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Locale } from '../i18n/locale.ts';

export function selectionNames(dataset: Dataset, locale: Locale): Record<string, string> {
	return Object.fromEntries([
		...dataset.sectors.map((s) => [`sector:${s.id}`, s.name[locale]]),
		...dataset.projects.map((p) => [`project:${p.id}`, (p.shortName ?? p.name)[locale]]),
		...dataset.places.map((p) => [`place:${p.id}`, p.name[locale]])
	]);
}
