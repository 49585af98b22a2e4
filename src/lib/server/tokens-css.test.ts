import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLORS } from '../styles/tokens.ts';
import { PROJECT_ROOT } from './load-dataset.ts';
import { TOKENS_CSS, tokensCss } from './tokens-css.ts';

describe('tokens.css', () => {
	it('is what its sources generate (the build rewrites it; commit the result)', () => {
		expect(fs.readFileSync(path.join(PROJECT_ROOT, TOKENS_CSS), 'utf8')).toBe(tokensCss());
	});

	it('sets every colour as a light-dark() pair of the tokens', () => {
		const css = tokensCss();
		for (const [name, [light, dark]] of Object.entries(COLORS))
			expect(css).toContain(`--${name}: light-dark(${light}, ${dark});`);
	});
});
