/**
 * `vite preview` of the built site on a port of its own, for the scripts that look at the build
 * in a browser (screenshots, embed heights, bench). Vite's own bin, not `npx`, so stopping it
 * stops the server itself; --strictPort refuses a port another (possibly stale) server holds
 * instead of measuring that server's pages.
 */
import { spawn } from 'node:child_process';

export interface PreviewServer {
	origin: string;
	stop(): Promise<void>;
}

export async function startPreview(port: number): Promise<PreviewServer> {
	const server = spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()));
	const origin = `http://localhost:${port}`;
	for (let i = 0; ; i++) {
		if (server.exitCode !== null) throw new Error(`vite preview exited (port ${port} in use?)`);
		const up = await fetch(`${origin}/`).then(
			() => true,
			() => false
		);
		if (up) break;
		if (i > 150) {
			server.kill();
			throw new Error('vite preview did not start');
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		origin,
		stop: async () => {
			server.kill();
			await exited;
		}
	};
}
