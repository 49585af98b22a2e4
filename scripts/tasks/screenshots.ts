/**
 * `npm run screenshots`: serves the built site and photographs pages at phone, laptop, 1080p and
 * 4K sizes, light and dark, Chinese and English, into screenshots/ (not committed). Run
 * `npm run build` first. Options: --path=/en/ (repeatable), --only=phone,laptop (also phone320,
 * phone360, phone412), --scheme=dark, --viewport-only, --charts.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/browser.ts';
import { startPreview } from '../lib/preview-server.ts';

const VIEWPORTS = {
	phone: { width: 375, height: 812 },
	// The narrow phones a picture desk checks (320: small Android and iPhone SE in zoomed mode).
	phone320: { width: 320, height: 640 },
	phone360: { width: 360, height: 780 },
	phone412: { width: 412, height: 915 },
	laptop: { width: 1280, height: 800 },
	hd: { width: 1920, height: 1080 },
	uhd: { width: 3840, height: 2160 }
} as const;

const args = process.argv.slice(2);
const paths = args.filter((a) => a.startsWith('--path=')).map((a) => a.slice(7));
const only = args
	.find((a) => a.startsWith('--only='))
	?.slice(7)
	.split(',');
const fullPage = !args.includes('--viewport-only');
const schemeOnly = args.find((a) => a.startsWith('--scheme='))?.slice(9);
// --charts: also photograph each chart on its own, as screenshots/charts/<id>-<size>-<scheme>-<lang>.png.
const charts = args.includes('--charts');
// --selector=CSS: photograph that element instead of the page.
const selector = args.find((a) => a.startsWith('--selector='))?.slice(11);
const port = 4180;

// The browser is found first: without one, nothing is started that would be left running.
const launchOptions = chromiumLaunchOptions();
const server = await startPreview(port);
try {
	fs.mkdirSync('screenshots', { recursive: true });
	const browser = await chromium.launch(launchOptions);
	for (const path of paths.length ? paths : ['/', '/en/']) {
		for (const [name, viewport] of Object.entries(VIEWPORTS)) {
			if (only && !only.includes(name)) continue;
			for (const scheme of ['light', 'dark'] as const) {
				if (schemeOnly && scheme !== schemeOnly) continue;
				const page = await browser.newPage({ viewport, colorScheme: scheme });
				await page.goto(`${server.origin}${path}`);
				await page.waitForLoadState('networkidle');
				// The WebGL map loads when it comes into view: bring it in and let it finish.
				const map = page.locator('[data-map-id]').first();
				if (await map.count()) {
					await map.scrollIntoViewIfNeeded();
					await page
						.locator('[data-map-state="webgl"], [data-map-state="svg-fallback"]')
						.first()
						.waitFor({ timeout: 15_000 })
						.catch(() => console.warn(`${path} ${name}: the map did not finish loading`));
					await page.waitForTimeout(300);
					await page.evaluate(() => window.scrollTo(0, 0));
				}
				const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}-${name}-${scheme}.png`;
				if (selector) await page.locator(selector).first().screenshot({ path: file });
				else await page.screenshot({ path: file, fullPage });
				console.log(file);
				if (charts) {
					fs.mkdirSync('screenshots/charts', { recursive: true });
					const lang = path.includes('/en/') ? 'en' : 'zh';
					for (const chart of await page.locator('[data-chart-id]').all()) {
						const id = await chart.getAttribute('data-chart-id');
						await chart.screenshot({ path: `screenshots/charts/${id}-${name}-${scheme}-${lang}.png` });
					}
				}
				await page.close();
			}
		}
	}
	await browser.close();
} finally {
	await server.stop();
}
