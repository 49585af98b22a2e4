/**
 * `vite preview` of the built site on a port of its own, for the scripts that look at the build
 * in a browser (screenshots, embed heights, bench). Vite's own bin, not `npx`, so stopping it
 * stops the server itself. --strictPort refuses a port another (possibly stale) server holds, and
 * the server counts as up only once it says it listens: a stale server answering on that port is
 * never measured in its place.
 */
import { spawn } from 'node:child_process';

export interface PreviewServer {
	origin: string;
	stop(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;

export async function startPreview(port: number): Promise<PreviewServer> {
	const server = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
	const origin = `http://localhost:${port}`;
	await new Promise<void>((resolve, reject) => {
		let said = '';
		const timer = setTimeout(() => {
			server.kill();
			reject(new Error(`vite preview did not start on port ${port} within ${START_TIMEOUT_MS / 1000} s`));
		}, START_TIMEOUT_MS);
		server.stdout.on('data', (chunk: Buffer) => {
			said += chunk.toString();
			if (said.includes(`:${port}/`)) {
				clearTimeout(timer);
				resolve();
			}
		});
		server.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`vite preview exited (code ${code}) before listening: is port ${port} in use?`));
		});
	});
	// Its words are not needed any more, but the pipe must be drained.
	server.stdout.resume();
	return {
		origin,
		stop: async () => {
			server.kill();
			await exited;
		}
	};
}
