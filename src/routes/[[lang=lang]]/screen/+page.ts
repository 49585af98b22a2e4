import { CHARTS } from '#lib/charts/registry.ts';
import { loadChartComponents } from '#lib/charts/chart-components.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	components: await loadChartComponents(CHARTS.map((chart) => chart.id))
});
