/**
 * The code a newsroom pastes to embed a chart, in its three forms: a responsive iframe (works
 * anywhere, and sizes itself on pages that run Pym.js or @newswire/frames), our snippet (sizes
 * itself anywhere, loads lazily, reserves its height per width), and amp-iframe for AMP pages.
 * Pure: the embed dialog builds it in the browser, the build for oEmbed and the embed index.
 */
import type { Locale } from '../i18n/locale.ts';
import { HOST_SCRIPT_PATH, embedPath } from './embed-paths.ts';
import { imagePath, pngName } from '../images/image-names.ts';

/** The widths at which each embed's height is measured (heights.json), CSS pixels. */
export const EMBED_WIDTHS = [320, 480, 640, 768, 1024, 1280] as const;
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

/** The height for a width: the one measured at the widest width not above it. */
export function heightAt(heights: HeightsByWidth, width: number): number {
	const measured = Object.entries(heights)
		.map(([w, h]) => [Number(w), h] as const)
		.sort((a, b) => a[0] - b[0]);
	const fit = measured.filter(([w]) => w <= width).pop() ?? measured[0];
	if (!fit) throw new Error('no measured heights');
	return fit[1];
}

/** `data-heights` of the snippet: "320:640 480:600 …". */
export function heightsAttribute(heights: HeightsByWidth): string {
	return Object.entries(heights)
		.map(([width, height]) => `${width}:${height}`)
		.join(' ');
}

export interface EmbedCodeInput {
	siteUrl: string;
	id: string;
	/** The chart's title, for screen readers (the iframe's title). */
	title: string;
	heights: HeightsByWidth;
	options: EmbedOptions;
}

/** The height that shows the whole embed at any width (on pages that cannot resize it). */
export function tallestHeight(heights: HeightsByWidth): number {
	return Math.max(...Object.values(heights));
}

export function iframeCode({ siteUrl, id, title, heights, options }: EmbedCodeInput): string {
	const src = escapeAttribute(embedSrc(siteUrl, id, options));
	return (
		`<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" ` +
		`height="${tallestHeight(heights)}" scrolling="no" frameborder="0" loading="lazy" ` +
		`style="display:block;width:100%;border:0"></iframe>`
	);
}

/**
 * The chart's image for readers of a host page that runs no script: inside <noscript>, so a
 * browser that runs scripts never fetches it (the host script puts the embed there instead).
 */
function noscriptImage(siteUrl: string, id: string, options: EmbedOptions): string {
	const image = { id, locale: options.locale, theme: options.theme === 'dark' ? 'dark' : 'light' } as const;
	const url = (scale: 1 | 2) => escapeAttribute(`${siteUrl}/${imagePath(pngName(image, scale))}`);
	return (
		`<noscript><img src="${url(1)}" srcset="${url(2)} 2x" alt="" width="600" ` +
		`style="display:block;max-width:100%;height:auto"></noscript>`
	);
}

export function snippetCode({ siteUrl, id, title, heights, options }: EmbedCodeInput): string {
	const src = escapeAttribute(embedSrc(siteUrl, id, options));
	return (
		`<div data-langfang-embed="${src}" data-title="${escapeAttribute(title)}" ` +
		`data-heights="${heightsAttribute(heights)}"><a href="${src}">${noscriptImage(siteUrl, id, options)}` +
		`${escapeAttribute(title)}</a></div>\n` +
		`<script async src="${escapeAttribute(`${siteUrl}/${HOST_SCRIPT_PATH}`)}"></script>`
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
