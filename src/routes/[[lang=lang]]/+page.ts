import { loadChartComponents } from '#lib/charts/chart-components.ts';
import type { PageLoad } from './$types';

// Components cannot travel in server data: the universal load adds the ones the page shows.
export const load: PageLoad = async ({ data }) => ({
	...data,
	components: await loadChartComponents(data.frames.map((frame) => frame.id))
});
