import { PUBLIC_SITE_URL } from '$env/static/public';
import { REGISTRY } from '#lib/registry/index.ts';
import { prepareFrame } from '#lib/registry/prepare-frame.ts';
import { readDistricts } from '#lib/map/geodata-files.ts';
import { PROJECT_ROOT, loadDataset } from '#lib/server/load-dataset.ts';
import { EMBED_WIDTHS } from '#lib/embed/embed-code.ts';
import { buildHeights } from '#lib/server/embed-sizes.ts';
import { EMBED_CSV, EMBED_OEMBED, HOST_SCRIPT_PATH, embedPath } from '#lib/embed/embed-paths.ts';
import { LOCALES, type Locale } from '#lib/i18n/locale.ts';
import { absoluteUrl, checkSiteUrl } from '#lib/site-url.ts';
import { IMAGE_SCALES, imagePath, pngName, svgName } from '#lib/images/image-names.ts';
import { THEMES } from '#lib/images/palette.ts';
import { allImageFileContents, chartImageOf } from '#lib/server/chart-images.ts';

export const prerender = true;

const siteUrl = checkSiteUrl(PUBLIC_SITE_URL);

function byLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
	return Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}

/**
 * Every embeddable chart and the map: titles, where each embed and its CSV (and, where the site
 * knows its address, its oEmbed file) live, its height per width, and its images (PNG at each
 * scale and SVG, per language and theme) with their pixel sizes and bytes. Paths are relative to
 * the site root; `site` (PUBLIC_SITE_URL, or null) makes them absolute.
 */
export async function GET(): Promise<Response> {
	const files = await allImageFileContents();
	const bytes = (name: string) => files.get(name)!.length;
	const url = (path: string) => (siteUrl ? absoluteUrl(siteUrl, path) : path);
	const images = (id: string) =>
		byLocale((locale) =>
			Object.fromEntries(
				THEMES.map((theme) => {
					const variant = { id, locale, theme };
					const { width, height } = chartImageOf(variant);
					return [
						theme,
						{
							png: IMAGE_SCALES.map((scale) => ({
								scale,
								width: width * scale,
								height: height * scale,
								url: url(imagePath(pngName(variant, scale))),
								bytes: bytes(pngName(variant, scale))
							})),
							svg: { width, height, url: url(imagePath(svgName(variant))), bytes: bytes(svgName(variant)) }
						}
					];
				})
			)
		);
	const sources = { dataset: loadDataset(), districts: readDistricts(PROJECT_ROOT) };
	const index = {
		site: siteUrl || null,
		hostScript: siteUrl ? absoluteUrl(siteUrl, HOST_SCRIPT_PATH) : HOST_SCRIPT_PATH,
		widths: EMBED_WIDTHS,
		imageBytes: [...files.values()].reduce((sum, file) => sum + file.length, 0),
		embeds: REGISTRY.map((entry) => {
			const { body } = prepareFrame(entry, sources, 'zh');
			return {
				id: entry.id,
				// What it draws: a map or a chart (a map embed loads MapLibre when it is in view).
				kind: body.parts.some((part) => part.shape === 'district-map') ? 'map' : 'chart',
				title: entry.title,
				subtitle: entry.subtitle,
				url: byLocale((locale) => url(embedPath(locale, entry.id))),
				csv: byLocale((locale) => url(embedPath(locale, entry.id) + EMBED_CSV)),
				...(siteUrl ? { oembed: byLocale((locale) => url(embedPath(locale, entry.id) + EMBED_OEMBED)) } : {}),
				heights: buildHeights(entry),
				images: images(entry.id)
			};
		})
	};
	return new Response(JSON.stringify(index, null, '\t'), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
}
