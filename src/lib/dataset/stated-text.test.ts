import { describe, expect, it } from 'vitest';
import { parseStatedText, parseStatus, unbalancedQuoteMarks } from './stated-text.ts';

describe('parseStatedText', () => {
	it.each([
		['268.7亿元', 'yuan', { value: 26_870_000_000, significantDigits: 4, resolution: 1e7 }],
		['约70亿元', 'yuan', { value: 7_000_000_000, qualifier: 'about', resolution: 1e8 }],
		['1.5亿美元', 'usd', { value: 150_000_000, resolution: 1e7 }],
		['26.3亿元', 'yuan', { value: 2_630_000_000 }],
		['500万元/亩以上', 'yuan-per-mu', { value: 5_000_000, qualifier: 'at-least' }],
		['超300公里', 'km', { value: 300, qualifier: 'over' }],
		['41.9公里', 'km', { value: 41.9, significantDigits: 3 }],
		['72.96平方公里', 'km2', { value: 72.96 }],
		['1500余人', 'people', { value: 1500, qualifier: 'more-than' }],
		['可达60万吨', 'tonnes-per-year', { value: 600_000, qualifier: 'up-to' }],
		['“九通一平”', 'utility-connections', { value: 9, significantDigits: 1 }],
		['41个', 'projects', { value: 41, resolution: 1 }],
		['4月30日', 'month-day', { value: '--04-30' }],
		['3月初', 'month-day', { value: '--03', part: 'early' }],
		['4月份', 'month-day', { value: '--04' }]
	] as const)('reads %s', (text, unit, expected) => {
		expect(parseStatedText(text, unit)).toMatchObject(expected);
	});

	it('says why it cannot read a text', () => {
		expect(parseStatedText('约七十亿元', 'yuan')).toBe(
			'"十亿元" in "约七十亿元" is not a spelling of unit "yuan" (亿元, 万元, 元)'
		);
		expect(parseStatedText('亿元', 'yuan')).toBe('no number at the start of "亿元"');
		expect(parseStatedText('41.9公里', 'km2')).toMatch(/is not a spelling of unit "km2"/);
		expect(parseStatedText('四月三十日', 'month-day')).toMatch(/cannot read "四月三十日" as a date/);
	});

	it('refuses a quotation cut off at one end', () => {
		expect(parseStatedText('基本实现“九通一平', 'utility-connections')).toBe(
			'"基本实现“九通一平" has a “ that is never closed: take its closing ” too'
		);
		expect(parseStatedText('九通一平”', 'utility-connections')).toMatch(/has a ” that closes nothing/);
		expect(unbalancedQuoteMarks('《廊坊高新区关于盘活闲置和低效工业用地的工作方案》')).toBeNull();
		expect(unbalancedQuoteMarks('“‘不打烊”’')).toMatch(/closes nothing/);
	});

	it('refuses a status word read as a qualifier of the number (基本实现 is not “about”)', () => {
		expect(parseStatedText('基本实现“九通一平”', 'utility-connections')).toMatch(
			/^"基本实现“九通一平”" starts with "基本", which says how far something got \(a status of the verb\), not how precise the number is/
		);
		expect(parseStatus('基本实现')).toEqual({ value: 'basically-achieved' });
		expect(parseStatus('基本')).toMatch(/is not a status the dataset knows/);
	});

	it('takes one qualifier only', () => {
		expect(parseStatedText('约超70亿元', 'yuan')).toMatch(/no number at the start/);
	});
});
