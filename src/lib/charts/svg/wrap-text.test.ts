import { describe, expect, it } from 'vitest';
import { breakPieces, wrapText } from './wrap-text.ts';

describe('line breaking', () => {
	it('breaks between ideographs, never inside a number and its unit, never before a closing mark', () => {
		expect(breakPieces('总投资26.3亿元，已换算')).toEqual(['总', '投', '资', '26.3亿元，', '已', '换', '算']);
		expect(breakPieces('（1.5亿美元）')).toEqual(['（1.5亿美元）']);
		expect(breakPieces('72.96平方公里（第13段）')).toEqual(['72.96平方公里', '（第13段）']);
		expect(breakPieces('over 26.87 billion yuan')).toEqual(['over ', '26.87 billion yuan']);
		expect(breakPieces('“九通一平”各')).toEqual(['“九', '通', '一', '平”', '各']);
	});

	it('breaks English at spaces and after a hyphen between words', () => {
		expect(breakPieces('This year’s High-tech zone')).toEqual(['This ', 'year’s ', 'High-', 'tech ', 'zone']);
	});

	it('runs text in after something inline: a shorter first line, or none when its first word does not fit', () => {
		const width = (line: string) => line.length * 10;
		expect(wrapText('one two three four', 100, width, 40)).toEqual(['one', 'two three', 'four']);
		expect(wrapText('location unknown', 100, width, 95)).toEqual(['', 'location', 'unknown']);
		expect(wrapText('one two', 100, width)).toEqual(['one two']);
	});
});
