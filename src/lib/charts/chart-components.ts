/**
 * Chart components by id, loaded through the registry's lazy imports: a page's universal load
 * awaits the ones it shows, so its server render (and, where a page hydrates, its client) gets
 * exactly those.
 */
import type { Component } from 'svelte';
import type { ChartProps } from './chart-props.ts';
import { chartById } from './registry.ts';

export type ChartComponents = Record<string, Component<ChartProps<unknown>>>;

export async function loadChartComponents(ids: readonly string[]): Promise<ChartComponents> {
	const loaded = await Promise.all(
		ids.map(async (id) => {
			const chart = chartById(id);
			if (!chart) throw new Error(`no chart "${id}" in the registry`);
			return [id, (await chart.load()).default] as const;
		})
	);
	return Object.fromEntries(loaded);
}
