import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../server/load-dataset.ts';
import { parsePalette, readPalette, resolveColor } from './palette.ts';

describe('the tokens as colours', () => {
	it('takes each light-dark() pair for its theme', () => {
		const css = ':root { --color-accent: light-dark(#0B5CAD, #6cb4ff); --space-1: 0.25rem; }';
		expect(resolveColor(parsePalette(css, 'light'), 'var(--color-accent)')).toBe('#0b5cad');
		expect(resolveColor(parsePalette(css, 'dark'), 'color-accent')).toBe('#6cb4ff');
	});

	it('reads tokens.css, and names a colour it does not define', () => {
		const dark = readPalette(PROJECT_ROOT, 'dark');
		expect(resolveColor(dark, 'color-bg')).toBe('#101318');
		expect(() => resolveColor(dark, 'var(--color-nope)')).toThrow(
			/"var\(--color-nope\)" is not a light-dark\(\) token/
		);
	});
});
