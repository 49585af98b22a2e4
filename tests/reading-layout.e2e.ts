/**
 * The phone rule: at 320, 360 and 412 px, on every reading page and every embed, in Chinese and
 * English, a reader scrolling through once sees no text over other text, no text cut by a box that
 * does not scroll, no sideways scrolling, and no short figure broken across lines.
 */
import { expect, test } from './fixtures.ts';
import { REGISTRY } from '../src/lib/registry/index.ts';
import {
	SHORT_FIGURE,
	installReadingLayout,
	readThrough,
	type PageWithReadingLayout
} from './reading-layout.ts';

const WIDTHS = [320, 360, 412];
const PAGES = ['', 'figures/', 'article/', ...REGISTRY.map(({ id }) => `embed/${id}/`)];

async function problemsAt(page: import('./fixtures.ts').Page, path: string): Promise<string[]> {
	const found: string[] = [];
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: 760 });
		await page.goto(path);
		await readThrough(page);
		await installReadingLayout(page);
		const problems = await page.evaluate(
			(pattern) => (window as unknown as PageWithReadingLayout).readingLayoutProblems(pattern),
			SHORT_FIGURE
		);
		found.push(...problems.map((problem) => `${path} at ${width} px: ${problem}`));
	}
	return found;
}

for (const lang of ['/', '/en/']) {
	for (const path of PAGES) {
		test(`a phone reader sees no overlapping, cut or broken text on ${lang}${path}`, async ({ page }) => {
			expect(await problemsAt(page, `${lang}${path}`)).toEqual([]);
		});
	}
}

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of ['/', '/en/', '/embed/zone-map/', '/en/embed/zone-map/']) {
		test(`nor without JavaScript on ${path}`, async ({ page }) => {
			expect(await problemsAt(page, path)).toEqual([]);
		});
	}
});
