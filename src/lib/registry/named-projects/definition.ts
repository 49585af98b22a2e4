/**
 * Every project the article names and how far it has got, where the article says: signed, under
 * construction, in production. Investment where stated; colour by sector (our classification).
 */
import type { StageRow } from '../../charts/body.ts';
import { formatFigure } from '../../format/figure-value.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import { defineChart } from '../definition.ts';
import { clauseNaming } from '../common/describe-figure.ts';
import { sectorColor, twoSectorNotes } from '../common/sectors.ts';
import { STAGE_ORDER, selectNamedProjects, type NamedProjectRow } from './select.ts';
import words from './words.json' with { type: 'json' };

function stageName(stage: string | null, locale: Locale): string {
	const m = MESSAGES[locale];
	return stage ? (m.stageNames[stage] ?? stage) : m.stageNotStated;
}

function stageRow(row: NamedProjectRow, locale: Locale): StageRow {
	const m = MESSAGES[locale];
	const { project } = row;
	const value = row.investment ? formatFigure(row.investment, locale) : '';
	const summary = [stageName(row.stage, locale), value].filter(Boolean).join(' · ');
	const stop = locale === 'zh' ? '。' : '.';
	const signed = `${m.signedThisYear}${m.colon}${project.signedThisYear ? m.yes : m.notStated}${stop}`;
	const alsoFits = row.alsoFits
		? `${m.alsoFits(row.alsoFits.name?.[locale] ?? '')}${m.colon}${row.alsoFits.reason[locale]}`
		: undefined;
	const note = [
		signed,
		project.stage?.note?.[locale],
		...project.details.map((d) => d.text[locale] + stop),
		alsoFits,
		project.name.zhComposed?.[locale]
	]
		.filter(Boolean)
		.join(locale === 'zh' ? '' : ' ');
	return {
		id: project.id,
		label: `${project.name[locale]}${m.colon}${summary}`,
		tooltip: {
			title: project.name[locale],
			value: summary,
			badges: [
				...(project.sector ? [m.editorial] : []),
				...(project.name.zhComposed ? [m.composedName] : [])
			],
			source: { text: clauseNaming(project.quote, project.name.zh), paragraph: project.paragraph },
			note
		},
		keys: row.keys,
		select: `project:${project.id}`,
		name: (project.shortName ?? project.name)[locale],
		value,
		stage: row.stage,
		color: sectorColor(project.sector?.id ?? null)
	};
}

export default defineChart<NamedProjectRow[]>({
	id: 'named-projects',
	...words,
	minSize: { width: 280, height: 420 },
	keyFigure: 'signed-projects-this-year',
	select: ({ dataset }) => selectNamedProjects(dataset),
	figures: (rows) => rows.flatMap((r) => (r.investment ? [r.investment] : [])),
	otherSources: (rows) =>
		rows.flatMap((r) => [
			{ quote: r.project.quote, paragraph: r.project.paragraph },
			...(r.project.stage ? [{ quote: r.project.stage.quote, paragraph: r.project.stage.paragraph }] : []),
			...r.project.details.map((d) => ({ quote: d.quote, paragraph: d.paragraph }))
		]),
	notes: (rows, locale) => [MESSAGES[locale].editorialNote, ...twoSectorNotes(rows, locale)],
	table: (rows, locale, m) => ({
		columns: [m.name, m.stage, m.investment, m.signedThisYear],
		rows: rows.map((r) => [
			r.project.name.zhComposed ? m.aside(r.project.name[locale], m.composedName) : r.project.name[locale],
			[
				r.stage ? (m.stageNames[r.stage] ?? r.stage) : m.stageNotStated,
				...r.project.details.map((d) => d.text[locale])
			].join(locale === 'zh' ? '；' : '; '),
			r.investment ? formatFigure(r.investment, locale) : '',
			r.project.signedThisYear ? m.yes : m.notStated
		])
	}),
	body: (rows, locale) => ({
		parts: [
			{
				shape: 'stage-tracks',
				stages: STAGE_ORDER.map((stage) => ({ id: stage, name: stageName(stage, locale) })),
				rows: rows.map((row) => stageRow(row, locale)),
				noStage: MESSAGES[locale].stageNotStated
			}
		],
		gap: 4,
		fill: 'grow'
	})
});
