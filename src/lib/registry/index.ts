/**
 * Every chart and the map, each declared once in its own folder, in the order the dashboard shows
 * them. The dashboard, the embeds, the wall and the images iterate over REGISTRY; no surface has
 * its own copy of a chart. A new chart is its folder and one line here (README, "Adding a chart").
 */
import type { ChartDefinition } from './definition.ts';

const definitions = await Promise.all([
	import('./zone-map/definition.ts'),
	import('./investment-by-project/definition.ts'),
	import('./investment-by-sector/definition.ts'),
	import('./pipeline-stages/definition.ts'),
	import('./infrastructure/definition.ts'),
	import('./entry-thresholds/definition.ts'),
	import('./recovery/definition.ts'),
	import('./timeline/definition.ts'),
	import('./quanen-output/definition.ts'),
	import('./named-projects/definition.ts'),
	import('./land-and-services/definition.ts')
]);

export const REGISTRY: readonly ChartDefinition[] = definitions.map((module) => module.default);

export function registryEntry(id: string): ChartDefinition | undefined {
	return REGISTRY.find((entry) => entry.id === id);
}
