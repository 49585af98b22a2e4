/**
 * An embed's page script: sizes the iframe in whatever host page holds it and adds to the
 * server-rendered chart what CSS cannot: arrow keys between marks and the `sel=` highlight.
 */
import { MAP_ATTRIBUTES } from '../../charts/shapes/district-map/contract.ts';
import { selector } from '../selector.ts';
import { PageSelection, followSelection } from '../page-selection.ts';
import { PageView } from '../page-view.ts';
import { enhanceChartMarks } from '../chart-marks.ts';
import { enhanceSelectControls } from '../select-controls.ts';
import { reportFrameHeight } from '../frame-height.ts';

reportFrameHeight();
const selection = new PageSelection();
new PageView(selection, { writesUrl: false });
followSelection(document, selection);
enhanceChartMarks(document, selection);
enhanceSelectControls(document, selection);
// Only the map embed needs the map's loader: chart embeds never fetch it. The map embed shows its
// drawing and starts the WebGL map when the reader asks, unless its host opts in with interactive=1.
const map = document.querySelector<HTMLElement>(selector(MAP_ATTRIBUTES.root));
const when = new URLSearchParams(location.search).get('interactive') === '1' ? 'visible' : 'asked';
if (map)
	void import('../map-loader.ts').then(({ loadMapWhenVisible }) =>
		loadMapWhenVisible(map, selection, { when })
	);
