/**
 * How tall each embed is at each width of EMBED_WIDTHS, in each language with and without its
 * title, measured in Chromium on a served build: what the host snippet and the embed code reserve so host pages do not jump.
 * Shared by `npm run embed-heights` (which writes them) and the browser test that checks them.
 */
import type { Browser, Page } from '@playwright/test';
import { EMBED_WIDTHS, type HeightsByWidth } from '../../src/lib/embed/embed-code.ts';
import { embedPath } from '../../src/lib/embed/embed-paths.ts';
import type { EmbedHeights, HeightsVariant } from '../../src/lib/embed/embed-heights.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locale.ts';

export type { EmbedHeights };

export const HEIGHTS_FILE = 'src/lib/embed/heights.json';

/** The file's text: an embed a block, a variant a line (heights by width), so a change reads as a line in a diff. */
export function formatHeights(heights: EmbedHeights): string {
	const entries = Object.entries(heights).map(([id, variants]) => {
		const lines = Object.entries(variants).map(
			([variant, byWidth]) => `\t\t"${variant}": ${JSON.stringify(byWidth)}`
		);
		return `\t"${id}": {\n${lines.join(',\n')}\n\t}`;
	});
	return `{\n${entries.join(',\n')}\n}\n`;
}

// A change of height this large between two neighbouring widths is a layout breakpoint (the
// map's lists moving beside it, a chart's labels moving above its bars), not text reflowing.
const BREAKPOINT_PX = 40;

async function heightAtWidth(page: Page, width: number): Promise<number> {
	await page.setViewportSize({ width, height: 600 });
	return page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

/**
 * The heights at EMBED_WIDTHS, and on both sides of each breakpoint between them, found to the
 * pixel: otherwise a column a little past a breakpoint would get the height from before it.
 */
async function heightsByWidth(page: Page, only?: readonly number[]): Promise<HeightsByWidth> {
	const heights: HeightsByWidth = {};
	if (only) {
		for (const width of only) heights[width] = await heightAtWidth(page, width);
		return heights;
	}
	for (const width of EMBED_WIDTHS) heights[width] = await heightAtWidth(page, width);
	for (let i = 0; i < EMBED_WIDTHS.length - 1; i++) {
		let [narrow, wide] = [EMBED_WIDTHS[i]!, EMBED_WIDTHS[i + 1]!];
		let [narrowHeight, wideHeight] = [heights[narrow]!, heights[wide]!];
		if (Math.abs(narrowHeight - wideHeight) <= BREAKPOINT_PX) continue;
		const [before, after] = [narrowHeight, wideHeight];
		while (wide - narrow > 1) {
			const middle = Math.floor((narrow + wide) / 2);
			const height = await heightAtWidth(page, middle);
			if (Math.abs(height - before) < Math.abs(height - after)) [narrow, narrowHeight] = [middle, height];
			else [wide, wideHeight] = [middle, height];
		}
		heights[narrow] = narrowHeight;
		heights[wide] = wideHeight;
	}
	return heights;
}

/** One embed in one language, with its title and then without (one page load for both). */
async function measureEmbed(
	page: Page,
	url: string,
	only?: readonly number[]
): Promise<{ titled: HeightsByWidth; untitled: HeightsByWidth }> {
	await page.setViewportSize({ width: EMBED_WIDTHS[0]!, height: 600 });
	await page.goto(url);
	const titled = await heightsByWidth(page, only);
	// What app.html's head script does for `title=0` (scripts are off here: see measureEmbeds).
	await page.evaluate(() => document.documentElement.setAttribute('data-title', 'off'));
	return { titled, untitled: await heightsByWidth(page, only) };
}

/**
 * Heights depend on layout alone: the page's script is not needed, and not waited for (nor its
 * passing notices, such as the map's "loading", which would make them depend on timing).
 * `only` measures just those widths of an embed in a language (a check), with no search for
 * breakpoints.
 */
export async function measureEmbeds(
	browser: Browser,
	origin: string,
	ids: readonly string[],
	only?: (id: string, locale: Locale) => readonly number[]
): Promise<EmbedHeights> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	try {
		const result: EmbedHeights = {};
		for (const id of ids) {
			const entry = {} as Record<HeightsVariant, HeightsByWidth>;
			for (const locale of LOCALES) {
				const url = `${origin}/${embedPath(locale, id)}`;
				const { titled, untitled } = await measureEmbed(page, url, only?.(id, locale));
				entry[locale] = titled;
				entry[`${locale}-untitled`] = untitled;
			}
			result[id] = entry;
		}
		return result;
	} finally {
		await context.close();
	}
}
