import { expect, test } from './fixtures.ts';

test.describe('with JavaScript off (a reader arriving from a news page)', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered home page holds the headline figures, in Chinese', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('廊坊高新区数据看板');
		const cards = page.locator('[data-headline-figure]');
		await expect(cards).toHaveCount(12);
		await expect(page.locator('[data-headline-figure="investment-cumulative"]')).toContainText('268.7亿元');
		await expect(page.locator('[data-headline-figure="pipeline-length"]')).toContainText('超300公里');
	});

	test('the English page is prerendered too', async ({ page }) => {
		await page.goto('/en/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('[data-headline-figure="investment-cumulative"]')).toContainText(
			'26.87 billion yuan'
		);
		await expect(page.locator('[data-headline-figure="workers-back"]')).toContainText(
			'more than 1,500 people'
		);
	});

	test('any number leads to its sentence in the source article in one step', async ({ page }) => {
		await page.goto('/');
		const numbers = page.locator('[data-headline-figure] a.figure-value[data-kind="stated"]');
		const links = await numbers.evaluateAll((elements) =>
			elements.map((link) => ({
				id: link.getAttribute('data-figure-id')!,
				href: (link as HTMLAnchorElement).href
			}))
		);
		expect(links.length).toBeGreaterThan(8);
		// One real click; then every other link's target, on the same article page.
		await numbers.first().click();
		for (const { id, href } of links) {
			if (id !== links[0]!.id) await page.goto(href);
			await expect(page).toHaveURL(new RegExp(`/article/#source-${id}$`));
			const mark = page.locator(`mark#source-${id}`);
			await expect(mark).toBeInViewport();
			// :target styling shows which words are meant.
			const outline = await mark.evaluate((el) => getComputedStyle(el).outlineStyle);
			expect(outline).toBe('solid');
		}
	});

	test('each chart’s sources link to their paragraphs of the article', async ({ page }) => {
		await page.goto('/');
		const sources = page.locator('[data-chart-id="infrastructure"] .sources');
		await sources.locator('summary').click();
		const link = sources.locator('a.paragraph').first();
		const paragraph = (await link.getAttribute('href'))!.split('#paragraph-')[1]!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/article/#paragraph-${paragraph}$`));
		await expect(page.locator(`#paragraph-${paragraph}`)).toBeInViewport();
	});

	test('a derived number leads to its formula and the sentences it uses', async ({ page }) => {
		await page.goto('/en/');
		await page.locator('[data-headline-figure="projects-in-preparation"] a.figure-value').click();
		const row = page.locator('#figure-projects-in-preparation');
		await expect(row).toBeInViewport();
		await expect(row).toContainText('derived');
		await expect(row).toContainText('Formula');
		await expect(row).toContainText('在建项目21个');
	});
});

test.describe('with JavaScript on', () => {
	test('the page loads with no console error and no failed request', async ({ page }) => {
		const problems: string[] = [];
		page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
		page.on('pageerror', (error) => problems.push(error.message));
		page.on(
			'response',
			(response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)
		);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual([]);
	});

	test('a reader’s theme follows every number to its sentence', async ({ page }) => {
		await page.goto('/');
		await page.locator('[data-theme-switch] label').filter({ hasText: '深色' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.locator('[data-headline-figure="investment-cumulative"] a.figure-value').click();
		await expect(page).toHaveURL(/\/article\/\?theme=dark#source-investment-cumulative$/);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.goBack();
		const source = page.locator('[data-chart-id="timeline"] a.paragraph').first();
		await expect(source).toHaveAttribute('href', /\/article\/\?theme=dark#paragraph-\d+$/);
	});

	test('the page script rewrites nothing the server drew, but the charts’ Tab stops', async ({ page }) => {
		// Every attribute the page script changes while the page loads (a phone pays for each in
		// its first seconds): with no view in the URL, only the marks' roving tabindex is its own.
		// The map is left out: it turns into the WebGL map when it nears the screen (map.e2e.ts),
		// and so are elements scripts made and removed (its colour probe).
		await page.addInitScript(() => {
			const changed: string[] = [];
			(window as unknown as { changed: string[] }).changed = changed;
			new MutationObserver((records) => {
				for (const { type, target, attributeName } of records)
					if (
						type === 'attributes' &&
						target instanceof Element &&
						target.isConnected &&
						!target.closest('[data-map-id]')
					)
						changed.push(attributeName!);
			}).observe(document, { attributes: true, subtree: true });
		});
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		const changed = await page.evaluate(() => (window as unknown as { changed: string[] }).changed);
		expect(changed.filter((name) => name !== 'tabindex' && name !== 'data-js')).toEqual([]);
		expect(changed.filter((name) => name === 'tabindex').length).toBeGreaterThan(20);
		// With a view in the URL the same script applies it: links carry it, the mark is selected.
		await page.goto('/?theme=dark&sel=project:jingyun-cloud');
		await expect(page.locator('[data-chart-id="timeline"] a.paragraph').first()).toHaveAttribute(
			'href',
			/\?theme=dark&sel=project(:|%3A)jingyun-cloud#paragraph-\d+$/
		);
		await expect(page.locator('[data-mark-id="jingyun-cloud"][data-select]').first()).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('the language switch goes to English and back', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'English', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Langfang High-tech Zone in figures');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.getByRole('link', { name: '中文', exact: true }).click();
		await expect(page).toHaveURL(/:\d+\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('廊坊高新区数据看板');
	});
});

test.describe('on a phone (a finger, not a mouse)', () => {
	test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

	test('the site’s own controls are a finger high (44 px)', async ({ page }) => {
		await page.goto('/?sel=sector:new-materials');
		expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
		const controls = {
			'theme switch': page.locator('[data-theme-switch] label'),
			'language switch': page.locator('.language-switch'),
			'embed buttons': page.locator('[data-embed-open]'),
			'clear selection': page.locator('[data-selection-clear]'),
			'paragraph links': page.locator('[data-headline-figure] .source-link')
		};
		for (const [name, locator] of Object.entries(controls)) {
			const heights = await locator.evaluateAll((elements) =>
				elements.map((element) => element.getBoundingClientRect().height)
			);
			expect(heights.length, name).toBeGreaterThan(0);
			expect(Math.min(...heights), name).toBeGreaterThanOrEqual(43.9);
		}
	});

	test('what is selected stays in view with a way to clear it, and takes no room otherwise', async ({
		page
	}) => {
		await page.goto('/en/');
		// Nothing selected: the charts start right under their heading (no empty bar between).
		const heading = (await page.locator('#charts').boundingBox())!;
		const grid = (await page.locator('.chart-grid').boundingBox())!;
		expect(grid.y - (heading.y + heading.height)).toBeLessThan(20);

		// A selection made far down the page is named, with its clear button, in the window.
		const mark = page.locator('[data-chart-id="named-projects"] [data-mark-id="yisi-motorcycle"]');
		await mark.scrollIntoViewIfNeeded();
		await mark.tap();
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		const bar = page.locator('[data-selection-content]');
		await expect(bar).toContainText('Yisi smart motorcycles');
		const clear = page.locator('[data-selection-clear]');
		const box = (await clear.boundingBox())!;
		expect(box.y, 'clear button below the window’s top').toBeGreaterThanOrEqual(0);
		expect(box.y + box.height, 'clear button above the window’s foot').toBeLessThanOrEqual(780);

		await clear.tap();
		await expect(mark).toHaveAttribute('aria-pressed', 'false');
		await expect(bar).toBeHidden();
		await expect(page).not.toHaveURL(/sel=/);
	});

	test('the docked selection bar covers neither the mark just chosen nor the end of the page', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/en/');
		const mark = page.locator('[data-chart-id="named-projects"] [data-mark-id="quanen-pipes"]');
		await mark.scrollIntoViewIfNeeded();
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
		);
		// Bring the mark to the foot of the window, where the bar appears.
		const box = (await mark.boundingBox())!;
		await page.evaluate((by) => scrollBy(0, by), box.y + box.height - (780 - 12));
		await mark.tap();
		const bar = page.locator('[data-selection-content]');
		await expect(bar).toBeVisible();
		await expect
			.poll(async () => (await mark.boundingBox())!.y + (await mark.boundingBox())!.height)
			.toBeLessThanOrEqual((await bar.boundingBox())!.y);

		// At the end of the page the footer scrolls out from under it.
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		const footer = page.locator('.site-footer');
		const end = (await footer.boundingBox())!;
		expect(end.y + end.height).toBeLessThanOrEqual((await bar.boundingBox())!.y);
	});
});

for (const javaScriptEnabled of [false, true]) {
	test.describe(`the cross-checks on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: { width: 360, height: 780 }, javaScriptEnabled });

		for (const [path, names] of [
			['/', ['取整容差', '汇率区间', '汇率的选择']],
			['/en/', ['rounding tolerance', 'range of rates', 'why this rate']]
		] as const) {
			test(`${path}: verdicts first, each check’s explanation folded under a summary that names it`, async ({
				page
			}) => {
				await page.goto(path);
				const checks = page.locator('[data-reconciliation]');
				expect(await checks.count()).toBeGreaterThan(2);
				for (const check of await checks.all()) await expect(check.locator('.verdict')).toBeVisible();
				const notes = page.locator(
					'[data-reconciliation] :is([data-tolerance], [data-rate-range], [data-rate-why])'
				);
				await expect(notes).toHaveCount(3);
				for (const note of await notes.all()) await expect(note).toBeHidden();

				const explained = checks.filter({ has: page.locator('[data-rate-why]') });
				const details = explained.locator('details');
				await expect(details).toHaveCount(1);
				await expect(details).not.toHaveAttribute('open');
				const summary = details.locator('summary');
				for (const name of names) await expect(summary).toContainText(name);
				await summary.click();
				for (const note of await notes.all()) await expect(note).toBeVisible();
			});
		}
	});
}

test('pages are served as UTF-8 HTML by the preview, as build/_headers tells a host', async ({ request }) => {
	for (const path of ['/', '/en/', '/embed/timeline/', '/article/']) {
		const response = await request.get(path);
		expect(response.headers()['content-type'], path).toBe('text/html; charset=utf-8');
	}
	expect((await request.get('/embed.js')).headers()['content-type']).toContain('javascript');
});

test.describe('downloads', () => {
	test('facts.json is the whole validated dataset', async ({ request }) => {
		const response = await request.get('/data/facts.json');
		expect(response.ok()).toBe(true);
		const dataset = await response.json();
		expect(dataset.figures.length).toBeGreaterThanOrEqual(37);
		expect(dataset.reconciliations.every((r: { holds: boolean }) => r.holds)).toBe(true);
		for (const figure of dataset.figures.filter((f: { kind: string }) => f.kind === 'stated')) {
			expect(figure.quote, figure.id).toContain(figure.stated);
		}
	});

	test('facts.csv opens in Excel: byte-order mark, CRLF, Chinese intact', async ({ request }) => {
		const response = await request.get('/data/facts.csv');
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('text/csv');
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text).toContain('\r\n');
		expect(text).toContain('园区路网里程达41.9公里');
	});
});
