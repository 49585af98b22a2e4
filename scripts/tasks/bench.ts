/**
 * `npm run bench`: builds the site, serves it, and measures what readers get: for every page and
 * embed the bytes transferred until the network is idle (gzipped, by kind, MapLibre apart), the
 * elements and the JS heap after load; Lighthouse (mobile preset, median of 3) on the pages that
 * matter most; our six-bar embed side by side with the same chart in ECharts 6; and the bytes of
 * the chart images the build holds (build/images/). Prints a table and writes bench/results.json. Timings are reported here and never asserted in tests.
 * Options: --no-build (measure the existing build), --lighthouse-runs=N (default 3),
 * --wall-rotations=N (the wall's long run, default 10,000).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumLaunchOptions } from '../../tests/browser.ts';
import { REGISTRY } from '../../src/lib/registry/index.ts';
import { builtImages, type ImageFile } from '../../src/lib/images/image-files.ts';
import { startPreview } from '../lib/preview-server.ts';
import { runLighthouse, type LighthouseResult } from '../lib/lighthouse.ts';
import { heapAfterGc, kb, measurePage, median, type Bytes } from '../lib/measure-page.ts';
import { compareWithEcharts, printEchartsComparison, startEchartsServer } from '../lib/echarts-bench.ts';
import { printWallBench, wallFrames, wallLongRun } from '../lib/wall-bench.ts';

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

interface PageResult {
	page: string;
	bytes: Bytes;
	requests: number;
	elements: number;
	heapBytes: number;
	lighthouse?: LighthouseResult;
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

// The browser is found first: without one, nothing is started that would be left running.
const launchOptions = chromiumLaunchOptions();
const server = await startPreview(4182);
const echartsServer = await startEchartsServer();
const browser = await chromium.launch(launchOptions);
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
	printEchartsComparison(echarts);

	printWallBench(longRun, frames);
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
