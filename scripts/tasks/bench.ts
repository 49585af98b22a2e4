/**
 * `npm run bench`: builds the site, serves it, and measures what readers get: for every page and
 * embed the bytes transferred until the network is idle (gzipped, by kind, MapLibre apart), the
 * elements and the JS heap after load; Lighthouse (mobile preset, median of 3) on the pages that
 * matter most; our six-bar embed side by side with the same chart in ECharts 6; and the bytes of
 * the chart images the build holds (build/images/). Prints a table and writes bench/results.json. Timings are reported here and never asserted in tests.
 * Options: --no-build (measure the existing build), --lighthouse-runs=N (default 3).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../../tests/browser.ts';
import { REGISTRY } from '../../src/lib/charts/registry.ts';
import { selectInvestmentByProject } from '../../src/lib/charts/selectors.ts';
import { loadDataset } from '../../src/lib/server/load-dataset.ts';
import { builtImages, type ImageFile } from '../../src/lib/images/image-files.ts';
import { gzipSize, kindOf, type AssetKind } from '../lib/page-manifest.ts';
import { startPreview } from '../lib/preview-server.ts';
import { runLighthouse, type LighthouseResult } from '../lib/lighthouse.ts';
import { wallFrames, wallLongRun } from '../lib/wall-bench.ts';

const args = process.argv.slice(2);
const lighthouseRuns = Number(args.find((a) => a.startsWith('--lighthouse-runs='))?.slice(18) ?? 3);
const wallRotations = Number(args.find((a) => a.startsWith('--wall-rotations='))?.slice(17) ?? 10_000);
const started = Date.now();

const PAGES = [
	'/',
	'/en/',
	'/figures/',
	'/article/',
	'/screen/',
	'/en/screen/',
	...REGISTRY.flatMap((entry) => [`/embed/${entry.id}/`, `/en/embed/${entry.id}/`])
];
/** Lighthouse takes ~12 s a run here: the pages readers land on, and one embed of each kind. */
const LIGHTHOUSE_PAGES = ['/', '/en/', '/embed/investment-by-project/', '/embed/zone-map/'];

type Bytes = Record<AssetKind | 'maplibre' | 'total', number>;

interface PageResult {
	page: string;
	bytes: Bytes;
	requests: number;
	elements: number;
	heapBytes: number;
	lighthouse?: LighthouseResult;
}

function isMapLibre(url: string): boolean {
	return /maplibre|map-island/.test(url);
}

/** Loads a page, waits for the network to settle, and counts what came over it. */
async function measurePage(
	browser: Browser,
	url: string,
	cpuSlowdown = 1
): Promise<{ page: Page; bytes: Bytes; requests: number }> {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const client = await page.context().newCDPSession(page);
	if (cpuSlowdown > 1) await client.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	const bytes: Bytes = {
		html: 0,
		css: 0,
		js: 0,
		data: 0,
		font: 0,
		image: 0,
		other: 0,
		maplibre: 0,
		total: 0
	};
	let requests = 0;
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		pending.push(
			response.body().then(
				(body) => {
					requests++;
					const size = gzipSize(body);
					const path = new URL(response.url()).pathname;
					const kind = response.request().resourceType() === 'document' ? 'html' : kindOf(path);
					if (isMapLibre(path)) bytes.maplibre += size;
					else bytes[kind] += size;
					bytes.total += size;
				},
				() => {}
			)
		);
	});
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	return { page, bytes, requests };
}

async function heapAfterGc(page: Page): Promise<number> {
	const client = await page.context().newCDPSession(page);
	await client.send('Performance.enable');
	await client.send('HeapProfiler.collectGarbage');
	const { metrics } = await client.send('Performance.getMetrics');
	return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/** The least a page can be: one line of the chart's title. Its first paint is the floor under both. */
const ONE_LINE_PAGE =
	'<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
	'<title>one line</title><h1 style="font: 1.2rem sans-serif">今年签约的六个项目</h1></html>';

/** The bench's own ECharts page, with the six projects of our chart, on a server of its own. */
async function startEchartsServer(): Promise<{ origin: string; close: () => Promise<void> }> {
	const rows = selectInvestmentByProject(loadDataset()).map((row) => ({
		name: row.short.zh,
		value: Math.round((row.yuan / 1e8) * 100) / 100
	}));
	const html = fs.readFileSync('bench/echarts.html', 'utf8').replace('__ROWS__', JSON.stringify(rows));
	const library = fs.readFileSync('node_modules/echarts/dist/echarts.min.js');
	const server = http.createServer((request, response) => {
		const isLibrary = request.url?.endsWith('/echarts.min.js');
		const isFloor = request.url?.endsWith('/one-line.html');
		response.writeHead(200, { 'content-type': isLibrary ? 'text/javascript' : 'text/html; charset=utf-8' });
		response.end(isLibrary ? library : isFloor ? ONE_LINE_PAGE : html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

interface ChartRun {
	bytes: number;
	paintMs: number;
	heapBytes: number;
}

/** Same browser, same run, CPU slowed 4× like a mid-range phone; median of three. */
async function compareWithEcharts(browser: Browser, ours: string, theirs: string, oneLine: string) {
	const run = async (url: string, paintTime: (page: Page) => Promise<number>): Promise<ChartRun> => {
		const results: ChartRun[] = [];
		for (let i = 0; i < 3; i++) {
			const { page, bytes } = await measurePage(browser, url, 4);
			results.push({
				bytes: bytes.total,
				paintMs: await paintTime(page),
				heapBytes: await heapAfterGc(page)
			});
			await page.close();
		}
		return {
			bytes: median(results.map((r) => r.bytes)),
			paintMs: median(results.map((r) => r.paintMs)),
			heapBytes: median(results.map((r) => r.heapBytes))
		};
	};
	const firstContentfulPaint = (page: Page) =>
		page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
	// Our chart is in the HTML: it is painted with the first contentful paint.
	const ourChart = await run(ours, firstContentfulPaint);
	const echarts = await run(theirs, async (page) => {
		await page.waitForFunction(() => 'chartPaintedAt' in window);
		return page.evaluate(() => (window as unknown as { chartPaintedAt: number }).chartPaintedAt);
	});
	// What no page can beat in this browser: starting a renderer, committing the navigation, the
	// first CJK text laid out. Reported beside the ratio, which it weighs on.
	const floor = await run(oneLine, firstContentfulPaint);
	return {
		ours: ourChart,
		echarts,
		onePaintMs: floor.paintMs,
		ratios: {
			bytes: ourChart.bytes / echarts.bytes,
			paint: ourChart.paintMs / echarts.paintMs,
			heap: ourChart.heapBytes / echarts.heapBytes
		},
		goals: { bytes: 0.05, paint: 0.1, heap: 0.5 }
	};
}

function kb(bytes: number): string {
	return (bytes / 1024).toFixed(1);
}

if (!args.includes('--no-build')) {
	console.log('Building…');
	const build = spawnSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
		{
			stdio: 'inherit'
		}
	);
	if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The chart images in the build: how many, their total, and the smallest and largest of each kind. */
function imageSizes() {
	const { files, totalBytes } = builtImages(process.env.BUILD_DIR ?? 'build');
	const kinds = {
		'PNG 1×': (f: ImageFile) => f.scale === 1,
		'PNG 2×': (f: ImageFile) => f.scale === 2,
		SVG: (f: ImageFile) => f.format === 'svg'
	};
	return {
		count: files.length,
		totalBytes,
		byKind: Object.entries(kinds).map(([kind, test]) => {
			const sizes = files.filter(test).map((f) => f.bytes);
			return {
				kind,
				count: sizes.length,
				totalBytes: sizes.reduce((a, b) => a + b, 0),
				minBytes: Math.min(...sizes),
				maxBytes: Math.max(...sizes)
			};
		})
	};
}
const images = imageSizes();

const server = await startPreview(4182);
const echartsServer = await startEchartsServer();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	const pages: PageResult[] = [];
	for (const path of PAGES) {
		const { page, bytes, requests } = await measurePage(browser, server.origin + path);
		const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
		pages.push({ page: path, bytes, requests, elements, heapBytes: await heapAfterGc(page) });
		await page.close();
	}

	const chromePath = chromiumLaunchOptions().executablePath!;
	for (const path of LIGHTHOUSE_PAGES) {
		const runs: LighthouseResult[] = [];
		for (let i = 0; i < lighthouseRuns; i++)
			runs.push(await runLighthouse(server.origin + path, chromePath, CHROMIUM_ARGS));
		const result = pages.find((p) => p.page === path)!;
		result.lighthouse = {
			score: median(runs.map((r) => r.score)),
			fcpMs: median(runs.map((r) => r.fcpMs)),
			lcpMs: median(runs.map((r) => r.lcpMs)),
			tbtMs: median(runs.map((r) => r.tbtMs)),
			cls: median(runs.map((r) => r.cls)),
			mainThreadMs: median(runs.map((r) => r.mainThreadMs)),
			runs: runs.length
		};
	}

	const echarts = await compareWithEcharts(
		browser,
		`${server.origin}/embed/investment-by-project/`,
		`${echartsServer.origin}/echarts.html`,
		`${echartsServer.origin}/one-line.html`
	);

	const longRun = await wallLongRun(browser, server.origin, wallRotations);
	const frames = await wallFrames(browser, server.origin);

	console.log(
		'\nBytes transferred until the network is idle, gzipped (KB); MapLibre apart; a phone-sized window'
	);
	console.log(
		[
			'page'.padEnd(34),
			'total',
			' html',
			'  css',
			'   js',
			' data',
			'font',
			'maplibre',
			'reqs',
			'elements',
			'heap MB'
		].join(' ')
	);
	for (const r of pages) {
		const b = r.bytes;
		console.log(
			[
				r.page.padEnd(34),
				kb(b.total).padStart(5),
				kb(b.html).padStart(5),
				kb(b.css).padStart(5),
				kb(b.js).padStart(5),
				kb(b.data).padStart(5),
				kb(b.font).padStart(4),
				kb(b.maplibre).padStart(8),
				String(r.requests).padStart(4),
				String(r.elements).padStart(8),
				(r.heapBytes / 1048576).toFixed(1).padStart(7)
			].join(' ')
		);
	}
	console.log(`\nLighthouse ${13.5} mobile (simulated slow 4G, 4× CPU), median of ${lighthouseRuns}`);
	console.log(['page'.padEnd(34), 'score', '  FCP', '  LCP', '  TBT', '  CLS', 'main thread'].join(' '));
	for (const r of pages.filter((p) => p.lighthouse)) {
		const l = r.lighthouse!;
		console.log(
			[
				r.page.padEnd(34),
				String(Math.round(l.score * 100)).padStart(5),
				`${(l.fcpMs / 1000).toFixed(2)}s`.padStart(5),
				`${(l.lcpMs / 1000).toFixed(2)}s`.padStart(5),
				`${Math.round(l.tbtMs)}ms`.padStart(5),
				l.cls.toFixed(3).padStart(5),
				`${(l.mainThreadMs / 1000).toFixed(2)}s`.padStart(11)
			].join(' ')
		);
	}
	const e = echarts;
	console.log(
		'\nThe six-project bar chart: our embed vs ECharts 6, same browser, CPU 4× slower, median of 3'
	);
	console.log(
		`  bytes (gz)   ours ${kb(e.ours.bytes)} KB   ECharts ${kb(e.echarts.bytes)} KB   ratio ${e.ratios.bytes.toFixed(3)} (goal ≤ ${e.goals.bytes})`
	);
	console.log(
		`  painted at   ours ${e.ours.paintMs.toFixed(0)} ms   ECharts ${e.echarts.paintMs.toFixed(0)} ms   ratio ${e.ratios.paint.toFixed(3)} (goal ≤ ${e.goals.paint})`
	);
	console.log(
		`               (a page of one line of text paints at ${e.onePaintMs.toFixed(0)} ms here; above that, ours ${(e.ours.paintMs - e.onePaintMs).toFixed(0)} ms, ECharts ${(e.echarts.paintMs - e.onePaintMs).toFixed(0)} ms)`
	);
	console.log(
		`  heap         ours ${(e.ours.heapBytes / 1048576).toFixed(1)} MB   ECharts ${(e.echarts.heapBytes / 1048576).toFixed(1)} MB   ratio ${e.ratios.heap.toFixed(3)} (goal ≤ ${e.goals.heap})`
	);

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
	console.log(
		`\nChart images in the build (build/images/): ${images.count} files, ${kb(images.totalBytes)} KB in all`
	);
	for (const k of images.byKind)
		console.log(
			`  ${k.kind.padEnd(7)} ${String(k.count).padStart(3)} files ${kb(k.totalBytes).padStart(8)} KB   each ${kb(k.minBytes)}–${kb(k.maxBytes)} KB`
		);

	const results = {
		date: new Date().toISOString(),
		seconds: Math.round((Date.now() - started) / 1000),
		pages,
		echarts,
		wall: { longRun, frames },
		images
	};
	fs.mkdirSync('bench', { recursive: true });
	fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
	console.log(`\nWrote bench/results.json (${results.seconds} s).`);
} finally {
	await browser.close();
	await echartsServer.close();
	await server.stop();
}
