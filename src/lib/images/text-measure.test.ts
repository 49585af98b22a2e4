import { describe, expect, it } from 'vitest';
import { wrapText } from '../charts/svg/wrap-text.ts';
import { textMeasure } from './text-measure.ts';

describe('measuring with the bundled fonts', () => {
	it('sets English in Noto Sans, whose ’ is narrow, and Chinese in Noto Sans SC, whose ideographs are 1 em', () => {
		const en = textMeasure('en');
		const zh = textMeasure('zh');
		expect(en.width('’', { size: 20 })).toBeLessThan(8);
		expect(zh.width('’', { size: 20 })).toBeGreaterThan(15);
		expect(zh.width('今年签约', { size: 20 })).toBeCloseTo(80, 0);
		expect(en.width('Bold', { size: 20, weight: 700 })).toBeGreaterThan(en.width('Bold', { size: 20 }));
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
});
