import { describe, expect, it } from 'vitest';
import { ampCode, embedSrc, heightAt, iframeCode, snippetCode } from './embed-code.ts';

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

	it('makes an iframe with a title for screen readers and a reserved height, escaping the title', () => {
		const code = iframeCode(input);
		expect(code).toContain('src="https://example.org/langfang/en/embed/timeline/"');
		expect(code).toContain('title="Timeline &quot;of events&quot; &lt;2020&gt;"');
		// The tallest: on a page that cannot resize it, nothing is cut off at any width.
		expect(code).toContain('height="700"');
		expect(code).not.toContain('<2020>');
	});

	it('makes the snippet: a container with heights per width and a fallback link, and the host script', () => {
		const code = snippetCode(input);
		expect(code).toContain('data-heights="320:700 640:560 1280:520"');
		expect(code).toContain('<a href="https://example.org/langfang/en/embed/timeline/"><noscript><img ');
		expect(code).toContain('<script async src="https://example.org/langfang/embed.js"></script>');
	});

	it('shows the chart as an image where the host page runs no script, in the language and theme chosen', () => {
		expect(snippetCode(input)).toContain(
			'<noscript><img src="https://example.org/langfang/images/timeline-en-light-1x.png" ' +
				'srcset="https://example.org/langfang/images/timeline-en-light-2x.png 2x" alt="" width="600"'
		);
		const dark = snippetCode({ ...input, options: { locale: 'zh', theme: 'dark', title: true } });
		expect(dark).toContain('images/timeline-zh-dark-1x.png');
		// Inside <noscript> only: readers whose browser runs scripts never download it.
		expect(dark.replace(/<noscript>[\s\S]*?<\/noscript>/g, '')).not.toContain('<img');
	});

	it('makes an amp-iframe that may resize', () => {
		const code = ampCode({ ...input, options: { ...input.options, locale: 'zh' } });
		expect(code).toMatch(/^<amp-iframe [^>]*\bresizable\b/);
		expect(code).toContain('layout="responsive"');
		expect(code).toContain('<div overflow tabindex="0" role="button" aria-label="展开">展开</div>');
	});
});
