/**
 * How the bench measures a page in Chromium: the bytes that came over the network until it was
 * idle (gzipped, by kind, MapLibre apart), and the JS heap after a garbage collection.
 */
import type { Browser, Page } from '@playwright/test';
import { gzipSize, kindOf, type AssetKind } from './page-manifest.ts';

export type Bytes = Record<AssetKind | 'maplibre' | 'total', number>;

function isMapLibre(url: string): boolean {
	return /maplibre|map-island/.test(url);
}

/** Loads a page, waits for the network to settle, and counts what came over it. */
export async function measurePage(
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

export async function heapAfterGc(page: Page): Promise<number> {
	const client = await page.context().newCDPSession(page);
	await client.send('Performance.enable');
	await client.send('HeapProfiler.collectGarbage');
	const { metrics } = await client.send('Performance.getMetrics');
	return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

export function kb(bytes: number): string {
	return (bytes / 1024).toFixed(1);
}
