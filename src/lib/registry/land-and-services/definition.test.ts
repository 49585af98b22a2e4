import { describeChart } from '../chart-test-kit.ts';
import chart from './definition.ts';
import expected from './expected.json' with { type: 'json' };

// What it must show: how many marks, and texts in each language.
describeChart(chart, expected);
