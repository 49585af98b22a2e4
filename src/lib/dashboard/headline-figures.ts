/** The figures the home page leads with, in reading order: money, pipeline, infrastructure, recovery. */
export const HEADLINE_FIGURES = [
	'investment-cumulative',
	'signed-projects-cumulative',
	'investment-this-year',
	'signed-projects-this-year',
	'projects-under-construction',
	'projects-in-production',
	'projects-in-preparation',
	'road-network-length',
	'pipeline-length',
	'infrastructure-investment',
	'workers-back',
	'farmland-replanned-area'
] as const;
