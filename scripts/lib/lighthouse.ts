/**
 * One Lighthouse run (mobile preset: simulated slow 4G and a 4× slower CPU), offline, against a
 * Chromium of our choosing (Debian's). Its score varies by several points between runs on this
 * kind of machine: callers take the median of a few.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

export interface LighthouseResult {
	score: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Main-thread work (mainthread-work-breakdown). */
	mainThreadMs: number;
	runs?: number;
}

export async function runLighthouse(
	url: string,
	chromePath: string,
	flags: string[]
): Promise<LighthouseResult> {
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...flags] });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
		const { lhr } = result;
		const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
		return {
			score: lhr.categories.performance?.score ?? 0,
			fcpMs: audit('first-contentful-paint'),
			lcpMs: audit('largest-contentful-paint'),
			tbtMs: audit('total-blocking-time'),
			cls: audit('cumulative-layout-shift'),
			mainThreadMs: audit('mainthread-work-breakdown')
		};
	} finally {
		// Waited for: a browser still shutting down takes CPU from the next run on a 2-core machine.
		await chrome.kill();
	}
}
