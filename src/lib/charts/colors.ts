/** Colours come from the design tokens (src/lib/styles/tokens.css), named by what they encode. */
export function sectorColor(sector: string | null): string {
	return sector ? `var(--color-sector-${sector})` : 'var(--color-text-muted)';
}

export function stageColor(stage: string): string {
	return `var(--color-stage-${stage})`;
}
