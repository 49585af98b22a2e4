/**
 * `npm run embed-heights`: after `npm run build`, measures every embed's height at each width in
 * both languages and writes src/lib/embed/heights.json (commit it). A browser test fails when the
 * file no longer matches the build.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/browser.ts';
import { REGISTRY } from '../../src/lib/registry/index.ts';
import { HEIGHTS_FILE, formatHeights, measureEmbeds } from '../lib/measure-embeds.ts';
import { startPreview } from '../lib/preview-server.ts';

// The browser is found first: without one, nothing is started that would be left running.
const launchOptions = chromiumLaunchOptions();
const server = await startPreview(4181);
try {
	const browser = await chromium.launch(launchOptions);
	const heights = await measureEmbeds(
		browser,
		server.origin,
		REGISTRY.map((entry) => entry.id)
	);
	await browser.close();
	fs.writeFileSync(HEIGHTS_FILE, formatHeights(heights));
	console.log(`Wrote ${HEIGHTS_FILE}.`);
} finally {
	await server.stop();
}
