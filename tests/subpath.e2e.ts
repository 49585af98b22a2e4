import { expect, test } from '@playwright/test';

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
