import { loadChartComponents } from '#lib/charts/chart-components.ts';
import type { PageLoad } from './$types';

// Only this chart's component: an embed loads nothing else.
export const load: PageLoad = async ({ data }) => ({
	...data,
	components: data.kind === 'chart' ? await loadChartComponents([data.id]) : {}
});
