import { expect, test } from './fixtures.ts';

// Runs in the `dev` project against `vite dev`: the README's first command must give a working
// dashboard, not only the production build. (Guards, e.g., against a dependency that Vite's
// dev-time optimiser cannot bundle.)
test('the dev server serves the dashboard, charts and the WebGL map', async ({ page }) => {
	// vite dev bundles MapLibre on first request: the 60 s wait below needs a test timeout above it.
	test.slow();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto('/');
	await expect(page.locator('[data-chart-id="investment-by-project"]')).toContainText('26.3亿元');
	const map = page.locator('[data-map-id="zone-map"]');
	await map.scrollIntoViewIfNeeded();
	await expect(map).toHaveAttribute('data-map-state', 'webgl', { timeout: 60_000 });
	expect(errors).toEqual([]);
});
