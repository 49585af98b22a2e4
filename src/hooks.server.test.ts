import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import config from '../svelte.config.js';
import { handle } from './hooks.server.ts';
import { BOOT_SCRIPT } from '#lib/server/boot-script.ts';
import { WALL_DISTANCE } from '#lib/wall/wall-params.ts';

/** The page the hook makes of app.html for a route. */
async function served(routeId: string, lang?: string): Promise<string> {
	const template = fs.readFileSync('src/app.html', 'utf8');
	const event = { params: { lang }, route: { id: routeId } } as unknown as RequestEvent;
	const resolve = (_: RequestEvent, options?: ResolveOptions) =>
		options!.transformPageChunk!({ html: template, done: true });
	return (await handle({ event, resolve: resolve as never })) as unknown as string;
}

const inlineScripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => body!);
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the served page’s boot script', () => {
	it('is the boot script module’s, with the wall’s distance limits in it', async () => {
		const { min, max, far } = WALL_DISTANCE;
		for (const html of [await served('/[[lang=lang]]'), await served('/[[lang=lang]]/screen', 'en')]) {
			expect(inlineScripts(html)).toEqual([BOOT_SCRIPT]);
			expect(html).not.toContain('%boot-script%');
			expect(BOOT_SCRIPT).toContain(`Math.min(${max}, Math.max(${min}, +distance))`);
			expect(BOOT_SCRIPT).toContain(`+distance > ${far}`);
		}
	});

	it('is the one inline script the CSP allows, by its hash', async () => {
		const [script] = inlineScripts(await served('/[[lang=lang]]/embed/[id]'));
		expect(config.kit?.csp?.mode).toBe('hash');
		expect(config.kit?.csp?.directives?.['script-src']).toEqual(['self', sha256(script!)]);
	});

	it('makes the wall dark, its type sized for the default distance, until the URL says otherwise', async () => {
		expect(await served('/[[lang=lang]]/screen', 'en')).toContain(
			`<html lang="en" data-theme="dark" style="--wall-distance: ${WALL_DISTANCE.default}">`
		);
		expect(await served('/[[lang=lang]]')).toContain('<html lang="zh-Hans">');
	});
});
