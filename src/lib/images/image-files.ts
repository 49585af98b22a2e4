/**
 * The chart images' files: for every registry entry, a PNG at 1× and 2× and an SVG, in each
 * language and theme (image-names.ts names them), and the images a build holds with their sizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REGISTRY } from '../registry/index.ts';
import { LOCALES } from '../i18n/locale.ts';
import { THEMES } from './palette.ts';
import {
	IMAGES_DIR,
	IMAGE_SCALES,
	pngName,
	svgName,
	type ImageScale,
	type ImageVariant
} from './image-names.ts';

export interface ImageFile extends ImageVariant {
	/** Its name inside IMAGES_DIR. */
	name: string;
	format: 'png' | 'svg';
	/** PNGs only. */
	scale?: ImageScale;
}

export function imageVariants(ids: readonly string[] = REGISTRY.map((e) => e.id)): ImageVariant[] {
	return ids.flatMap((id) => LOCALES.flatMap((locale) => THEMES.map((theme) => ({ id, locale, theme }))));
}

export function imageFiles(ids?: readonly string[]): ImageFile[] {
	return imageVariants(ids).flatMap((variant) => [
		...IMAGE_SCALES.map((scale) => ({
			...variant,
			name: pngName(variant, scale),
			format: 'png' as const,
			scale
		})),
		{ ...variant, name: svgName(variant), format: 'svg' as const }
	]);
}

/** Every image a build holds, with its size in bytes (for `npm run bench` and the tests), and their total. */
export function builtImages(buildDir: string): {
	files: (ImageFile & { bytes: number })[];
	totalBytes: number;
} {
	const files = imageFiles().map((file) => {
		const target = path.join(buildDir, IMAGES_DIR, file.name);
		if (!fs.existsSync(target))
			throw new Error(`${buildDir}: ${IMAGES_DIR}/${file.name} is missing from the build`);
		return { ...file, bytes: fs.statSync(target).size };
	});
	return { files, totalBytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}
