import { describe, expect, it } from 'vitest';
import {
	ampCode,
	embedSrc,
	heightAt,
	iframeCode,
	reservedHeightCss,
	reservedSteps,
	snippetCode
} from './embed-code.ts';

/** What a browser computes for `reservedHeightCss` in a frame `width` px wide (calc, clamp, px, cqi). */
function cssHeightAt(css: string, width: number): number {
	const expression = css.replace(/^calc/, '').replaceAll('100cqi', String(width)).replaceAll('px', '');
	if (!/^[\d\s()+\-*,clamp]+$/.test(expression)) throw new Error(`unexpected CSS: ${css}`);
	const clamp = (min: number, value: number, max: number) => Math.max(min, Math.min(value, max));
	return new Function('clamp', `return ${expression}`)(clamp) as number;
}

const heights = { 320: 700, 640: 560, 1280: 520 };
const input = {
	siteUrl: 'https://example.org/langfang',
	id: 'timeline',
	title: 'Timeline "of events" <2020>',
	heights,
	options: { locale: 'en', theme: 'auto', title: true }
} as const;

describe('embed code', () => {
	it('points at the embed in its language, with only the options that differ', () => {
		expect(embedSrc(input.siteUrl, 'timeline', input.options)).toBe(
			'https://example.org/langfang/en/embed/timeline/'
		);
		expect(embedSrc(input.siteUrl, 'timeline', { locale: 'zh', theme: 'dark', title: false })).toBe(
			'https://example.org/langfang/embed/timeline/?theme=dark&title=0'
		);
	});

	it('reserves the height measured at the widest width not above the one asked', () => {
		expect(heightAt(heights, 300)).toBe(700);
		expect(heightAt(heights, 320)).toBe(700);
		expect(heightAt(heights, 700)).toBe(560);
		expect(heightAt(heights, 4000)).toBe(520);
	});

	it('between two widths reserves the taller of their heights, so nothing is cut off', () => {
		const rising = { 320: 700, 640: 560, 768: 600, 1280: 520 };
		expect(reservedSteps(rising)).toEqual([
			[320, 700],
			[640, 600],
			[768, 600],
			[1280, 520]
		]);
		expect(heightAt(rising, 700)).toBe(600);
	});

	it('says the same heights in CSS, from the frame’s own width, at every width', () => {
		const measured = { 280: 760, 320: 700, 480: 700, 640: 560, 768: 600, 1024: 590, 1280: 520 };
		const css = reservedHeightCss(measured);
		for (const width of [200, 280, 300, 319, 320, 479, 480, 600, 640, 700, 767, 768, 1000, 1024, 1280, 2000])
			expect(cssHeightAt(css, width), `${width}px`).toBeCloseTo(heightAt(measured, width), 0);
		expect(reservedHeightCss({ 320: 400, 640: 400 })).toBe('400px');
	});

	it('makes an iframe with a title for screen readers and a height for its width, escaping the title', () => {
		const code = iframeCode(input);
		expect(code).toMatch(/^<div style="container-type:inline-size"><iframe /);
		expect(code).toContain('src="https://example.org/langfang/en/embed/timeline/"');
		expect(code).toContain('title="Timeline &quot;of events&quot; &lt;2020&gt;"');
		expect(code).toContain(`height:${reservedHeightCss(heights)}"`);
		// Where container units or styles are missing: a typical column's height.
		expect(code).toContain('height="560"');
		expect(code).toContain('loading="lazy"');
		expect(code).not.toContain('scrolling="no"');
		expect(code).not.toContain('<2020>');
	});

	it('makes the snippet: the same iframe, marked for the host script, and the script', () => {
		const code = snippetCode(input);
		expect(code.replace(' data-langfang-embed', '').split('\n')[0]).toBe(iframeCode(input));
		expect(code).toContain('<iframe src="https://example.org/langfang/en/embed/timeline/" title=');
		expect(code).toMatch(/<iframe [^>]*data-langfang-embed/);
		expect(code).toContain('\n<script async src="https://example.org/langfang/embed.js"></script>');
	});

	it('makes an amp-iframe that may resize', () => {
		const code = ampCode({ ...input, options: { ...input.options, locale: 'zh' } });
		expect(code).toMatch(/^<amp-iframe [^>]*\bresizable\b/);
		expect(code).toContain('layout="responsive"');
		expect(code).toContain('<div overflow tabindex="0" role="button" aria-label="展开">展开</div>');
	});
});
