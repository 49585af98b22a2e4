import { describe, expect, it } from 'vitest';
import { breakPieces, textMeasure, wrapText } from './text.ts';

describe('line breaking', () => {
	it('breaks between ideographs, never inside a number and its unit, never before a closing mark', () => {
		expect(breakPieces('总投资26.3亿元，已换算')).toEqual([
			'总',
			'投',
			'资',
			'26.3亿',
			'元，',
			'已',
			'换',
			'算'
		]);
		expect(breakPieces('（1.5亿美元）')).toEqual(['（1.5亿', '美', '元）']);
		expect(breakPieces('“九通一平”各')).toEqual(['“九', '通', '一', '平”', '各']);
	});

	it('breaks English at spaces and after a hyphen between words', () => {
		expect(breakPieces('This year’s High-tech zone')).toEqual(['This ', 'year’s ', 'High-', 'tech ', 'zone']);
	});

	it('fills lines up to the width and loses no character', () => {
		const measure = textMeasure('zh');
		const text =
			'“石墨烯谷中心项目总投资（折合人民币）”由美元换算为人民币，按1美元兑6.8976元（国家统计局）。';
		const width = (line: string) => measure.width(line, { size: 13 });
		const lines = wrapText(text, 200, width);
		expect(lines.length).toBeGreaterThan(2);
		expect(lines.join('')).toBe(text);
		for (const line of lines) expect(width(line)).toBeLessThanOrEqual(200);
		expect(lines.some((line) => /^[，。）”]/.test(line))).toBe(false);
	});

	it('runs text in after something inline: a shorter first line, or none when its first word does not fit', () => {
		const width = (line: string) => line.length * 10;
		expect(wrapText('one two three four', 100, width, 40)).toEqual(['one', 'two three', 'four']);
		expect(wrapText('location unknown', 100, width, 95)).toEqual(['', 'location', 'unknown']);
		expect(wrapText('one two', 100, width)).toEqual(['one two']);
	});
});

describe('measuring with the bundled fonts', () => {
	it('sets English in Noto Sans, whose ’ is narrow, and Chinese in Noto Sans SC, whose ideographs are 1 em', () => {
		const en = textMeasure('en');
		const zh = textMeasure('zh');
		expect(en.width('’', { size: 20 })).toBeLessThan(8);
		expect(zh.width('’', { size: 20 })).toBeGreaterThan(15);
		expect(zh.width('今年签约', { size: 20 })).toBeCloseTo(80, 0);
		expect(en.width('Bold', { size: 20, weight: 700 })).toBeGreaterThan(en.width('Bold', { size: 20 }));
	});
});
