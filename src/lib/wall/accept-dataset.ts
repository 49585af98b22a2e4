/**
 * Whether data fetched by the wall can be shown: it must look like the dataset the build
 * writes (data/facts.json) and every chart and the map must be able to draw it. A bad deployment
 * then shows as a failed update (the wall keeps its last good data) instead of a broken wall.
 */
import type { Dataset } from '../dataset/schema.ts';
import type { Locale } from '../i18n/locale.ts';
import type { DistrictCollection } from '../map/geodata.ts';
import { REGISTRY } from '../registry/index.ts';
import { prepareFrame } from '../registry/prepare-frame.ts';

const LISTS = [
	'figures',
	'sectors',
	'projects',
	'places',
	'events',
	'reconciliations',
	'exchangeRates'
] as const;

export function acceptDataset(json: unknown, locale: Locale, districts: DistrictCollection): Dataset {
	const data = json as Partial<Dataset> | null;
	if (!data || typeof data !== 'object') throw new Error('facts.json: not an object');
	for (const list of LISTS)
		if (!Array.isArray(data[list])) throw new Error(`facts.json: "${list}" is not a list`);
	if (!Array.isArray(data.article?.paragraphs))
		throw new Error('facts.json: "article.paragraphs" is not a list');
	const dataset = data as Dataset;
	// Throws, naming the chart, when a chart cannot draw it.
	for (const entry of REGISTRY) prepareFrame(entry, { dataset, districts }, locale);
	return dataset;
}
