/**
 * The code a newsroom pastes to embed a chart, in its three forms: a responsive iframe (works
 * anywhere with no script: its height follows its width in CSS, from the heights measured per
 * width; sizes itself exactly on pages that run Pym.js or @newswire/frames), our snippet (the same
 * iframe and our host script, which sets the exact height), and amp-iframe for AMP pages.
 * Pure: the embed dialog builds it in the browser, the build for oEmbed and the embed index.
 */
import type { Locale } from '../i18n/locale.ts';
import { HOST_SCRIPT_PATH, embedPath } from './embed-paths.ts';
import { HOST_EMBED_ATTRIBUTE } from './host-snippet-contract.ts';

/**
 * The widths at which each embed's height is measured (heights.json), CSS pixels: from a 320 px
 * phone's column with margins (280) to a wide desktop column, every 20 px up to 720 (where text
 * reflows line by line as columns narrow) and every 40 px above. Between two of them a frame
 * sized from these is at most a line or so taller than its embed.
 */
export const EMBED_WIDTHS: readonly number[] = [
	...Array.from({ length: 23 }, (_, i) => 280 + 20 * i),
	...Array.from({ length: 14 }, (_, i) => 760 + 40 * i)
];
/** A news article's column, for a single reserved height. */
export const TYPICAL_WIDTH = 640;

/** Height by width, for one embed in one language. */
export type HeightsByWidth = Record<string, number>;

export interface EmbedOptions {
	locale: Locale;
	theme: 'auto' | 'light' | 'dark';
	/** Show the embed's own title (off when the host page has its headline). */
	title: boolean;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { locale: 'zh', theme: 'auto', title: true };

function escapeAttribute(value: string): string {
	return value
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/** The embed's absolute URL with its options (`siteUrl`: origin and base path, no trailing slash). */
export function embedSrc(siteUrl: string, id: string, options: EmbedOptions): string {
	const query = new URLSearchParams();
	if (options.theme !== 'auto') query.set('theme', options.theme);
	if (!options.title) query.set('title', '0');
	const search = query.toString();
	return `${siteUrl}/${embedPath(options.locale, id)}${search ? `?${search}` : ''}`;
}

/**
 * The height to reserve from each measured width up to the next: the taller of the two measured
 * heights (text reflows in steps, so between two widths an embed is about as tall as at one of
 * them), so that nothing is cut off where nobody resizes the frame. Sorted by width.
 */
export function reservedSteps(heights: HeightsByWidth): [width: number, height: number][] {
	const measured = Object.entries(heights)
		.map(([w, h]) => [Number(w), h] as [number, number])
		.sort((a, b) => a[0] - b[0]);
	if (!measured.length) throw new Error('no measured heights');
	return measured.map(([width, height], i) => [width, Math.max(height, measured[i + 1]?.[1] ?? 0)]);
}

/** The height reserved for a width (below the narrowest measured width, the narrowest's). */
export function heightAt(heights: HeightsByWidth, width: number): number {
	const steps = reservedSteps(heights);
	return (steps.filter(([w]) => w <= width).pop() ?? steps[0]!)[1];
}

/**
 * heightAt as a CSS length of the frame's own width (`100cqi`, its container's inline size), so a
 * page with no script of ours still gives the frame the right height at any width: the last
 * step's height plus, for each step, a `clamp()` that is the change to the next step's height
 * while the width is below that step and 0 from it on.
 */
export function reservedHeightCss(heights: HeightsByWidth): string {
	const steps = reservedSteps(heights);
	const terms = steps.slice(0, -1).flatMap(([, height], i) => {
		const [nextWidth, nextHeight] = steps[i + 1]!;
		const change = height - nextHeight;
		if (change === 0) return [];
		return [`${change > 0 ? '+' : '-'} clamp(0px, (${nextWidth}px - 100cqi) * 1000, ${Math.abs(change)}px)`];
	});
	const last = steps[steps.length - 1]![1];
	return terms.length ? `calc(${last}px ${terms.join(' ')})` : `${last}px`;
}

export interface EmbedCodeInput {
	siteUrl: string;
	id: string;
	/** The chart's title, for screen readers (the iframe's title). */
	title: string;
	heights: HeightsByWidth;
	options: EmbedOptions;
}

/**
 * The iframe in a box whose width its height follows (`container-type`). The `height` attribute
 * (at a typical column's width) serves browsers without container units and pages that strip
 * styles. Not `scrolling="no"`: where a page's column is narrower than any width measured, the
 * reader can still scroll to the end. Lazy: a frame far below the fold loads as it nears the screen.
 */
function frameCode({ siteUrl, id, title, heights, options }: EmbedCodeInput, attributes = ''): string {
	const src = escapeAttribute(embedSrc(siteUrl, id, options));
	return (
		`<div style="container-type:inline-size"><iframe src="${src}" title="${escapeAttribute(title)}"${attributes} ` +
		`width="100%" height="${heightAt(heights, TYPICAL_WIDTH)}" frameborder="0" loading="lazy" ` +
		`style="display:block;width:100%;border:0;height:${reservedHeightCss(heights)}"></iframe></div>`
	);
}

export function iframeCode(input: EmbedCodeInput): string {
	return frameCode(input);
}

/** The iframe, marked for our host script, which then sets the embed's exact height from its messages. */
export function snippetCode(input: EmbedCodeInput): string {
	return (
		`${frameCode(input, ` ${HOST_EMBED_ATTRIBUTE}`)}\n` +
		`<script async src="${escapeAttribute(`${input.siteUrl}/${HOST_SCRIPT_PATH}`)}"></script>`
	);
}

export function ampCode({ siteUrl, id, title, heights, options }: EmbedCodeInput): string {
	const src = escapeAttribute(embedSrc(siteUrl, id, options));
	const label = options.locale === 'zh' ? '展开' : 'Show all';
	return (
		`<amp-iframe src="${src}" title="${escapeAttribute(title)}" width="${TYPICAL_WIDTH}" ` +
		`height="${heightAt(heights, TYPICAL_WIDTH)}" layout="responsive" resizable frameborder="0" ` +
		`sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox">` +
		`<div overflow tabindex="0" role="button" aria-label="${label}">${label}</div></amp-iframe>`
	);
}
