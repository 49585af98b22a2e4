import { describe, expect, it } from 'vitest';
import { palette, resolveColor } from './palette.ts';

describe('the tokens as colours', () => {
	it('takes each pair’s colour for its theme, by name or as var()', () => {
		expect(resolveColor(palette('light'), 'var(--color-accent)')).toBe('#0b5cad');
		expect(resolveColor(palette('dark'), 'color-accent')).toBe('#6cb4ff');
		expect(resolveColor(palette('dark'), 'color-bg')).toBe('#101318');
	});

	it('names a colour the tokens do not define', () => {
		expect(() => resolveColor(palette('dark'), 'var(--color-nope)')).toThrow(
			/"var\(--color-nope\)" is not a colour of src\/lib\/styles\/tokens.ts/
		);
	});
});
