import { describe, expect, it } from 'vitest';
import { loadStyle, offlineStyle } from './map-style.ts';

const colors = { background: 'rgb(1, 2, 3)', land: 'x', border: 'x', zone: 'x', zoneBorder: 'x' };
const respond = (body: unknown, status = 200) =>
	(() => Promise.resolve(new Response(JSON.stringify(body), { status }))) as typeof fetch;

describe('the map style', () => {
	it('is offline when no URL is set, and needs no server', () => {
		const style = offlineStyle(colors);
		expect(style).toEqual({
			version: 8,
			sources: {},
			layers: [{ id: 'background', type: 'background', paint: { 'background-color': 'rgb(1, 2, 3)' } }]
		});
		expect(JSON.stringify(style)).not.toMatch(/https?:|glyphs|sprite/);
	});

	it('uses an online style that loads', async () => {
		const online = {
			version: 8,
			sources: { osm: { type: 'vector', url: 'https://example.org/tiles.json' } },
			layers: []
		};
		expect(await loadStyle('https://example.org/style.json', colors, 1000, respond(online))).toEqual({
			style: online,
			outcome: 'online'
		});
		expect(await loadStyle('', colors)).toMatchObject({ outcome: 'offline' });
	});

	it('falls back offline when the online style fails, is not a style, or takes too long', async () => {
		const failed = { style: offlineStyle(colors), outcome: 'online-failed' };
		expect(await loadStyle('https://x.test/style.json', colors, 1000, respond({}, 404))).toEqual(failed);
		expect(await loadStyle('https://x.test/style.json', colors, 1000, respond({ hello: 'world' }))).toEqual(
			failed
		);
		const never = ((_url: string, init?: RequestInit) =>
			new Promise((_resolve, reject) =>
				init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))
			)) as typeof fetch;
		const started = Date.now();
		expect(await loadStyle('https://x.test/style.json', colors, 50, never)).toEqual(failed);
		expect(Date.now() - started).toBeLessThan(1000);
	});
});
