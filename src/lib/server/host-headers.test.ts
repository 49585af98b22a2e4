import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, hostHeaderRules, parseHeadersFile } from './host-headers.ts';

const pages = ['/', '/en/', '/embed/timeline/', '/en/embed/zone-map/', '/article/'];

describe('the host headers', () => {
	const rules = parseHeadersFile(formatHeadersFile(hostHeaderRules(pages, '')));
	const csp = (path: string) =>
		headersFor(rules, path)
			.filter(([name]) => name === 'Content-Security-Policy')
			.map(([, value]) => value);

	it('let any site frame an embed, and only the site frame its other pages', () => {
		expect(csp('/embed/timeline/')).toEqual(['frame-ancestors *']);
		expect(csp('/embed/timeline/index.html')).toEqual(['frame-ancestors *']);
		expect(csp('/index.html')).toEqual(["frame-ancestors 'self'"]);
		expect(csp('/en/embed/zone-map/')).toEqual(['frame-ancestors *']);
		expect(csp('/')).toEqual(["frame-ancestors 'self'"]);
		expect(csp('/article/')).toEqual(["frame-ancestors 'self'"]);
		expect(headersFor(rules, '/en/')).toContainEqual(['X-Frame-Options', 'SAMEORIGIN']);
		expect(headersFor(rules, '/embed/timeline/')).not.toContainEqual(['X-Frame-Options', 'SAMEORIGIN']);
	});

	it('say that pages are UTF-8 HTML, and only of pages', () => {
		for (const page of ['/', '/index.html', '/en/', '/embed/timeline/', '/article/'])
			expect(headersFor(rules, page), page).toContainEqual(['Content-Type', 'text/html; charset=utf-8']);
		expect(headersFor(rules, '/embed.js').map(([name]) => name)).not.toContain('Content-Type');
		expect(headersFor(rules, '/_app/immutable/scripts/embed.abc.js').map(([name]) => name)).not.toContain(
			'Content-Type'
		);
	});

	it('cache what is content-hashed for a year, and say nosniff everywhere', () => {
		expect(headersFor(rules, '/_app/immutable/scripts/embed.abc.js')).toContainEqual([
			'Cache-Control',
			'public, max-age=31536000, immutable'
		]);
		expect(headersFor(rules, '/embed.js')).toContainEqual(['X-Content-Type-Options', 'nosniff']);
		expect(headersFor(rules, '/embed.js')).not.toContainEqual([
			'Cache-Control',
			'public, max-age=31536000, immutable'
		]);
	});

	it('work under a base path', () => {
		const based = hostHeaderRules(['/langfang/', '/langfang/embed/timeline/'], '/langfang');
		expect(headersFor(based, '/langfang/embed/timeline/')).toContainEqual([
			'Content-Security-Policy',
			'frame-ancestors *'
		]);
		expect(headersFor(based, '/langfang/')).toContainEqual([
			'Content-Security-Policy',
			"frame-ancestors 'self'"
		]);
	});
});
