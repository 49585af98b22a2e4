/**
 * The fonts chart images are set in, bundled from npm (never the machine's own): Noto Sans SC for
 * Chinese (simplified glyph forms) and Noto Sans for English, whose ’ and “ ” are not full-width as
 * a CJK font's are. The same files measure text for layout (fontkit) and draw it (resvg), so a
 * line that fits when laid out fits when drawn. Build-time only.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { FontWeight } from '../charts/svg/context.ts';
import type { Locale } from '../i18n/locale.ts';

export type { FontWeight };

const require = createRequire(import.meta.url);

/** Each face: its family name (as resvg and SVG readers find it) and its file in its npm package. */
export const FONT_FACES = [
	{
		family: 'Noto Sans SC',
		weight: 400,
		file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'
	},
	{
		family: 'Noto Sans SC',
		weight: 700,
		file: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'
	},
	{
		family: 'Noto Sans',
		weight: 400,
		file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'
	},
	{ family: 'Noto Sans', weight: 700, file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' }
] as const satisfies readonly { family: string; weight: FontWeight; file: string }[];

export type FontFamily = (typeof FONT_FACES)[number]['family'];

/** Families in the order text is set in each language: the first that has a character draws it. */
export const FAMILIES_BY_LOCALE: Record<Locale, readonly FontFamily[]> = {
	zh: ['Noto Sans SC'],
	en: ['Noto Sans', 'Noto Sans SC']
};

/**
 * The SVG's font-family, with the fallbacks a graphics desk is likely to have (the site's own
 * stacks, src/lib/styles/tokens.css), so the file opens legibly without our fonts installed.
 */
export const SVG_FONT_FAMILY: Record<Locale, string> = {
	zh: "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
	en: "'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', sans-serif"
};

export function fontFilePath(file: string): string {
	try {
		return require.resolve(file);
	} catch {
		throw new Error(`chart images: font file ${file} is missing; run \`npm install\``);
	}
}

export interface LoadedFace {
	family: FontFamily;
	weight: FontWeight;
	path: string;
	font: fontkit.Font;
}

let loaded: LoadedFace[] | undefined;

/** The bundled faces, opened once per process. */
export function loadFaces(): LoadedFace[] {
	loaded ??= FONT_FACES.map((face) => {
		const path = fontFilePath(face.file);
		const font = fontkit.create(fs.readFileSync(path)) as fontkit.Font;
		return { ...face, path, font };
	});
	return loaded;
}
