/**
 * How charts speak about a figure: its value as text, its badges, the words of the article behind
 * it. Shared by tooltips, accessible names and table views so they never disagree.
 */
import type { Figure } from '../../dataset/schema.ts';
import { formatFigure } from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import type { TooltipContent } from '../../charts/body.ts';

/**
 * The words of a sentence around the stated text, verbatim: the part between semicolons, and if
 * that is still long, the clause between commas, with the one before it when the clause says
 * little besides the number (总投资1.5亿美元), so a tooltip quotes what matters.
 */
export function clauseAround(sentence: string, stated: string, maxLength = 48): string {
	if (sentence.length <= maxLength) return sentence;
	const part = sentence.split('；').find((p) => p.includes(stated)) ?? sentence;
	if (part.length <= maxLength) return part;
	const clauses = part.split('，');
	const index = clauses.findIndex((c) => c.includes(stated));
	if (index < 0) return part;
	const clause = clauses[index]!;
	const saysLittle = clause.length - stated.length < 6;
	const withBefore = index > 0 && saysLittle ? `${clauses[index - 1]}，${clause}` : clause;
	return withBefore.length <= maxLength ? withBefore : clause;
}

export function figureBadges(figure: Figure, locale: Locale): string[] {
	const messages = MESSAGES[locale];
	const ambiguous = figure.ambiguity ? [messages.ambiguous] : [];
	if (figure.kind === 'editorial') return [messages.editorial, ...ambiguous];
	if (figure.kind === 'derived')
		return [figure.formula?.op === 'convert' ? messages.converted : messages.derived, ...ambiguous];
	return ambiguous;
}

/** What a reader should know besides the value: both readings of an ambiguous sentence first. */
export function figureNote(figure: Figure, locale: Locale): string | undefined {
	const parts = [figure.ambiguity?.[locale], figure.note?.[locale]].filter(Boolean);
	return parts.length ? parts.join(locale === 'zh' ? '' : ' ') : undefined;
}

export function figureTooltip(figure: Figure, title: string, locale: Locale, note?: string): TooltipContent {
	const shown = note ?? figureNote(figure, locale);
	return {
		title,
		value: formatFigure(figure, locale),
		badges: figureBadges(figure, locale),
		...(figure.quote && figure.paragraph
			? { source: { text: clauseAround(figure.quote, figure.stated ?? ''), paragraph: figure.paragraph } }
			: {}),
		...(shown ? { note: shown } : {})
	};
}

/** "title: value" for screen readers, with the badges in brackets. */
export function accessibleLabel(title: string, figure: Figure, locale: Locale): string {
	const messages = MESSAGES[locale];
	const badges = figureBadges(figure, locale);
	const text = `${title}${messages.colon}${formatFigure(figure, locale)}`;
	return badges.length ? messages.aside(text, badges.join(locale === 'zh' ? '，' : ', ')) : text;
}

/**
 * The clause of a sentence that names something, found by the longest part of its name the
 * sentence holds (飞泽复合材料科技有限公司ES6项目 is named there as ES6项目).
 */
export function clauseNaming(sentence: string, name: string): string {
	for (let length = name.length; length >= 2; length--) {
		for (let start = 0; start + length <= name.length; start++) {
			const part = name.slice(start, start + length);
			if (sentence.includes(part)) return clauseAround(sentence, part);
		}
	}
	return clauseAround(sentence, '');
}
