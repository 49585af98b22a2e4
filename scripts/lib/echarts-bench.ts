/**
 * Our six-bar embed beside the same chart drawn by ECharts 6, for `npm run bench`: bytes, when
 * the chart is painted and the heap, in the same browser with the CPU slowed 4×, median of three.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import { selectInvestmentByProject } from '../../src/lib/registry/investment-by-project/select.ts';
import { loadDataset } from '../../src/lib/server/load-dataset.ts';
import { heapAfterGc, kb, measurePage, median } from './measure-page.ts';

/** The least a page can be: one line of the chart's title. Its first paint is the floor under both. */
const ONE_LINE_PAGE =
	'<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
	'<title>one line</title><h1 style="font: 1.2rem sans-serif">今年签约的六个项目</h1></html>';

/** The bench's own ECharts page, with the six projects of our chart, on a server of its own. */
export async function startEchartsServer(): Promise<{ origin: string; close: () => Promise<void> }> {
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
export async function compareWithEcharts(browser: Browser, ours: string, theirs: string, oneLine: string) {
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

export type EchartsComparison = Awaited<ReturnType<typeof compareWithEcharts>>;

export function printEchartsComparison(e: EchartsComparison): void {
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
}
