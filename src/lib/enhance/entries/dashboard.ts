/**
 * The dashboard's page script: everything JavaScript adds to the prerendered explorer page. The
 * page itself is complete without it (csr = false): charts, tooltips on hover and focus, tables,
 * sources, the SVG map.
 */
import { MAP_ATTRIBUTES } from '../../charts/shapes/district-map/contract.ts';
import { selector } from '../selector.ts';
import { PageSelection, followSelection } from '../page-selection.ts';
import { PageView, enhanceThemeSwitch, keepViewInLinks } from '../page-view.ts';
import { enhanceChartMarks } from '../chart-marks.ts';
import { enhanceSelectControls } from '../select-controls.ts';
import { enhanceSelectionBar } from '../selection-bar.ts';
import { loadMapWhenVisible } from '../map-loader.ts';
import { enhanceEmbedButtons } from '../embed-buttons.ts';

const selection = new PageSelection();
const view = new PageView(selection, { writesUrl: true });
followSelection(document, selection);
enhanceChartMarks(document, selection);
enhanceSelectControls(document, selection);
enhanceSelectionBar(document, selection);
enhanceThemeSwitch(document, view);
keepViewInLinks(document, view);
enhanceEmbedButtons(document);
for (const map of document.querySelectorAll<HTMLElement>(selector(MAP_ATTRIBUTES.root)))
	loadMapWhenVisible(map, selection);
