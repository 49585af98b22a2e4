import { expect, test, type Page } from './fixtures.ts';
import { installOverlappingPairs, type PageWithOverlappingPairs } from './text-overlaps.ts';
import { BURN_IN_STEP_MS } from '../src/lib/wall/burn-in.ts';

const wall = (page: Page) => page.locator('[data-wall]');
const focus = (page: Page) => page.locator('[data-focus]');

/** Opens the wall and waits until it runs (hydrated, its timers started). */
async function openWall(page: Page, path: string) {
	await page.goto(path);
	await expect(wall(page)).toHaveAttribute('data-running', 'true');
}

interface LayoutReport {
	problems: string[];
	scroll: { width: number; height: number; scrolledTo: number };
	smallestText: { size: number; text: string };
	smallestKey: number;
}

/** Everything a wall must not do, measured on what is shown (hidden panels excluded). */
function measureLayout(): LayoutReport {
	const problems: string[] = [];
	const root = document.querySelector('[data-wall]')!;
	const shown = (el: Element) =>
		getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0;
	const name = (el: Element) =>
		`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} “${(el.textContent ?? '').trim().slice(0, 24)}”`;
	const viewport = { width: innerWidth, height: innerHeight };
	let smallestText = { size: Infinity, text: '' };
	for (const el of root.querySelectorAll('*')) {
		if (!shown(el)) continue;
		const box = el.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) continue;
		if (box.left < -1 || box.top < -1 || box.right > viewport.width + 1 || box.bottom > viewport.height + 1)
			problems.push(`${name(el)} overflows the viewport`);
		const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
		if (!ownText || el.closest('.visually-hidden, [role="tooltip"], .maplibregl-ctrl')) continue;
		const size = parseFloat(getComputedStyle(el).fontSize);
		if (size < smallestText.size) smallestText = { size, text: name(el) };
		for (let up: Element | null = el; up && up !== document.documentElement; up = up.parentElement) {
			const style = getComputedStyle(up);
			// Translation moves text by whole pixels; a scale (or rotation) would resample it.
			if (style.transform !== 'none') {
				const m = new DOMMatrixReadOnly(style.transform);
				if (Math.abs(m.a - 1) > 1e-6 || Math.abs(m.d - 1) > 1e-6 || m.b !== 0 || m.c !== 0)
					problems.push(`${name(el)} sits under a ${style.transform} transform (${name(up)})`);
			}
			if (style.scale !== 'none' || (style as CSSStyleDeclaration & { zoom: string }).zoom !== '1')
				problems.push(`${name(el)} is scaled by ${name(up)}`);
			if (up !== el && style.overflow !== 'visible') {
				const clip = up.getBoundingClientRect();
				if (
					box.left < clip.left - 1 ||
					box.right > clip.right + 1 ||
					box.top < clip.top - 1 ||
					box.bottom > clip.bottom + 1
				)
					problems.push(`${name(el)} is clipped by ${name(up)}`);
			}
		}
		if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible')
			problems.push(`${name(el)} is cut off`);
	}
	// No two texts on top of each other.
	const texts = [...root.querySelectorAll('*')].filter(
		(el) =>
			shown(el) &&
			[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
			!el.closest('.visually-hidden, [role="tooltip"], .maplibregl-ctrl')
	);
	// An inline run's box is its font's content area, taller than its line: measure a one-line
	// text by its line height, centred, so a big number does not "overlap" the line above it.
	const lineBox = (el: Element) => {
		const box = el.getBoundingClientRect();
		const style = getComputedStyle(el);
		const line =
			style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
		if (box.height > line * 1.6) return box;
		const middle = box.top + box.height / 2;
		return { left: box.left, right: box.right, top: middle - line / 2, bottom: middle + line / 2 };
	};
	const boxes = texts.map((el) => ({ el, box: lineBox(el) }));
	for (const [a, b] of (window as unknown as PageWithOverlappingPairs).overlappingPairs(boxes))
		problems.push(`${name(a.el)} overlaps ${name(b.el)}`);
	const keys = [...root.querySelectorAll('[data-key-value] .number')].filter(shown);
	const smallestKey = Math.min(...keys.map((el) => parseFloat(getComputedStyle(el).fontSize)));
	scrollTo(200, 200);
	const scrolledTo = scrollX + scrollY;
	return {
		problems,
		scroll: {
			width: document.documentElement.scrollWidth - innerWidth,
			height: document.documentElement.scrollHeight - innerHeight,
			scrolledTo
		},
		smallestText,
		smallestKey
	};
}

const BOTH = ['/screen/', '/en/screen/'];
// At 5 m (two columns, type a quarter larger) every size in English, whose words are longer, and
// 1080p in both languages: the suite's time stays in bounds.
const SIZES = [
	{ width: 1280, height: 720, distance: 4, text: 12, key: 37, paths: BOTH },
	{ width: 1920, height: 1080, distance: 4, text: 18, key: 56, paths: BOTH },
	{ width: 2560, height: 1080, distance: 4, text: 18, key: 56, paths: BOTH },
	{ width: 3840, height: 2160, distance: 4, text: 36, key: 112, paths: BOTH },
	{ width: 1280, height: 720, distance: 5, text: 15, key: 46, paths: ['/en/screen/'] },
	{ width: 1920, height: 1080, distance: 5, text: 22.5, key: 70, paths: BOTH },
	{ width: 2560, height: 1080, distance: 5, text: 22.5, key: 70, paths: ['/en/screen/'] },
	{ width: 3840, height: 2160, distance: 5, text: 45, key: 140, paths: ['/en/screen/'] }
];

for (const { width, height, distance, text, key, paths } of SIZES) {
	for (const path of paths) {
		test(`${path} at ${width}×${height}, ${distance} m: nothing overflows, clips or scrolls; text ≥ ${text}px, key figures ≥ ${key}px`, async ({
			page
		}) => {
			test.slow();
			await page.setViewportSize({ width, height });
			await openWall(page, `${path}?interval=3600&distance=${distance}`);
			await page.evaluate(() => document.fonts.ready);
			await installOverlappingPairs(page);
			// Every panel in focus once: each must lay out, not only the first.
			const playlist = await page
				.locator('[data-slot]')
				.evaluateAll((slots) => slots.map((slot) => slot.getAttribute('data-slot')!));
			for (const [i, id] of playlist.entries()) {
				await expect(focus(page)).toHaveAttribute('data-focus', id);
				// Only the panel in focus shows (focus moves in one frame).
				if (i > 0) await expect(page.locator(`[data-slot="${playlist[i - 1]}"]`)).toBeHidden();
				const report = await page.evaluate(measureLayout);
				expect(report.problems, `with ${id} in focus`).toEqual([]);
				expect(report.scroll).toEqual({ width: 0, height: 0, scrolledTo: 0 });
				expect(report.smallestText.size, report.smallestText.text).toBeGreaterThanOrEqual(text);
				expect(report.smallestKey).toBeGreaterThanOrEqual(key);
				await page.keyboard.press('ArrowRight');
			}
		});
	}
}

test('distance= sizes the type for the room, before the first paint', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await page.goto('/screen/?distance=5');
	const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
	expect(await rootSize()).toBeCloseTo((1080 / 48) * 1.25, 1);
	await page.goto('/screen/?distance=9');
	expect(await rootSize()).toBeCloseTo((1080 / 48) * 1.25, 1);
	await page.goto('/screen/?distance=<b>9</b>');
	expect(await rootSize()).toBeCloseTo(1080 / 48, 1);
});

test('rotation follows interval= and playlist=; space pauses, arrows step', async ({ page }) => {
	await page.clock.install();
	await openWall(page, '/screen/?interval=10&playlist=timeline,nonsense,recovery,investment-by-sector');
	await expect(focus(page)).toHaveAttribute('data-focus', 'timeline');
	// Only the panel in focus shows; the others are rendered and waiting.
	await expect(page.locator('[data-slot]')).toHaveCount(3);
	await expect(page.locator('[data-slot="timeline"]')).toBeVisible();
	await expect(page.locator('[data-slot="recovery"]')).toBeHidden();
	await expect(page.locator('[data-slot="recovery"] [data-wall-panel]')).toHaveCount(1);
	await expect(page.locator('[data-queued]').first()).toHaveAttribute('data-queued', 'recovery');

	for (const next of ['recovery', 'investment-by-sector', 'timeline']) {
		await page.clock.runFor(10_000);
		await expect(focus(page)).toHaveAttribute('data-focus', next);
	}

	await page.keyboard.press(' ');
	await expect(page.locator('[data-paused]')).toBeVisible();
	await page.clock.runFor(60_000);
	await expect(focus(page)).toHaveAttribute('data-focus', 'timeline');
	await page.keyboard.press('ArrowRight');
	await expect(focus(page)).toHaveAttribute('data-focus', 'recovery');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(focus(page)).toHaveAttribute('data-focus', 'investment-by-sector');
	await page.keyboard.press(' ');
	await expect(page.locator('[data-paused]')).toBeHidden();
	await page.clock.runFor(10_000);
	await expect(focus(page)).toHaveAttribute('data-focus', 'timeline');

	// The controls do the same; space pauses even with a control focused (it does not press it too).
	await page.getByRole('button', { name: '暂停轮播' }).focus();
	await page.keyboard.press(' ');
	await expect(page.locator('[data-paused]')).toBeVisible();
	await page.getByRole('button', { name: '下一个' }).click();
	await expect(focus(page)).toHaveAttribute('data-focus', 'recovery');
});

test('when facts.json fails the values stay and a stale badge shows; recovery clears it', async ({
	page
}) => {
	await page.clock.install();
	let failing = true;
	let requests = 0;
	await page.route('**/data/facts.json', (route) => {
		requests += 1;
		return failing ? route.fulfill({ status: 500, body: 'down' }) : route.continue();
	});
	await openWall(page, '/screen/?refresh=10&playlist=investment-by-sector');
	const key = page.locator('[data-slot="investment-by-sector"] [data-key-figure] [data-key-value]');
	await expect(key).toHaveText('268.7亿元');
	await expect(page.locator('[data-stale]')).toHaveCount(0);

	await page.clock.runFor(20_000);
	await expect(page.locator('[data-stale]')).toBeVisible();
	await expect(page.locator('[data-stale]')).toContainText('更新失败');
	await expect(key).toHaveText('268.7亿元');
	// One request at a time, and it waits longer after a failure (10 s, then 20 s).
	expect(requests).toBe(1);

	failing = false;
	await page.clock.runFor(20_000);
	await expect(page.locator('[data-stale]')).toHaveCount(0);
	expect(requests).toBe(2);
	await expect(key).toHaveText('268.7亿元');
});

test('a changed facts.json shows after the next rotation boundary, without a reload', async ({
	page,
	request
}) => {
	const facts = await (await request.get('/data/facts.json')).json();
	const cumulative = facts.figures.find((f: { id: string }) => f.id === 'investment-cumulative');
	expect(cumulative.value).toBe(268.7e8);
	cumulative.value = 301.5e8;
	await page.clock.install();
	await page.route('**/data/facts.json', (route) => route.fulfill({ json: facts }));
	await openWall(page, '/screen/?refresh=10&interval=30&playlist=investment-by-sector,pipeline-stages');
	const navigations: string[] = [];
	page.on('framenavigated', (frame) => navigations.push(frame.url()));
	const key = page.locator('[data-slot="investment-by-sector"] [data-key-figure] [data-key-value]');

	await page.clock.runFor(10_000);
	await expect(wall(page)).toHaveAttribute('data-update', 'pending');
	// Not under the reader's eyes: the panel in focus keeps its value until focus moves.
	await expect(key).toHaveText('268.7亿元');
	await page.clock.runFor(20_000);
	await expect(focus(page)).toHaveAttribute('data-focus', 'pipeline-stages');
	await expect(wall(page)).not.toHaveAttribute('data-update', 'pending');
	await expect(key).toHaveText('301.5亿元');
	expect(navigations).toEqual([]);
});

test('burn-in: the chrome moves 1–4 px at least every 5 minutes, never more than 8 px in all', async ({
	page
}) => {
	test.slow();
	await page.clock.install();
	await openWall(page, '/screen/');
	const header = page.locator('.wall-header');
	const positions: { x: number; y: number }[] = [];
	expect(BURN_IN_STEP_MS).toBeLessThanOrEqual(5 * 60_000);
	// Around the orbit and a little further (an hour of the wall).
	for (let step = 0; step < 15; step++) {
		const box = (await header.boundingBox())!;
		positions.push({ x: box.x, y: box.y });
		await page.clock.runFor(BURN_IN_STEP_MS);
	}
	for (let i = 1; i < positions.length; i++) {
		const shift = Math.max(
			Math.abs(positions[i]!.x - positions[i - 1]!.x),
			Math.abs(positions[i]!.y - positions[i - 1]!.y)
		);
		expect(shift, `step ${i}`).toBeGreaterThanOrEqual(1);
		expect(shift, `step ${i}`).toBeLessThanOrEqual(4);
	}
	const xs = positions.map((p) => p.x);
	const ys = positions.map((p) => p.y);
	expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(8);
	expect(Math.max(...ys) - Math.min(...ys)).toBeLessThanOrEqual(8);
});

test('kiosk=1 hides the controls; the cursor hides after 3 s still and comes back', async ({ page }) => {
	await openWall(page, '/screen/?kiosk=1');
	await expect(page.getByRole('group', { name: '轮播控制' })).toBeHidden();

	await page.clock.install();
	await openWall(page, '/en/screen/');
	await expect(page.getByRole('group', { name: 'Rotation controls' })).toBeVisible();
	const cursor = () => wall(page).evaluate((el) => getComputedStyle(el).cursor);
	await page.mouse.move(400, 400);
	await page.clock.runFor(3_100);
	await expect.poll(cursor).toBe('none');
	await page.mouse.move(420, 410);
	await expect.poll(cursor).not.toBe('none');
});

test('the full-screen button puts the wall in full screen', async ({ page }) => {
	await openWall(page, '/en/screen/');
	await page.getByRole('button', { name: 'Full screen' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
	await page.getByRole('button', { name: 'Exit full screen' }).click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? 'none')).toBe('none');
});

test('the wall is dark by default; theme=light is honoured', async ({ page }) => {
	await page.goto('/screen/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('/screen/?theme=light');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
