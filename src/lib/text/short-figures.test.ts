import { describe, expect, it } from 'vitest';
import { textPieces, wholeFiguresHtml } from './short-figures.ts';

const wholes = (text: string) =>
	textPieces(text)
		.filter((p) => p.whole)
		.map((p) => p.text);

describe('short figures', () => {
	it('finds a number with its unit in Chinese, and a paragraph reference', () => {
		expect(wholes('累计签约入园项目41个，总投资268.7亿元；将72.96平方公里调出（第13段）')).toEqual([
			'41个',
			'268.7亿元',
			'72.96平方公里',
			'第13段'
		]);
		expect(wholes('投资强度500万元/亩以上，5月14日开工，1500余人返岗')).toEqual([
			'500万元/亩以上',
			'5月14日',
			'1500余人'
		]);
	});

	it('finds them in English, the words before a figure left free to break', () => {
		expect(
			wholes('over 4 billion yuan, US$150 million, 41 projects, 72.96 km², paragraph 14, 29 May')
		).toEqual(['4 billion yuan', 'US$150 million', '41 projects', '72.96 km²', 'paragraph 14', '29 May']);
	});

	it('takes no number inside a name for a figure (ES6项目)', () => {
		expect(wholes('为ES6项目注入资金')).toEqual([]);
	});

	it('joins its pieces to the text again', () => {
		const text = '总投资约70亿元，其中引入外资1.5亿美元。';
		expect(
			textPieces(text)
				.map((p) => p.text)
				.join('')
		).toBe(text);
	});

	it('escapes the text it wraps', () => {
		expect(wholeFiguresHtml('<b>41个</b> & more')).toBe(
			'&lt;b&gt;<span class="whole-figure">41个</span>&lt;/b&gt; &amp; more'
		);
	});
});
