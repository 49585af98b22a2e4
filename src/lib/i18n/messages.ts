/**
 * Interface text in both languages. Figures and names never live here: they come from data/.
 */
import type { Locale } from './locale.ts';

const zh = {
	siteTitle: '廊坊高新区数据看板',
	siteSubtitle: '一篇新闻报道中的每个数字，逐一核对原文',
	asOf: (year: number) => `数据截至报道发表时（报道未写年份，据内容推断为${year}年）`,
	languageSwitch: 'English',
	headlineFigures: '主要数字',
	sourceLink: '原文出处',
	derived: '推算',
	editorial: '编者判断',
	converted: '已换算',
	reconciliations: '核对',
	reconciliationsIntro: '文中的总数与其分项相互印证的情况，构建时自动计算。',
	holds: '相符',
	fails: '不符',
	withinRounding: (difference: string, tolerance: string) =>
		`相差${difference}，在取整范围（±${tolerance}）内`,
	exactMatch: '完全一致',
	atMost: (parts: string, total: string) => `${parts}，不超过总数${total}`,
	partsSum: '分项之和',
	stated: '文中数字',
	allFigures: '全部数字及出处',
	allFiguresIntro: '文中每个数字都在这里，附上它所在的原句；推算与编者判断的数字注明方法与理由。',
	columnFigure: '数字',
	columnValue: '数值',
	columnKind: '类型',
	columnSource: '原文（简体）',
	kindStated: '原文',
	formula: '算法',
	reason: '理由',
	paragraph: (n: number) => `第${n}段`,
	sourceArticle: '原文（修复后，简体）',
	sourceArticleIntro:
		'这是本看板所依据的报道全文：由收到的繁体文本去除拼音注音、修复乱码后转为简体。高亮处是数据集中的数字，点击页面上的数字即可跳到这里。',
	repairNotes: '修复说明',
	repairSummary: (runs: number, hand: number, pinyin: number) =>
		`自动还原乱码${runs}处，人工修复${hand}处（每处均有记录和理由），去除拼音注音${pinyin}组。`,
	downloads: '下载数据',
	downloadJson: '完整数据集（JSON）',
	downloadCsv: '数字表（CSV，可用 Excel 打开）',
	footerSource: '数据来源：关于廊坊高新区的一篇新闻报道（原文见上）。英文名称除官方名称外均为本看板翻译。',
	skipToContent: '跳到正文'
};

type Messages = { [K in keyof typeof zh]: (typeof zh)[K] };

const en: Messages = {
	siteTitle: 'Langfang High-tech Zone in figures',
	siteSubtitle: 'Every number in one news report, checked against its sentence',
	asOf: (year: number) => `Figures as of the report (which states no year; its content places it in ${year})`,
	languageSwitch: '中文',
	headlineFigures: 'Headline figures',
	sourceLink: 'Source sentence',
	derived: 'derived',
	editorial: 'our classification',
	converted: 'converted',
	reconciliations: 'Cross-checks',
	reconciliationsIntro: 'How the article’s totals agree with their parts, computed when the site is built.',
	holds: 'Agrees',
	fails: 'Disagrees',
	withinRounding: (difference: string, tolerance: string) =>
		`off by ${difference}, within the rounding (±${tolerance})`,
	exactMatch: 'an exact match',
	atMost: (parts: string, total: string) => `${parts}, not above the total of ${total}`,
	partsSum: 'Parts added up',
	stated: 'Stated',
	allFigures: 'Every figure and its source',
	allFiguresIntro:
		'Every number in the article is here with the sentence it comes from; derived figures and our own classifications say how and why.',
	columnFigure: 'Figure',
	columnValue: 'Value',
	columnKind: 'Kind',
	columnSource: 'Source sentence (Chinese)',
	kindStated: 'stated',
	formula: 'Formula',
	reason: 'Reason',
	paragraph: (n: number) => `paragraph ${n}`,
	sourceArticle: 'The source article (repaired, simplified Chinese)',
	sourceArticleIntro:
		'The full report this dashboard is built on: the traditional-character text we received, with its pinyin annotations removed and its garbled runs repaired, converted to simplified characters. Highlights are the dataset’s figures; any number on the page links here.',
	repairNotes: 'How the text was repaired',
	repairSummary: (runs: number, hand: number, pinyin: number) =>
		`${runs} garbled runs decoded automatically, ${hand} places repaired by hand (each recorded with its reason), ${pinyin} pinyin annotations removed.`,
	downloads: 'Download the data',
	downloadJson: 'Full dataset (JSON)',
	downloadCsv: 'Figures table (CSV, opens in Excel)',
	footerSource:
		'Source: one news report on the Langfang High-tech Zone (full text above). English names are our translations unless marked official.',
	skipToContent: 'Skip to content'
};

export const MESSAGES: Record<Locale, Messages> = { zh, en };
export type { Messages };
