import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures.ts';
import { startHostServer, type HostKind, type HostServer } from './host-pages.ts';
import { REGISTRY } from '../src/lib/registry/index.ts';
import { prepareFrame } from '../src/lib/registry/prepare-frame.ts';
import { readDistricts } from '../src/lib/map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from '../src/lib/server/load-dataset.ts';
import { EMBED_HEIGHTS, heightsFor } from '../src/lib/embed/embed-heights.ts';
import {
	DEFAULT_EMBED_OPTIONS,
	EMBED_WIDTHS,
	TYPICAL_WIDTH,
	heightAt,
	snippetCode
} from '../src/lib/embed/embed-code.ts';
import { measureEmbeds } from '../scripts/lib/measure-embeds.ts';

const sources = { dataset: loadDataset(), districts: readDistricts(PROJECT_ROOT) };
/** Entries that draw a map: their embed loads MapLibre when in view. */
const draws = (id: string) =>
	prepareFrame(
		REGISTRY.find((entry) => entry.id === id)!,
		sources,
		'zh'
	).body.parts.some((part) => part.shape === 'district-map')
		? 'map'
		: 'chart';

/** The embed page's absolute URL (host pages frame it from another origin). */
function embedUrl(id: string, lang: '' | 'en/' = '', query = ''): string {
	return `${test.info().project.use.baseURL}/${lang}embed/${id}/${query}`;
}

/** The height the embedded document needs (0 while it is still loading), and the height its iframe has. */
async function heights(
	page: Page,
	iframe = page.locator('iframe').first()
): Promise<{ document: number; frame: number }> {
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;
	// A lazy iframe navigates from about:blank to the embed while we ask: that is "not loaded yet",
	// whether the question is cut off or lands in a document that has no element yet.
	const documentHeight = await frame
		.evaluate(() => {
			const root = document.documentElement as HTMLElement | null;
			return root ? Math.ceil(root.getBoundingClientRect().height) : 0;
		})
		.catch((error: Error) => {
			if (/context was destroyed|navigation/i.test(error.message)) return 0;
			throw error;
		});
	return {
		document: documentHeight,
		frame: await iframe.evaluate((el) => el.getBoundingClientRect().height)
	};
}

async function expectSized(page: Page, label: string, iframe?: Locator): Promise<void> {
	await expect
		.poll(
			async () => {
				const { document, frame } = await heights(page, iframe);
				return Math.abs(document - frame) <= 2 && document > 200;
			},
			{ message: `${label}: the iframe takes the embed's height`, timeout: 15_000 }
		)
		.toBe(true);
}

/** The code the dashboard's embed dialog writes for a chart (its script loads on the first click). */
async function dialogCode(
	page: Page,
	dashboard: '/' | '/en/',
	id: string,
	kind: 'snippet' | 'iframe'
): Promise<string> {
	await page.goto(dashboard);
	await page.locator(`[data-embed-open="${id}"]`).click();
	const area = page.locator(`textarea[data-embed-code="${kind}"]`);
	await expect(area).not.toHaveValue('');
	return area.inputValue();
}

/** embed-size requests the host page received (host-pages.ts records every message). */
function sizeMessages(page: Page): Promise<number[]> {
	return page.evaluate(() =>
		(window as unknown as { messages: { sentinel?: string; type?: string; height?: number }[] }).messages
			.filter((m) => m && m.sentinel === 'amp' && m.type === 'embed-size')
			.map((m) => m.height!)
	);
}

test.describe('an embed without JavaScript (a page that strips scripts, a reader who blocks them)', () => {
	test.use({ javaScriptEnabled: false });

	test('every embed, in both languages, is the chart alone: marks, values, credit, no site chrome', async ({
		page
	}) => {
		test.slow();
		for (const entry of REGISTRY) {
			for (const lang of ['', 'en/'] as const) {
				await page.goto(embedUrl(entry.id, lang));
				const label = `${lang}embed/${entry.id}`;
				await expect(page.locator(`[data-embed="${entry.id}"]`), label).toHaveCount(1);
				await expect(page.locator('.site-header, .site-footer'), label).toHaveCount(0);
				await expect(page.locator('meta[name="robots"]'), label).toHaveAttribute('content', 'noindex');
				const dashboard = new URL(lang ? '/en/' : '/', page.url()).href;
				const resolved = (selector: string) =>
					page
						.locator(selector)
						.first()
						.evaluate((el) => (el as HTMLAnchorElement | HTMLLinkElement).href);
				expect(await resolved('link[rel="canonical"]'), label).toBe(dashboard);
				await expect(page.getByRole('heading', { level: 1 }), label).toHaveText(
					entry.title[lang ? 'en' : 'zh']
				);
				expect(await resolved('.credit a'), label).toBe(`${dashboard}#chart-${entry.id}`);
				await expect(page.locator('.credit a').first(), label).toHaveText(
					lang ? 'Data: Langfang High-tech Zone in figures' : '数据：廊坊高新区数据看板'
				);
				if (draws(entry.id) === 'chart') {
					const frame = prepareFrame(entry, sources, lang ? 'en' : 'zh');
					// Every value of its table view is written in the chart itself, not only in the table.
					const chartText = await page.locator('.chart-body').innerText();
					for (const row of frame.table.rows) {
						const shown = row.filter((cell) => cell.length > 1 && chartText.includes(cell));
						expect(shown, `${label}: ${row.join(' | ')}`).not.toEqual([]);
					}
				} else {
					await expect(page.locator('.svg-map path.district'), label).toHaveCount(10);
				}
			}
		}
	});

	test('tooltips show on hover and on keyboard focus, from the markup and CSS alone', async ({ page }) => {
		await page.goto(embedUrl('investment-by-project'));
		const tooltip = page.locator('#investment-by-project-tip-graphene-valley');
		await expect(tooltip).toBeHidden();
		await page.locator('[data-mark-id="graphene-valley"]').hover();
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toContainText('约10亿元');
		await page.mouse.move(0, 0);
		await expect(tooltip).toBeHidden();
		// Every mark is a Tab stop without the script.
		await page.locator('body').focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
		await expect(page.locator('#investment-by-project-tip-graphene-valley')).toBeVisible();
	});
});

test.describe('an embed with its page script', () => {
	test('sel= highlights a mark; the other marks of the chart step back', async ({ page }) => {
		await page.goto(embedUrl('investment-by-project', 'en/', '?sel=project:graphene-valley'));
		await expect(page.locator('.band-row[data-mark-ref="graphene-valley"]')).toHaveAttribute(
			'data-selection',
			'selected'
		);
		await expect(page.locator('.band-row[data-selection="dimmed"]')).toHaveCount(5);
	});

	test('title=0 hides the title from sight, not from screen readers', async ({ page }) => {
		await page.goto(embedUrl('timeline', '', '?title=0'));
		const title = page.getByRole('heading', { level: 1, name: '时间线' });
		await expect(title).toHaveCount(1);
		expect(await title.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
	});

	test('theme=auto follows the reader’s system, and flips with it without a reload', async ({ page }) => {
		const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(embedUrl('pipeline-stages', '', '?theme=auto'));
		expect(await background()).toBe('rgb(16, 19, 24)');
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await background()).not.toBe('rgb(16, 19, 24)');
		await page.goto(embedUrl('pipeline-stages', '', '?theme=dark'));
		expect(await background()).toBe('rgb(16, 19, 24)');
	});

	test('hostile parameter values render inert', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		const hostile = encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>');
		await page.goto(
			embedUrl('timeline', '', `?theme=${hostile}&sel=${hostile}&title=${hostile}&childId=${hostile}`)
		);
		await page.waitForLoadState('networkidle');
		expect(dialogs).toEqual([]);
		await expect(page.locator('img, body script:not([src])')).toHaveCount(0);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		await expect(page.locator('[data-selection]')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('its CSV lists exactly the figures it shows, each with its sentence', async ({ request }) => {
		for (const entry of REGISTRY) {
			const csv = await (await request.get(embedUrl(entry.id, '', 'data.csv'))).text();
			const ids = prepareFrame(entry, sources, 'zh').figureIds;
			const lines = csv.trim().split('\r\n');
			expect(lines.length, entry.id).toBeGreaterThan(ids.length); // header + rows (sentences may hold line breaks)
			for (const id of ids) expect(csv, `${entry.id}: ${id}`).toContain(`\r\n${id},`);
			expect(csv.match(/\r\n[a-z0-9-]+,(stated|derived|editorial),/g)?.length, entry.id).toBe(ids.length);
		}
	});
});

test.describe('the embed dialog', () => {
	test('each chart’s code starts from the defaults; copy says so once; the whole code is in sight', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/');
		const dialog = page.locator('dialog[data-embed-dialog]');
		const iframeCode = dialog.locator('textarea[data-embed-code="iframe"]');
		await page.locator('[data-embed-open="timeline"]').click();
		await expect(iframeCode).not.toHaveValue('');
		await dialog.locator('input[name="embed-locale"][value="en"]').check();
		await dialog.locator('input[name="embed-theme"][value="dark"]').check();
		await dialog.locator('input[name="embed-title"]').uncheck();
		const code = await iframeCode.inputValue();
		expect(code).toContain('/en/embed/timeline/?theme=dark&amp;title=0"');
		// Without its title the embed is shorter, and the code reserves that.
		expect(code).toContain(`height="${heightAt(EMBED_HEIGHTS.timeline!['en-untitled'], TYPICAL_WIDTH)}"`);
		expect(heightAt(EMBED_HEIGHTS.timeline!['en-untitled'], TYPICAL_WIDTH)).toBeLessThan(
			heightAt(EMBED_HEIGHTS.timeline!.en, TYPICAL_WIDTH)
		);

		const copyIframe = dialog.locator('button[data-embed-copy="iframe"]');
		const copySnippet = dialog.locator('button[data-embed-copy="snippet"]');
		await copyIframe.click();
		await copyIframe.click();
		await expect(copyIframe).toHaveText('已复制');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await copySnippet.click();
		await expect(copyIframe).toHaveText('复制');
		await expect(copySnippet).toHaveText('已复制');
		await expect(copySnippet).toHaveText('复制', { timeout: 3000 });
		for (const area of await dialog.locator('textarea[data-embed-code]').all())
			expect(await area.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);

		await dialog.getByRole('button', { name: '关闭' }).click();
		await page.locator('[data-embed-open="recovery"]').click();
		await expect(iframeCode).toHaveValue(/\/embed\/recovery\/"/);
		expect(await iframeCode.inputValue()).not.toMatch(/\/en\/|theme=|[?&]title=/);
		await expect(dialog.locator('input[name="embed-locale"][value="zh"]')).toBeChecked();
		await expect(dialog.locator('input[name="embed-theme"][value="auto"]')).toBeChecked();
		await expect(dialog.locator('input[name="embed-title"]')).toBeChecked();
	});

	for (const [width, height, dashboard, close] of [
		[320, 640, '/', '关闭'],
		[360, 780, '/', '关闭'],
		[412, 915, '/en/', 'Close']
	] as const) {
		test(`on a ${width}×${height} phone it fits the window, scrolls inside, and Close stays in sight`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto(dashboard);
			const opener = page.locator('[data-embed-open="timeline"]');
			await opener.click();
			const dialog = page.locator('dialog[data-embed-dialog]');
			// At its full length: the previews have taken their embeds' heights.
			for (const preview of await dialog.locator('iframe[data-embed-preview]').all())
				await expect(preview).not.toHaveAttribute('height', '480');
			const box = (await dialog.boundingBox())!;
			expect(box.y, 'the dialog’s top in the window').toBeGreaterThanOrEqual(0);
			expect(box.y + box.height, 'the dialog’s end in the window').toBeLessThanOrEqual(height);
			expect(box.x + box.width, 'no wider than the window').toBeLessThanOrEqual(width);

			// Read to the end, by wheel over the dialog: its content moves, Close does not.
			const closeButton = dialog.getByRole('button', { name: close, exact: true });
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			// Wheel until the last preview is in sight (on a loaded machine previews still settle).
			const lastPreview = dialog.locator('iframe[data-embed-preview]').last();
			await expect(async () => {
				await page.mouse.wheel(0, 800);
				await expect(lastPreview).toBeInViewport({ timeout: 250 });
			}).toPass({ timeout: 15_000 });
			await expect(closeButton).toBeInViewport({ ratio: 1 });
			const uncovered = await closeButton.evaluate((el) => {
				const r = el.getBoundingClientRect();
				return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
			});
			expect(uncovered, 'nothing scrolls over Close').toBe(true);

			// The keyboard still works: Escape closes, focus goes back to the button that opened it.
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(opener).toBeFocused();
		});
	}
});

test.describe('embedded in news pages from another origin', () => {
	let host: HostServer;
	test.beforeAll(async () => {
		host = await startHostServer();
	});
	test.afterAll(async () => host.close());

	for (const kind of ['pym', 'frames', 'amp'] as const satisfies HostKind[]) {
		test(`through ${kind}: the iframe takes the embed's height at 320, 768 and 1280 px, then all is quiet`, async ({
			page
		}) => {
			test.slow();
			await page.setViewportSize({ width: 320, height: 800 });
			await page.goto(host.url(kind, { src: embedUrl('investment-by-project') }));
			for (const width of [320, 768, 1280]) {
				await page.setViewportSize({ width, height: 800 });
				await expectSized(page, `${kind} at ${width}px`);
			}
			// Nothing changes now: nothing may be sent (no polling, no growth loop).
			const before = await page.evaluate(
				() => (window as unknown as { messages: unknown[] }).messages.length
			);
			await page.waitForTimeout(5000);
			expect(await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages.length)).toBe(
				before
			);
		});
	}

	test('our snippet, as the dialog writes it, pasted into a blank page: lazy, reserved, then sized', async ({
		page
	}) => {
		const code = await dialogCode(page, '/en/', 'named-projects', 'snippet');
		expect(code).toContain(`<iframe src="${embedUrl('named-projects', 'en/')}"`);

		const requested: string[] = [];
		page.on('request', (request) => requested.push(request.url()));
		await page.setViewportSize({ width: 768, height: 700 });
		const url = host.url('snippet', { code: `<div style="height:4000px">Long article.</div>${code}` });
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		// Far below the fold: its height reserved for its width, not loaded yet.
		const frame = page.locator('iframe[data-langfang-embed]');
		await expect(frame).toHaveAttribute('title', 'The projects the article names');
		expect(await frame.evaluate((el) => el.getBoundingClientRect().height)).toBe(
			heightAt(EMBED_HEIGHTS['named-projects']!.en, 768)
		);
		expect(requested.filter((r) => r.includes('/embed/named-projects/'))).toEqual([]);
		await frame.scrollIntoViewIfNeeded();
		await expectSized(page, 'snippet');
	});

	test('our snippet at the top of a phone’s page: the page does not jump when the embed arrives', async ({
		page
	}) => {
		const code = await dialogCode(page, '/', 'investment-by-project', 'snippet');
		for (const width of [288, 375]) {
			await page.setViewportSize({ width, height: 700 });
			await page.goto(host.url('snippet', { code }));
			await expectSized(page, `snippet at ${width}px`);
			const shift = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let sum = 0;
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries()) sum += (entry as unknown as { value: number }).value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(sum), 500);
					})
			);
			// Before, with no height reserved until our script ran: 0.31 at 375 px.
			expect(shift, `${width}px: cumulative layout shift`).toBeLessThan(0.05);
		}
	});

	test('the snippet, on a page whose reader runs no script, still shows the chart', async ({
		browser,
		page
	}) => {
		const code = await dialogCode(page, '/en/', 'recovery', 'snippet');
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		try {
			const reader = await noScript.newPage();
			await reader.goto(host.url('snippet', { code }));
			const embed = reader.frameLocator('iframe').locator('[data-embed="recovery"]');
			await expect(embed.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(embed.locator('.chart-body')).toBeVisible();
		} finally {
			await noScript.close();
		}
	});

	test('the iframe code, pasted into a page with no script, fits the chart at any width', async ({
		page
	}) => {
		test.slow();
		const code = await dialogCode(page, '/', 'timeline', 'iframe');
		const measured = EMBED_HEIGHTS.timeline!.zh;
		// Measured widths, a narrow phone column and widths between them.
		for (const width of [288, 320, 560, 640, 900, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(host.url('iframe', { code }));
			await expect
				.poll(async () => (await heights(page)).document, `${width}px: loaded`)
				.toBeGreaterThan(200);
			const { document, frame } = await heights(page);
			expect(frame, `${width}px: the height reserved for its width`).toBe(heightAt(measured, width));
			expect(document, `${width}px: nothing cut off`).toBeLessThanOrEqual(frame + 2);
			// Where measured, exact; between, a line of text at most (heights are measured every 20 px).
			expect(frame - document, `${width}px: no gap`).toBeLessThanOrEqual(String(width) in measured ? 2 : 30);
		}
	});

	test('a news page with our embeds logs no warning and no error, in the page or in an embed', async ({
		page
	}) => {
		test.slow();
		const logged: string[] = [];
		// Every frame's console: the host page's, and each embed's (another origin, another process).
		page.on('console', (message) => {
			if (message.type() === 'warning' || message.type() === 'error')
				logged.push(`${message.type()}: ${message.text()} (${message.location().url})`);
		});
		const site = test.info().project.use.baseURL!;
		const snippet = (id: string, options = DEFAULT_EMBED_OPTIONS) =>
			snippetCode({ siteUrl: site, id, title: id, heights: heightsFor(id, options), options });
		const english = { ...DEFAULT_EMBED_OPTIONS, locale: 'en' } as const;
		const pages: [string, string][] = [
			// Two snippets in sight, one far below (lazy: it loads as the reader scrolls to it).
			[
				'snippets',
				host.url('snippet', {
					code: `${snippet('recovery')}${snippet('zone-map', english)}<div style="height:3000px"></div>${snippet('timeline')}`
				})
			],
			// A snippet pasted before the iframe one: the script makes its iframe.
			[
				'older snippet',
				host.url('snippet', {
					code: `<div data-langfang-embed="${embedUrl('recovery')}" data-heights="320:640 768:560" data-title="r"></div>
						<script async src="${site}/embed.js"></script>`
				})
			],
			...(['pym', 'frames', 'amp'] as const).map(
				(kind) => [kind, host.url(kind, { src: embedUrl('investment-by-project') })] as [string, string]
			)
		];
		for (const [label, url] of pages) {
			await page.goto(url);
			const frames = page.locator('iframe');
			await expect(frames.first()).toBeAttached();
			for (let i = 0; i < (await frames.count()); i++) {
				await frames.nth(i).scrollIntoViewIfNeeded();
				await expectSized(page, `${label}: embed ${i}`, frames.nth(i));
			}
		}
		expect(logged).toEqual([]);
	});

	test('an embed hidden, then shown, settles in at most two resizes', async ({ page }) => {
		await page.goto(host.url('amp', { src: embedUrl('recovery'), hidden: true }));
		await page.waitForLoadState('networkidle');
		const before = (await sizeMessages(page)).length;
		await page.locator('#box').evaluate((el) => (el.style.display = 'block'));
		await expectSized(page, 'shown');
		await page.waitForTimeout(1000);
		expect((await sizeMessages(page)).length - before).toBeLessThanOrEqual(2);
	});

	test('a web font arriving late settles in at most two resizes', async ({ page }) => {
		await page.goto(host.url('amp', { src: embedUrl('entry-thresholds') }));
		await expectSized(page, 'first');
		const before = (await sizeMessages(page)).length;
		const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
		await frame.evaluate(async () => {
			const style = document.createElement('style');
			style.textContent = `@font-face { font-family: Late; src: local('Noto Serif CJK SC'), local('DejaVu Serif'); }
				html { font-family: Late, serif; font-size: 19px; }`;
			document.head.append(style);
			await document.fonts.ready;
		});
		await expectSized(page, 'after the font');
		await page.waitForTimeout(1000);
		expect((await sizeMessages(page)).length - before).toBeLessThanOrEqual(2);
	});

	test('any site may frame an embed; no other site may frame the dashboard', async ({ page }) => {
		await page.goto(
			host.url('iframe', {
				code: `<iframe src="${embedUrl('timeline')}"></iframe><iframe src="${test.info().project.use.baseURL}/"></iframe>`
			})
		);
		// 'load' waits for both frames (the refused one too); networkidle could wait on anything.
		await page.waitForLoadState('load');
		const [embed, dashboard] = page.frames().slice(1);
		await expect(embed!.locator('[data-embed="timeline"]')).toHaveCount(1);
		expect(await dashboard!.locator('[data-headline-figure]').count()).toBe(0);
	});
});

test.describe('content security', () => {
	for (const path of ['/', '/en/embed/zone-map/', '/embed/investment-by-project/']) {
		test(`${path} is served with a CSP that allows no inline script, and breaks none of its own`, async ({
			page
		}) => {
			// The WebGL map and the dialog's previews load too.
			test.slow();
			const violations: string[] = [];
			await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (event) =>
					(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
						`${event.violatedDirective} ${event.blockedURI}`
					)
				)
			);
			await page.goto(path);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			await page.locator('[data-map-id], [data-chart-id]').first().scrollIntoViewIfNeeded();
			await page.waitForLoadState('networkidle');
			if (path === '/') {
				await page.locator('[data-embed-open="timeline"]').click();
				// The previews have loaded when each has taken its embed's height.
				for (const preview of await page.locator('iframe[data-embed-preview]').all())
					await expect(preview).not.toHaveAttribute('height', '480');
			}
			expect(violations).toEqual([]);
		});
	}
});

test.describe('accessibility', () => {
	for (const [path, scheme] of [
		['/embed/investment-by-sector/', 'light'],
		['/en/embed/zone-map/?theme=dark', 'dark']
	] as const) {
		test(`axe: no violations on ${path}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			await page.locator('[data-mark-id], [data-map-id]').first().hover();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		});
	}
});

test.describe('discovery', () => {
	test('each embed links its oEmbed file, which gives the iframe', async ({ page, request }) => {
		await page.goto(embedUrl('pipeline-stages', 'en/'));
		const href = await page
			.locator('link[rel="alternate"][type="application/json+oembed"]')
			.getAttribute('href');
		expect(href).toBe(embedUrl('pipeline-stages', 'en/', 'oembed.json'));
		const oembed = await (await request.get(href!)).json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: 'Where the zone’s projects stand' });
		expect(oembed.html).toContain(`<iframe src="${embedUrl('pipeline-stages', 'en/')}"`);
		expect(oembed.height).toBe(heightAt(EMBED_HEIGHTS['pipeline-stages']!.en, TYPICAL_WIDTH));
	});

	test('/embed/index.json lists every embeddable id with titles, URLs and heights per width', async ({
		request
	}) => {
		const index = await (await request.get('/embed/index.json')).json();
		expect(index.embeds.map((e: { id: string }) => e.id)).toEqual(REGISTRY.map((entry) => entry.id));
		for (const embed of index.embeds) {
			expect(embed.url.en).toBe(embedUrl(embed.id, 'en/'));
			for (const variant of ['zh', 'en', 'zh-untitled', 'en-untitled'])
				expect(Object.keys(embed.heights[variant]), `${embed.id} ${variant}`).toEqual(
					expect.arrayContaining(EMBED_WIDTHS.map(String))
				);
			expect((await request.get(embed.csv.zh)).ok(), embed.id).toBe(true);
		}
	});
});

test('the heights the embed code reserves (src/lib/embed/heights.json) are the build’s', async ({
	browser
}) => {
	// Hundreds of widths in 44 embed pages: 40 s alone, past 90 s with the rest of the suite on a
	// 2-core machine.
	test.setTimeout(300_000);
	// Phone to desktop, and both sides of every breakpoint recorded: a change of layout shows at
	// most of them (measuring all ~3,500 widths again takes minutes).
	const sample = [280, 320, 380, 480, 640, 760, 1040, 1280];
	// A chart added since the file was written gets its minimum height in the meantime (and the build says so).
	const unmeasured = REGISTRY.filter((entry) => !EMBED_HEIGHTS[entry.id]).map((entry) => entry.id);
	expect(unmeasured, 'not measured yet: run `npm run build && npm run embed-heights`').toEqual([]);
	const measured = await measureEmbeds(
		browser,
		test.info().project.use.baseURL!,
		REGISTRY.map((entry) => entry.id),
		(id, locale) => [
			...sample,
			...Object.keys(EMBED_HEIGHTS[id]![locale])
				.map(Number)
				.filter((width) => !EMBED_WIDTHS.includes(width))
		]
	);
	const stale = Object.entries(measured).flatMap(([id, byLocale]) =>
		Object.entries(byLocale).flatMap(([locale, byWidth]) =>
			Object.entries(byWidth)
				.filter(([width, height]) => Math.abs(EMBED_HEIGHTS[id]![locale as 'zh']![width]! - height) > 4)
				.map(
					([width, height]) =>
						`${id} ${locale} ${width}px: recorded ${EMBED_HEIGHTS[id]![locale as 'zh']![width]}, measured ${height}`
				)
		)
	);
	expect(stale, 'out of date: run `npm run build && npm run embed-heights`').toEqual([]);
});
