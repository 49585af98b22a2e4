/**
 * `vite preview` sends the headers of the build's `_headers` file, as a static host would, so the
 * browser tests see the framing rules and caching a deployment gets.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { headersFor, parseHeadersFile } from './host-headers.ts';

export function previewHeaders({ buildDir }: { buildDir: string }): Plugin {
	return {
		name: 'langfang-preview-headers',
		configurePreviewServer(server) {
			const file = path.join(server.config.root, buildDir, '_headers');
			const rules = fs.existsSync(file) ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : [];
			server.middlewares.use((request, response, next) => {
				const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
				const headers = headersFor(rules, pathname);
				for (const [name, value] of headers) response.setHeader(name, value);
				// As on a static host, the rules win over the file server's defaults (sirv sets its own
				// Content-Type, without the charset, before or in writeHead).
				const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => typeof response;
				response.writeHead = ((status: number, ...rest: unknown[]) => {
					for (const [name, value] of headers) response.setHeader(name, value);
					const own = rest.at(-1);
					if (own && typeof own === 'object' && !Array.isArray(own)) {
						const lowered = new Set(headers.map(([name]) => name.toLowerCase()));
						const kept = Object.entries(own).filter(([name]) => !lowered.has(name.toLowerCase()));
						rest[rest.length - 1] = Object.fromEntries([...kept, ...headers]);
					}
					return writeHead(status, ...rest);
				}) as typeof response.writeHead;
				next();
			});
		}
	};
}
