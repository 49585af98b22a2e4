import { PUBLIC_SITE_URL } from '$env/static/public';
import { MESSAGES } from '#lib/i18n/messages.ts';
import { registryEntry } from '#lib/registry/index.ts';
import { buildHeights } from '#lib/server/embed-sizes.ts';
import { DEFAULT_EMBED_OPTIONS, TYPICAL_WIDTH, heightAt, iframeCode } from '#lib/embed/embed-code.ts';
import { checkSiteUrl } from '#lib/site-url.ts';
import { embedContent, embedEntries } from '../embed-content.ts';
import type { EntryGenerator, RequestHandler } from './$types';

const siteUrl = checkSiteUrl(PUBLIC_SITE_URL);

export const prerender = true;
// oEmbed's HTML must be absolute: only a deployment that says where it lives (PUBLIC_SITE_URL) gets it.
export const entries: EntryGenerator = () => (siteUrl ? embedEntries() : []);

/** A static oEmbed response (https://oembed.com): CMSs that discover it paste a URL and get the iframe. */
export const GET: RequestHandler = ({ params }) => {
	const { id, locale, title } = embedContent(params);
	const options = { ...DEFAULT_EMBED_OPTIONS, locale };
	const heights = buildHeights(registryEntry(id)!)[options.title ? locale : (`${locale}-untitled` as const)];
	const body = {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: MESSAGES[locale].siteTitle,
		provider_url: `${siteUrl}/`,
		html: iframeCode({ siteUrl, id, title, heights, options }),
		width: TYPICAL_WIDTH,
		// oEmbed has one size: a typical column's (the iframe's CSS follows the column's width).
		height: heightAt(heights, TYPICAL_WIDTH),
		cache_age: 86400
	};
	return new Response(JSON.stringify(body, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
