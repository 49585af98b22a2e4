import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEIGHTS_FILE, formatHeights } from './measure-embeds.ts';

describe('heights.json', () => {
	it('is as `npm run embed-heights` writes it: a variant a line', () => {
		const text = fs.readFileSync(HEIGHTS_FILE, 'utf8');
		expect(formatHeights(JSON.parse(text))).toBe(text);
		expect(text.split('\n').length).toBeLessThan(100);
	});
});
