/**
 * Finds the Chromium the browser tests drive: Playwright's own download if installed, else
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium. With none, the run stops with one line that
 * says how to get one; tests never skip silently.
 */
import fs from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Flags for a headless Chromium on a machine with no network but localhost. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const NO_BROWSER_MESSAGE =
	'No Chromium found: run `npx playwright install chromium`, or `apt-get install chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.';

export function findChromium(
	env: NodeJS.ProcessEnv = process.env,
	exists: (path: string) => boolean = fs.existsSync
): string | null {
	let bundled: string | undefined;
	try {
		bundled = chromium.executablePath();
	} catch {
		bundled = undefined;
	}
	const candidates = [bundled, env.CHROMIUM_PATH, '/usr/bin/chromium'];
	return candidates.find((path): path is string => !!path && exists(path)) ?? null;
}

export function chromiumLaunchOptions(): LaunchOptions {
	const executablePath = findChromium();
	if (!executablePath) {
		console.error(NO_BROWSER_MESSAGE);
		process.exit(1);
	}
	return { executablePath, args: CHROMIUM_ARGS };
}
