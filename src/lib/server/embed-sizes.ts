/**
 * The heights the build gives each embed's code and index entry: the measured ones, or, for a chart
 * added since the last `npm run embed-heights`, its minimum height, with a warning in the build's
 * output naming it (once a process). The heights test fails until it is measured.
 */
import { embedHeights, isMeasured, type HeightsVariant } from '../embed/embed-heights.ts';
import type { HeightsByWidth } from '../embed/embed-code.ts';
import type { ChartDefinition } from '../registry/definition.ts';

const warned = new Set<string>();

export function buildHeights(entry: ChartDefinition): Record<HeightsVariant, HeightsByWidth> {
	if (!isMeasured(entry.id) && !warned.has(entry.id)) {
		warned.add(entry.id);
		console.warn(
			`embed heights: "${entry.id}" is not measured yet; its embed code reserves its minimum height (${entry.minSize.height} px) at every width. Run \`npm run build && npm run embed-heights\` and commit src/lib/embed/heights.json.`
		);
	}
	return embedHeights(entry.id, entry.minSize.height);
}

/** The minimum heights of the entries not measured yet, for the embed dialog's code. */
export function unmeasuredHeights(entries: readonly ChartDefinition[]): Record<string, number> {
	return Object.fromEntries(
		entries.filter((entry) => !isMeasured(entry.id)).map((entry) => [entry.id, entry.minSize.height])
	);
}
