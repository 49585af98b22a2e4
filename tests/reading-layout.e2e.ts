/**
 * The phone rule: at 320, 360 and 412 px, on every reading page and every embed, in Chinese and
 * English, a reader scrolling through once sees no text over other text, no text cut by a box that
 * does not scroll, no sideways scrolling, and no short figure broken across lines.
 */
import { expect, test, type Page } from './fixtures.ts';
import { REGISTRY } from '../src/lib/registry/index.ts';
import {
	SHORT_FIGURE,
	installReadingLayout,
	readThrough,
	type PageWithReadingLayout
} from './reading-layout.ts';

const WIDTHS = [320, 360, 412];
const PAGES = ['', 'figures/', 'article/', ...REGISTRY.map(({ id }) => `embed/${id}/`)];

async function problemsAt(page: Page, path: string, width: number): Promise<string[]> {
	await page.setViewportSize({ width, height: 760 });
	await page.goto(path);
	await readThrough(page);
	await installReadingLayout(page);
	const problems = await page.evaluate(
		(pattern) => (window as unknown as PageWithReadingLayout).readingLayoutProblems(pattern),
		SHORT_FIGURE
	);
	return problems.map((problem) => `${path} at ${width} px: ${problem}`);
}

for (const lang of ['/', '/en/']) {
	for (const path of PAGES) {
		for (const width of WIDTHS) {
			test(`a phone reader sees no overlapping, cut or broken text on ${lang}${path} at ${width} px`, async ({
				page
			}) => {
				// The explorer is long on a phone: read through, it takes a while.
				if (!path) test.setTimeout(60_000);
				expect(await problemsAt(page, `${lang}${path}`, width)).toEqual([]);
			});
		}
	}
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of ['/', '/en/', '/embed/zone-map/', '/en/embed/zone-map/']) {
		for (const width of WIDTHS) {
			test(`nor without JavaScript on ${path} at ${width} px`, async ({ page }) => {
				if (path.length <= 4) test.setTimeout(60_000);
				expect(await problemsAt(page, path, width)).toEqual([]);
			});
		}
	}
});

for (const path of ['/', '/en/']) {
	test(`the page keeps its length as a phone reader scrolls through it (${path})`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 760 });
		await page.goto(path);
		const length = () => page.evaluate(() => document.scrollingElement!.scrollHeight);
		const before = await length();
		await readThrough(page);
		// Parts laid out only as they neared the screen grew it by thousands of pixels.
		expect(Math.abs((await length()) - before)).toBeLessThanOrEqual(2);
	});
}
