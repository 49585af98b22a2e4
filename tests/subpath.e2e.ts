import { expect, test } from './fixtures.ts';

// Served by the second web server in playwright.config.ts: the site built with BASE_PATH=/langfang.
const BASE = '/langfang';

test('the site works from a sub-path: pages, assets, links and downloads', async ({ page, request }) => {
	const failed: string[] = [];
	page.on(
		'response',
		(response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`)
	);
	page.on('pageerror', (error) => failed.push(error.message));
	await page.goto(`${BASE}/`);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('[data-headline-figure="investment-cumulative"]')).toContainText('268.7亿元');
	expect(failed).toEqual([]);

	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}/en/$`));
	await expect(page.locator('[data-headline-figure="investment-cumulative"]')).toContainText(
		'26.87 billion yuan'
	);

	const json = await request.get(`${BASE}/data/facts.json`);
	expect(json.ok()).toBe(true);
	const csvHref = await page.getByRole('link', { name: /CSV/ }).getAttribute('href');
	const csv = await request.get(new URL(csvHref!, page.url()).href);
	expect(csv.ok()).toBe(true);
	expect(failed).toEqual([]);
});

test.describe('an online basemap (configured for this build)', () => {
	const map = (page: import('./fixtures.ts').Page) => page.locator('[data-map-id="zone-map"]');

	test('that fails to load: the map falls back to its offline style and says so', async ({ page }) => {
		// Never answered: the map must give up on it by itself.
		await page.route('https://basemap.example.invalid/**', () => {});
		await page.goto(`${BASE}/en/`);
		await map(page).scrollIntoViewIfNeeded();
		await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 20_000 });
		await expect(map(page)).toHaveAttribute('data-style-outcome', 'online-failed');
		await expect(map(page).locator('.notice')).toHaveText(
			'The online basemap did not load in time: the map uses its offline style.'
		);
		await expect(map(page).locator('canvas.maplibregl-canvas')).toBeVisible();
	});

	test('that loads: the map uses it under the districts', async ({ page }) => {
		await page.route('https://basemap.example.invalid/style.json', (route) =>
			route.fulfill({
				json: {
					version: 8,
					sources: {},
					layers: [{ id: 'osm-background', type: 'background', paint: { 'background-color': '#00ff00' } }]
				}
			})
		);
		await page.goto(`${BASE}/`);
		await map(page).scrollIntoViewIfNeeded();
		await expect(map(page)).toHaveAttribute('data-map-state', 'webgl', { timeout: 20_000 });
		await expect(map(page)).toHaveAttribute('data-style-outcome', 'online');
		await expect(map(page).locator('.notice')).toHaveText('');
	});
});
