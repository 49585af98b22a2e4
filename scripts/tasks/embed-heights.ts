/**
 * `npm run embed-heights`: after `npm run build`, measures every embed's height at each width in
 * both languages and writes src/lib/embed/heights.json (commit it). A browser test fails when the
 * file no longer matches the build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/browser.ts';
import { REGISTRY } from '../../src/lib/charts/registry.ts';
import { HEIGHTS_FILE, measureEmbeds } from '../lib/measure-embeds.ts';

const port = 4181;
const server = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
	{ stdio: ['ignore', 'ignore', 'inherit'] }
);
const exited = new Promise((resolve) => server.on('exit', resolve));
try {
	for (let i = 0; ; i++) {
		if (server.exitCode !== null) throw new Error(`vite preview exited (port ${port} in use?)`);
		if (
			await fetch(`http://localhost:${port}/`).then(
				() => true,
				() => false
			)
		)
			break;
		if (i > 100) throw new Error('vite preview did not start');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const browser = await chromium.launch(chromiumLaunchOptions());
	const heights = await measureEmbeds(
		browser,
		`http://localhost:${port}`,
		REGISTRY.map((entry) => entry.id)
	);
	await browser.close();
	fs.writeFileSync(HEIGHTS_FILE, `${JSON.stringify(heights, null, '\t')}\n`);
	console.log(`Wrote ${HEIGHTS_FILE}.`);
} finally {
	server.kill();
	await exited;
}
