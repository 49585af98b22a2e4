import { expect, test } from './fixtures.ts';
import { colourShares, parseRgb } from './map-pixels.ts';

// Runs in the `no-webgl` project: Chromium started with --disable-3d-apis.

test('without WebGL the map is drawn as SVG, says so, and never fetches MapLibre', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto('/en/');
	expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))).toBe(false);
	const map = page.locator('[data-map-id="zone-map"]');
	await map.scrollIntoViewIfNeeded();
	await expect(map).toHaveAttribute('data-map-state', 'svg-fallback');
	await expect(map.locator('.notice')).toHaveText(
		'This browser cannot use WebGL: the map is a static drawing.'
	);
	await expect(map.locator('.svg-layer')).toBeVisible();
	await page.waitForTimeout(1000);
	expect(requests.filter((url) => /maplibre/i.test(url))).toEqual([]);

	const zone = parseRgb(await map.locator('path.district.zone').evaluate((el) => getComputedStyle(el).fill));
	const land = parseRgb(
		await map
			.locator('path.district:not(.zone)')
			.first()
			.evaluate((el) => getComputedStyle(el).fill)
	);
	const shares = colourShares(await map.locator('.svg-map').screenshot(), { zone, land });
	expect(shares.zone).toBeGreaterThan(0.008);
	expect(shares.land).toBeGreaterThan(0.15);

	// The same legend and linking as the WebGL map.
	await expect(page.locator('[data-chart-id="zone-map"] .legend')).toContainText('approximate');
	await map
		.locator('.svg-map')
		.getByRole('button', { name: /High-tech Zone/ })
		.click();
	await expect(page.locator('.selection-bar')).toContainText('Langfang High-tech Zone');
	await expect(map.locator('path.district.zone[data-selection="selected"]')).toHaveCount(1);
});
