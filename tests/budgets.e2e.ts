import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { budgetProblems, imageBudget, measureBudgets, readBudgets } from '../scripts/lib/budgets.ts';

const read = (page: string) => readFileSync(`build/${page}`, 'utf8');

// Runs on the build the `site` web server made: bytes are deterministic, so they are enforced.
test('every page and embed loads within its byte budget (bench/budgets.json)', () => {
	const results = measureBudgets('build');
	expect(results.length).toBeGreaterThan(20);
	expect(budgetProblems(results)).toEqual([]);
});

test('the chart images together stay within their budget, and an overrun says by how much', () => {
	const { bytes, problem } = imageBudget('build');
	expect(problem).toBeUndefined();
	const budgets = readBudgets();
	const tight = { ...budgets, images: { budget: bytes - 1, why: 'a test' } };
	expect(imageBudget('build', tight).problem).toBe(
		`images: ${bytes} B in all, over their budget of ${bytes - 1} B by 1 B`
	);
});

test('the budget check names the page, its budget and the overrun', () => {
	const budgets = readBudgets();
	const tight = { ...budgets, pages: [{ page: '*', budget: 1000, why: 'a test' }, ...budgets.pages] };
	const problems = budgetProblems(measureBudgets('build', tight), tight);
	expect(problems).toContainEqual(
		expect.stringMatching(/^embed\/timeline\/index\.html: \d+ B gzipped, over its budget of 1000 B by \d+ B$/)
	);
	const tinyScript = { ...budgets, files: [{ file: 'embed.js', budget: 500, why: 'a test' }] };
	expect(budgetProblems(measureBudgets('build', tinyScript), tinyScript)).toContainEqual(
		expect.stringMatching(/^embed\.js: \d+ B gzipped, over its budget of 500 B by \d+ B$/)
	);
});

test('pages that never hydrate carry no hydration markers and no links to the stylesheets they inline', () => {
	for (const page of ['index.html', 'en/index.html', 'figures/index.html', 'embed/timeline/index.html']) {
		expect(read(page), page).not.toMatch(/<!--\[|<!--\]-->/);
		expect(read(page), page).not.toMatch(/<link [^>]*rel="stylesheet" disabled/);
	}
	// The wall (/screen/) hydrates: Kit's runtime needs both.
	expect(read('screen/index.html')).toMatch(/<!--\[/);
	expect(read('screen/index.html')).toMatch(/<link [^>]*rel="stylesheet" disabled/);
});

test('pages carry short scoped classes and positions of at most three decimals', () => {
	for (const page of ['index.html', 'en/index.html', 'embed/investment-by-project/index.html']) {
		const html = read(page);
		// svelte.config.js cssHash: `s-` and the hash, not `svelte-` and the hash.
		expect(html, page).not.toMatch(/\bsvelte-[a-z0-9]{4,}\b/);
		expect(html, page).toMatch(/class="[^"]*\bs-[a-z0-9]{4,}\b/);
		const styles = [...html.matchAll(/ style="([^"]*)"/g)].map(([, style]) => style!);
		expect(
			styles.some((style) => /\d\.\d{3}%/.test(style)),
			page
		).toBe(true);
		expect(
			styles.filter((style) => /\d\.\d{4,}/.test(style)),
			page
		).toEqual([]);
	}
	// The wall (/screen/) hydrates: its markup stays exactly as Svelte wrote it.
	expect(read('screen/index.html')).toMatch(/ style="[^"]*\d\.\d{4,}/);
});
