/**
 * The two languages. Chinese (simplified) comes first and lives at the site root; English at /en/.
 * Records in data/ carry both as `zh` and `en`.
 */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for <html lang>, Intl and CSS :lang(). */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };
/** Intl locale for numbers and dates: mainland conventions for zh. */
export const INTL_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The URL path segment of a locale: none for Chinese, `en` for English. */
export function localeFromParam(param: string | undefined): Locale {
	return param === 'en' ? 'en' : 'zh';
}
