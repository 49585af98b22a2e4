import { expect, test, type Page } from './fixtures.ts';
import { installOverlappingPairs } from './text-overlaps.ts';
import { measureWallLayout } from './wall-layout.ts';
import { createHash } from 'node:crypto';
import { BURN_IN_STEP_MS } from '../src/lib/wall/burn-in.ts';
import { WALL_DISTANCE } from '../src/lib/wall/wall-params.ts';
import { BOOT_SCRIPT } from '../src/lib/server/boot-script.ts';

const wall = (page: Page) => page.locator('[data-wall]');
const focus = (page: Page) => page.locator('[data-focus]');

/** Opens the wall and waits until it runs (hydrated, its timers started). */
async function openWall(page: Page, path: string) {
	await page.goto(path);
	await expect(wall(page)).toHaveAttribute('data-running', 'true');
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
				const report = await page.evaluate(measureWallLayout);
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

test('the boot script the wall is served with has wall-params’ limits and the CSP’s hash', async ({
	page,
	request
}) => {
	const html = await (await request.get('/screen/')).text();
	const [boot] = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body!);
	expect(boot).toBe(BOOT_SCRIPT);
	expect(boot).toContain(`Math.min(${WALL_DISTANCE.max}, Math.max(${WALL_DISTANCE.min}, +distance))`);
	const csp = html.match(/http-equiv="content-security-policy" content="([^"]*)"/)![1]!;
	const scriptSrc = csp.split('; ').find((directive) => directive.startsWith('script-src '))!;
	expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(boot!).digest('base64')}'`);
	expect(scriptSrc).not.toContain('unsafe-inline');
	// Past the far mark: two columns from the first paint.
	await page.goto(`/screen/?distance=${WALL_DISTANCE.far + 0.1}`);
	await expect(page.locator('html')).toHaveAttribute('data-wall-far', '');
	await expect(page.locator('[data-wall] .board > .projects')).toBeHidden();
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
