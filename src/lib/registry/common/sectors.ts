/**
 * A project's sector (our classification) and the second one it could as well sit in: how the
 * investment charts and the named projects colour, name and note them.
 */
import type { ColorToken } from '../../charts/body.ts';
import type { Localized, Name, Project, Sector } from '../../dataset/schema.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MESSAGES } from '../../i18n/messages.ts';

export interface ProjectSectors {
	/** The short chart label (ours), or the name. */
	short: Localized;
	sector: string | null;
	sectorName: Name | null;
	/** A second sector the project could as well sit in (our judgement too), and why. */
	alsoFits: { sector: string; name: Name | null; reason: Localized } | null;
}

export function sectorsOf(project: Project, sectors: ReadonlyMap<string, Sector>): ProjectSectors {
	const alsoFits = project.sector?.alsoFits;
	return {
		short: project.shortName ?? project.name,
		sector: project.sector?.id ?? null,
		sectorName: sectors.get(project.sector?.id ?? '')?.name ?? null,
		alsoFits: alsoFits
			? { sector: alsoFits.id, name: sectors.get(alsoFits.id)?.name ?? null, reason: alsoFits.reason }
			: null
	};
}

/** A sector's colour token; a project of no sector is drawn muted. */
export function sectorColor(sector: string | null): ColorToken {
	return sector ? (`color-sector-${sector}` as ColorToken) : 'color-text-muted';
}

/** The projects that could as well sit in a second sector, named under the chart. */
export function twoSectorNotes(rows: ProjectSectors[], locale: Locale): string[] {
	const m = MESSAGES[locale];
	const two = rows.filter((r) => r.alsoFits);
	const or = locale === 'zh' ? '或' : ' or ';
	const sectors = (r: ProjectSectors) => `${r.sectorName?.[locale]}${or}${r.alsoFits?.name?.[locale]}`;
	return two.length ? [m.twoSectorsNote(two.map((r) => m.aside(r.short[locale], sectors(r))))] : [];
}
