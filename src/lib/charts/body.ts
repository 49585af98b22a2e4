/**
 * A chart's body as plain data: what its definition (src/lib/registry/<id>/definition.ts) returns
 * and what every surface renders as it is: the page through each shape's HTML renderer, the image
 * through its SVG renderer (src/lib/charts/shapes/<shape>/). Every word is already in the reader's
 * language and every value formatted; colours are token names; nothing here is a function, so a
 * body survives a JSON round-trip.
 */
import type { ColorToken, SPACE } from '../styles/tokens.ts';
import type { SelectionKey } from './selection-key.ts';

export type { ColorToken };

export interface TooltipContent {
	title: string;
	value: string;
	/** Short words such as "derived", "converted", "our classification". */
	badges?: string[];
	/** The words of the article behind the value (a clause of the source sentence) and its paragraph. */
	source?: { text: string; paragraph: number };
	note?: string;
}

/** One thing on a chart a reader can point at, focus and (sometimes) select. */
export interface Mark {
	/** Unique in its chart. */
	id: string;
	/** Its accessible name: what it is and its value. */
	label: string;
	tooltip: TooltipContent;
	/** Selection keys it answers to (itself, its sector, the zone …); none: it takes no part. */
	keys: readonly string[];
	/** What selecting it selects, if anything. */
	select?: SelectionKey;
}

/** A value axis from zero: its end (niced) and its ticks, labelled in the chart's unit. */
export interface ValueAxis {
	max: number;
	ticks: { value: number; label: string }[];
}

/** A row of a horizontal bar chart: its name and value on a line, the bar under it. */
export interface BarRow extends Mark {
	name: string;
	value: string;
	/** Where the bar ends, on the axis. */
	x: number;
	color: ColorToken;
	/** Not stated as drawn (converted or derived): striped. */
	hatched: boolean;
	/** Open-ended (超, 余, 以上): fades out past its end. */
	open: boolean;
}

export interface BarRowsPart {
	shape: 'bar-rows';
	rows: BarRow[];
	axis: ValueAxis;
}

/** A segment of one bar split into consecutive parts. */
export interface Segment extends Mark {
	name: string;
	value: string;
	start: number;
	count: number;
	color: ColorToken;
	hatched: boolean;
	/** Said beside the value in the legend (推算 / derived). */
	badge?: string;
}

export interface StackedBarPart {
	shape: 'stacked-bar';
	/** The whole, on a line above the bar: its label with the language's colon, and its value. */
	total: { lead: string; value: string };
	segments: Segment[];
	axis: ValueAxis;
}

/** A count drawn as squares, one per unit (or per `per` units). */
export interface UnitRow extends Mark {
	name: string;
	value: string;
	squares: number;
	/** "More than": a fading square after the last. */
	open: boolean;
	/** Outlined squares: planned, not there yet. */
	planned: boolean;
	/** What one square stands for, when it is more than one unit. */
	per?: string;
}

export interface UnitRowsPart {
	shape: 'unit-rows';
	rows: UnitRow[];
}

/** A project's row: a dot at the stage the article gives, or a note where it gives none. */
export interface StageRow extends Mark {
	name: string;
	value: string;
	stage: string | null;
	color: ColorToken;
}

export interface StageTracksPart {
	shape: 'stage-tracks';
	/** The columns, in order, with their headings. */
	stages: { id: string; name: string }[];
	rows: StageRow[];
	/** Said where the stage is not given. */
	noStage: string;
}

/** An event on a time axis: a dot for an exact day, a band for a part of a month or a month. */
export interface TimeItem extends Mark {
	/** The date as text (4月30日, early March). */
	when: string;
	what: string;
	startDay: number;
	endDay: number;
	exact: boolean;
}

export interface TimeMarksPart {
	shape: 'time-marks';
	/** Days of the year the axis spans. */
	domain: [number, number];
	/** A line and a label at the start of each month. */
	months: { day: number; label: string }[];
	items: TimeItem[];
}

/** A figure that shares no scale with others: its value large, its label, its badges. */
export interface Tile extends Mark {
	value: string;
	name: string;
	badges: string[];
}

export interface TilesPart {
	shape: 'tiles';
	tiles: Tile[];
}

/**
 * Named things without figures: `planned` ones in dashed boxes (one badge for the list, as every
 * item is planned), `tagged` ones with their own badge and a note under them, `noted` ones with
 * their badge and a note run on after them, `bullets` as a plain list.
 */
export interface ListPart {
	shape: 'list';
	style: 'planned' | 'tagged' | 'noted' | 'bullets';
	/** The `planned` list's badge. */
	badge?: string;
	items: { id: string; name: string; badge?: string; note?: string }[];
}

/** A line of context in small, muted type, with a badge before it where it says what kind it is. */
export interface TextPart {
	shape: 'text';
	text: string;
	size: 'xs' | 'sm';
	badge?: string;
}

/** Swatches and what they stand for. */
export interface LegendPart {
	shape: 'legend';
	items: { id: string; name: string; fill: ColorToken; stroke: ColorToken }[];
}

/** Figures grouped by the sentence they come from, each group with its sentence (verbatim, Chinese) under it. */
export interface QuotedFiguresPart {
	shape: 'quoted-figures';
	/** The rule beside each group. */
	rule: ColorToken;
	groups: { quote: string; paragraph: string; figures: { id: string; value: string; name: string }[] }[];
}

/** Things a reader can select by name (the projects in the zone), under a note. */
export interface ChipsPart {
	shape: 'chips';
	note?: string;
	items: { id: string; name: string; select: SelectionKey; keys: readonly string[] }[];
}

/**
 * A map of districts drawn from their shapes (paths in `view` units), the zone's district marked as
 * its approximate place, the zone's button and its small charts (its projects by stage, its
 * networks' lengths) beside it. Where WebGL works, the page script draws it again with MapLibre
 * over the drawing, saying what happens in the `webgl` words.
 */
export interface DistrictMapPart {
	shape: 'district-map';
	view: { width: number; height: number };
	districts: {
		id: string;
		/** SVG path data in view units. */
		d: string;
		name: string;
		/** Where its name goes, in percent of the view. */
		labelX: number;
		labelY: number;
		/** A name a small map leaves out, from the map's width on which it shows. */
		labelFrom?: 'medium' | 'wide';
	}[];
	zone: {
		district: string;
		/** The district's box in view units: [left, top, right, bottom]. */
		bounds: [number, number, number, number];
		/** Selections that light it up. */
		keys: readonly string[];
		button: { name: string; note: string; title: string; select: SelectionKey };
	};
	callout: {
		caption: string;
		/** Its words are long (English): it takes the roomy width where the map has room. */
		roomy: boolean;
		segments: Segment[];
		lengths: BarRow[];
		/** The lengths' scale ends here (room for the open-ended one to fade). */
		lengthsMax: number;
	};
	webgl: {
		notices: { loading: string; noWebgl: string; lost: string; restarting: string; onlineFailed: string };
		/** What the map says when a reader tries to move it with a gesture the page scrolls by. */
		gestures: { touch: string; ctrl: string; cmd: string };
		/** The accessible names of the WebGL map and its buttons (MapLibre's own are English). */
		controls: { canvas: string; zoomIn: string; zoomOut: string; fitZone: string; toggleAttribution: string };
		/** The control that starts the WebGL map where it waits to be asked (an embed). */
		actions: { explore: string };
	};
}

export type ShapePart =
	| BarRowsPart
	| StackedBarPart
	| UnitRowsPart
	| StageTracksPart
	| TimeMarksPart
	| TilesPart
	| ListPart
	| TextPart
	| LegendPart
	| QuotedFiguresPart
	| ChipsPart
	| DistrictMapPart;

export type Shape = ShapePart['shape'];

export type SpaceStep = keyof typeof SPACE;

/** A shape in the body, with what places it among the others. */
export type BodyPart = ShapePart & {
	/** Unique in the chart: element ids and the wall's grid areas use it. */
	id?: string;
	/** A heading over the part (an h4 in a frame), and the room under it (space 2 unless said). */
	heading?: string;
	headingGap?: SpaceStep;
	/** Room above it, where it differs from the body's gap. */
	gapBefore?: SpaceStep;
	/** In the column beside the others where there is room (a list beside the map); folded under its heading in an embed. */
	aside?: boolean;
	/** How many things it lists: said beside its heading when it is folded. */
	count?: number;
	/** Left out in a box of fixed height (the wall, read from afar): a legend, a note on our reasons. */
	detail?: boolean;
};

export interface ChartBody {
	parts: BodyPart[];
	/** Room between parts. */
	gap: SpaceStep;
	/**
	 * In a box of fixed height (the wall): `grow` gives the room left to the plots (bars, lanes,
	 * tracks), `spread` spreads the parts over it, `start` keeps them at the top.
	 */
	fill: 'grow' | 'spread' | 'start';
	/**
	 * A wide, low box of fixed height (the wall, read from far away) lays the parts out on this
	 * grid instead, by their ids.
	 */
	wideLow?: { columns: string; areas: string[] };
}
