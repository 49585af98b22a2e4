import { describe, expect, it } from 'vitest';
import { scopedClassesIn, trimInlinedStyles, withoutUnusedRules } from './unused-css.ts';

describe('unused component styles', () => {
	const used = new Set(['s-used']);

	it('drops the rules of components the page does not show, and keeps the rest', () => {
		const css =
			':root{--a:1}.x.s-used{color:red}.y.s-gone{color:blue}.a.s-used,.b.s-gone{margin:0}html{font:1rem a,b}';
		expect(withoutUnusedRules(css, used)).toBe(
			':root{--a:1}.x.s-used{color:red}.a.s-used{margin:0}html{font:1rem a,b}'
		);
	});

	it('looks inside media and container queries, dropping those left empty; keeps keyframes', () => {
		const css =
			'@media (width<30rem){.x.s-gone{a:b}}@container chart (width<20rem){.y.s-used{c:d}.z.s-gone{e:f}}@keyframes s-gone-fade{0%{opacity:0}to{opacity:1}}';
		expect(withoutUnusedRules(css, used)).toBe(
			'@container chart (width<20rem){.y.s-used{c:d}}@keyframes s-gone-fade{0%{opacity:0}to{opacity:1}}'
		);
	});

	it('keeps a selector list whose commas are inside :is() or :not() whole', () => {
		expect(withoutUnusedRules('.a.s-used:is(.b,.c){x:y}', used)).toBe('.a.s-used:is(.b,.c){x:y}');
	});

	it('reads the classes from the markup, not from the styles', () => {
		const html = '<style>.a.s-onlycss{x:y}.b.s-used{x:y}</style><p class="b s-used">hi</p>';
		expect([...scopedClassesIn(html)]).toEqual(['s-used']);
		expect(trimInlinedStyles(html)).toBe('<style>.b.s-used{x:y}</style><p class="b s-used">hi</p>');
	});

	it('says where a stylesheet is broken', () => {
		expect(() => withoutUnusedRules('.a{x:y', used)).toThrow(/does not close/);
	});
});
