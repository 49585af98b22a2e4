import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from './boot-script.ts';
import { WALL_DISTANCE } from '../wall/wall-params.ts';

/** Runs the boot script on a page at `search` (framed or not); returns what it set on <html>. */
function boot(search: string, framed = false) {
	const attributes: Record<string, string> = {};
	const properties: Record<string, string> = {};
	const root = {
		setAttribute: (name: string, value: string) => (attributes[name] = value),
		style: { setProperty: (name: string, value: string) => (properties[name] = value) }
	};
	const window = { parent: {} };
	if (!framed) window.parent = window;
	runInNewContext(BOOT_SCRIPT, {
		document: { documentElement: root },
		location: { search },
		window,
		URLSearchParams
	});
	return { attributes, properties };
}

describe('the boot script', () => {
	it('says scripts run, and applies theme=, title=0 and being framed', () => {
		expect(boot('').attributes).toEqual({ 'data-js': '' });
		expect(boot('?theme=dark&title=0', true).attributes).toEqual({
			'data-js': '',
			'data-theme': 'dark',
			'data-title': 'off',
			'data-framed': ''
		});
		expect(boot('?theme=blue').attributes).not.toHaveProperty('data-theme');
	});

	it('sizes the wall’s type within WALL_DISTANCE, and past its far mark leaves two columns', () => {
		const { min, max, far } = WALL_DISTANCE;
		const distance = (search: string) => boot(search).properties['--wall-distance'];
		const isFar = (search: string) => 'data-wall-far' in boot(search).attributes;
		expect(distance(`?distance=${min + 0.5}`)).toBe(String(min + 0.5));
		expect(distance(`?distance=${max + 10}`)).toBe(String(max));
		expect(distance(`?distance=${min / 2}`)).toBe(String(min));
		expect(isFar(`?distance=${far}`)).toBe(false);
		expect(isFar(`?distance=${far + 0.1}`)).toBe(true);
		// Only a plain number reaches the CSS; otherwise the server's default stays.
		expect(boot('?distance=<b>9</b>').properties).toEqual({});
		expect(boot('?distance=-1').properties).toEqual({});
		expect(boot('').properties).toEqual({});
	});
});
