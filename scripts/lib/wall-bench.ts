/**
 * The wall's long-run and frame-rate figures for `npm run bench` (never asserted in tests):
 * weeks of rotations and data refreshes on a fast-forwarded clock, with heap (after GC), DOM nodes
 * and event listeners against a warmed-up baseline; and frames per second at 3840×2160 with the
 * CPU slowed 4×, idle and while focus moves.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';

export interface WallLongRun {
	rotations: number;
	refreshes: number;
	/** Refreshes that brought changed data (every one after the warm-up: the two versions alternate). */
	changes: number;
	baseline: Counters;
	after: Counters;
	heapGrowthMB: number;
	nodesChangePercent: number;
	listenersChangePercent: number;
	seconds: number;
	goals: { heapGrowthMB: number; nodesPercent: number; listenersPercent: number };
}

export interface WallFrames {
	idleFps: number;
	transitionP95Ms: number;
	transitionFrames: number;
	goals: { idleFps: number; transitionP95Ms: number };
}

interface Counters {
	heapBytes: number;
	nodes: number;
	listeners: number;
}

// The shortest interval and refresh the URL allows, in the defaults' proportion (20 rotations per
// refresh): the same work for the page, a fifth of the clock ticks for the bench to run through.
const INTERVAL_S = 3;
const REFRESH_S = 60;

async function counters(client: CDPSession): Promise<Counters> {
	await client.send('HeapProfiler.collectGarbage');
	const { metrics } = await client.send('Performance.getMetrics');
	const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
	// Nodes counts detached ones too: a leak of removed panels shows there.
	return {
		heapBytes: metric('JSHeapUsedSize'),
		nodes: metric('Nodes'),
		listeners: metric('JSEventListeners')
	};
}

/** Runs the wall through `rotations` focus changes, re-reading facts.json every 300 s of its clock. */
export async function wallLongRun(
	browser: Browser,
	origin: string,
	rotations = 10_000
): Promise<WallLongRun> {
	const started = Date.now();
	const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
	const facts = await (await page.request.get(`${origin}/data/facts.json`)).json();
	// Every other refresh brings a "new deployment", so the wall really swaps its data.
	const changed = structuredClone(facts);
	changed.figures.find((f: { id: string }) => f.id === 'investment-cumulative').value += 1e8;
	let served = 0;
	await page.route('**/data/facts.json', (route) => {
		served += 1;
		return route.fulfill({ json: served % 2 === 0 ? changed : facts });
	});
	await page.clock.install();
	await page.goto(`${origin}/screen/?interval=${INTERVAL_S}&refresh=${REFRESH_S}`);
	await page.locator('[data-wall][data-running]').waitFor();
	const client = await page.context().newCDPSession(page);
	await client.send('Performance.enable');

	const rotationsPerRefresh = REFRESH_S / INTERVAL_S;
	const refresh = async () => {
		// The check is a real request: let it land before the clock moves on.
		const answered = page.waitForResponse('**/data/facts.json');
		await page.clock.runFor(REFRESH_S * 1000);
		await answered;
	};
	// Warm up: the first refreshes, every panel shown a few times, the JIT settled.
	const warmUp = 10;
	for (let i = 0; i < warmUp; i++) await refresh();
	const baseline = await counters(client);
	const servedBefore = served;
	const refreshes = Math.round(rotations / rotationsPerRefresh);
	for (let i = 0; i < refreshes; i++) await refresh();
	// Past one more boundary, the wall shows what was served last: the changes were taken up.
	await page.clock.runFor(INTERVAL_S * 1000);
	const shown = await page.locator('[data-slot="investment-by-sector"] [data-key-value]').textContent();
	const lastServed = served % 2 === 0 ? changed : facts;
	const expected =
		lastServed.figures.find((f: { id: string }) => f.id === 'investment-cumulative').value / 1e8;
	if (!shown?.includes(String(expected)))
		throw new Error(`wall long run: the wall shows ${shown}, not the last data served (${expected})`);
	const after = await counters(client);
	await page.close();
	return {
		rotations: refreshes * rotationsPerRefresh,
		refreshes,
		changes: served - servedBefore,
		baseline,
		after,
		heapGrowthMB: (after.heapBytes - baseline.heapBytes) / 1048576,
		nodesChangePercent: ((after.nodes - baseline.nodes) / baseline.nodes) * 100,
		listenersChangePercent: ((after.listeners - baseline.listeners) / baseline.listeners) * 100,
		seconds: Math.round((Date.now() - started) / 1000),
		goals: { heapGrowthMB: 10, nodesPercent: 1, listenersPercent: 1 }
	};
}

/** Frame times at 3840×2160 with the CPU 4× slower: 5 s idle, then focus moving five times. */
export async function wallFrames(browser: Browser, origin: string): Promise<WallFrames> {
	const page: Page = await browser.newPage({ viewport: { width: 3840, height: 2160 } });
	await page.goto(`${origin}/screen/?interval=3600`);
	await page.locator('[data-wall][data-running]').waitFor();
	await page
		.locator('[data-map-id][data-map-state="webgl"]')
		.waitFor({ timeout: 30_000 })
		.catch(() => {});
	const client = await page.context().newCDPSession(page);
	await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const recordFrames = (ms: number) =>
		page.evaluate(
			(duration) =>
				new Promise<number[]>((resolve) => {
					const times: number[] = [];
					const start = performance.now();
					const frame = (now: number) => {
						times.push(now);
						if (now - start < duration) requestAnimationFrame(frame);
						else resolve(times.slice(1).map((t, i) => t - times[i]!));
					};
					requestAnimationFrame(frame);
				}),
			ms
		);
	const idle = await recordFrames(5000);
	const transition: number[] = [];
	for (let i = 0; i < 5; i++) {
		const frames = recordFrames(1200);
		await page.keyboard.press('ArrowRight');
		transition.push(...(await frames));
	}
	await page.close();
	const sorted = [...transition].sort((a, b) => a - b);
	return {
		idleFps: 1000 / (idle.reduce((a, b) => a + b, 0) / idle.length),
		transitionP95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
		transitionFrames: transition.length,
		goals: { idleFps: 55, transitionP95Ms: 33 }
	};
}

/** The wall's part of the bench's report. */
export function printWallBench(longRun: WallLongRun, frames: WallFrames): void {
	const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
	console.log(
		`\nThe wall, ${longRun.rotations.toLocaleString('en')} rotations and ${longRun.refreshes} refreshes (${longRun.changes} with changed data) on a fast-forwarded clock, against a warmed-up baseline (${longRun.seconds} s)`
	);
	console.log(
		`  heap after GC   ${mb(longRun.baseline.heapBytes)} → ${mb(longRun.after.heapBytes)} MB   ${longRun.heapGrowthMB >= 0 ? '+' : ''}${longRun.heapGrowthMB.toFixed(2)} MB (goal ≤ +${longRun.goals.heapGrowthMB} MB)`
	);
	console.log(
		`  DOM nodes       ${longRun.baseline.nodes} → ${longRun.after.nodes}   ${longRun.nodesChangePercent.toFixed(2)} % (goal within ±${longRun.goals.nodesPercent} %)`
	);
	console.log(
		`  listeners       ${longRun.baseline.listeners} → ${longRun.after.listeners}   ${longRun.listenersChangePercent.toFixed(2)} % (goal within ±${longRun.goals.listenersPercent} %)`
	);
	console.log(
		`  3840×2160, CPU 4× slower: idle ${frames.idleFps.toFixed(1)} fps (goal ≥ ${frames.goals.idleFps}); while focus moves, 95th-percentile frame ${frames.transitionP95Ms.toFixed(1)} ms over ${frames.transitionFrames} frames (goal < ${frames.goals.transitionP95Ms} ms)`
	);
}
