/**
 * An embed's page script: sizes the iframe in whatever host page holds it and adds to the
 * server-rendered chart what CSS cannot: arrow keys between marks and the `sel=` highlight.
 */
import { PageSelection, followSelection } from '../page-selection.ts';
import { PageView } from '../page-view.ts';
import { enhanceChartMarks } from '../chart-marks.ts';
import { enhanceSelectControls } from '../select-controls.ts';
import { loadMapWhenVisible } from '../map-loader.ts';

const selection = new PageSelection();
new PageView(selection, { writesUrl: false });
followSelection(document, selection);
enhanceChartMarks(document, selection);
enhanceSelectControls(document, selection);
for (const map of document.querySelectorAll<HTMLElement>('[data-map-id]')) loadMapWhenVisible(map, selection);
