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
				for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
				next();
			});
		}
	};
}
