import { describe, expect, it } from 'vitest';
import { NO_BROWSER_MESSAGE, findChromium } from './browser.ts';

describe('findChromium', () => {
	it('takes CHROMIUM_PATH when Playwright has no browser of its own', () => {
		const exists = (path: unknown) => path === '/opt/chrome/chrome';
		expect(findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, exists)).toBe('/opt/chrome/chrome');
	});

	it('falls back to Debian’s /usr/bin/chromium', () => {
		expect(findChromium({}, (path: unknown) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
	});

	it('finds nothing when nothing exists, and the message says how to get a browser', () => {
		expect(findChromium({ CHROMIUM_PATH: '/nowhere' }, () => false)).toBeNull();
		expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
		expect(NO_BROWSER_MESSAGE).toContain('apt-get install chromium');
		expect(NO_BROWSER_MESSAGE.split('\n')).toHaveLength(1);
	});
});
