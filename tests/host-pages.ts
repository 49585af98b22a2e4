/**
 * News pages from another origin that embed our charts the ways newsrooms do: through the
 * published Pym.js parent, through @newswire/frames' parent, with an AMP-style embed-size
 * listener, with our own snippet, or with a bare iframe. Served on 127.0.0.2, a different origin
 * (and site) from the one under test, so framing and messaging cross origins as on the web.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const HOST_ADDRESS = '127.0.0.2';

export type HostKind = 'pym' | 'frames' | 'amp' | 'snippet' | 'iframe';

const LIBRARIES: Record<string, string> = {
	'/pym.js': 'node_modules/pym.js/dist/pym.v1.min.js',
	'/frames.js': 'node_modules/@newswire/frames/dist/frames.modern.js'
};

// Every page counts the messages it receives, so a test can see that none flow while nothing changes.
const COUNT_MESSAGES = `<script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>`;

function hostPage(kind: HostKind, src: string, code: string, hidden: boolean): string {
	const box = (inner: string) => `<div id="box"${hidden ? ' style="display:none"' : ''}>${inner}</div>`;
	const body: Record<HostKind, string> = {
		pym: `${box('<div id="embed"></div>')}<script src="/pym.js"></script>
			<script>window.parent_ = new pym.Parent('embed', ${JSON.stringify(src)}, {});</script>`,
		frames: `${box(`<div data-frame-src="${src}"></div>`)}
			<script type="module">import { autoInitFrames } from '/frames.js'; autoInitFrames();</script>`,
		amp: `${box(`<iframe id="embed" src="${src}" width="100%" height="150" frameborder="0"></iframe>`)}
			<script>addEventListener('message', (e) => {
				const f = document.getElementById('embed');
				if (e.source === f.contentWindow && e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size')
					f.setAttribute('height', e.data.height);
			});</script>`,
		snippet: box(code),
		iframe: box(code)
	};
	return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
		<title>A news page</title><link rel="icon" href="data:,">${COUNT_MESSAGES}
		<style>body { margin: 0; font-family: serif } p { margin: 1em } iframe { display: block }</style></head>
		<body><p>Above the chart.</p>${body[kind]}<p>Below the chart.</p></body></html>`;
}

export interface HostServer {
	origin: string;
	/** A host page of `kind` embedding `src` (or showing `code`, for the snippet and iframe kinds). */
	url(kind: HostKind, options: { src?: string; code?: string; hidden?: boolean }): string;
	close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
	const pages = new Map<string, string>();
	const server = http.createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://host').pathname;
		const library = LIBRARIES[path];
		if (library) {
			response.writeHead(200, { 'content-type': 'text/javascript' });
			response.end(fs.readFileSync(library));
			return;
		}
		const page = pages.get(path);
		response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		response.end(page ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, HOST_ADDRESS, resolve));
	const origin = `http://${HOST_ADDRESS}:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url(kind, { src = '', code = '', hidden = false }) {
			const path = `/page-${pages.size}.html`;
			pages.set(path, hostPage(kind, src, code, hidden));
			return `${origin}${path}`;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
