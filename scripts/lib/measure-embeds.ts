/**
 * How tall each embed is at each width of EMBED_WIDTHS, in each language, measured in Chromium on
 * a served build: what the host snippet and the embed code reserve so host pages do not jump.
 * Shared by `npm run embed-heights` (which writes them) and the browser test that checks them.
 */
import type { Browser, Page } from '@playwright/test';
import { EMBED_WIDTHS, type HeightsByWidth } from '../../src/lib/embed/embed-code.ts';
import { embedPath } from '../../src/lib/embed/embed-paths.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locale.ts';

export type { EmbedHeights } from '../../src/lib/embed/embed-heights.ts';
import type { EmbedHeights } from '../../src/lib/embed/embed-heights.ts';

export const HEIGHTS_FILE = 'src/lib/embed/heights.json';

async function measureEmbed(page: Page, origin: string, id: string, locale: Locale): Promise<HeightsByWidth> {
	await page.setViewportSize({ width: EMBED_WIDTHS[0], height: 600 });
	await page.goto(`${origin}/${embedPath(locale, id)}`);
	const heights: HeightsByWidth = {};
	for (const width of EMBED_WIDTHS) {
		await page.setViewportSize({ width, height: 600 });
		heights[width] = await page.evaluate(() =>
			Math.ceil(document.documentElement.getBoundingClientRect().height)
		);
	}
	return heights;
}

/** Heights depend on layout alone: the page's script is not needed, and not waited for. */
export async function measureEmbeds(
	browser: Browser,
	origin: string,
	ids: readonly string[]
): Promise<EmbedHeights> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	try {
		const result: EmbedHeights = {};
		for (const id of ids) {
			const entry = {} as Record<Locale, HeightsByWidth>;
			for (const locale of LOCALES) entry[locale] = await measureEmbed(page, origin, id, locale);
			result[id] = entry;
		}
		return result;
	} finally {
		await context.close();
	}
}
