/**
 * The demo's report model: plain data (strings, numbers, arrays) that both renderers read — the
 * terminal report draws the tables and notes, the HTML report draws the same and the charts.
 */
import type { BarChartSpec, LineChartSpec, TreeChartSpec } from './svg-charts.js';

/** A table: header, rows, and an optional total row printed under a rule. */
export interface TableView {
  /** A line printed above the table. */
  caption?: string;
  head: string[];
  rows: string[][];
  total?: string[];
  /** Columns to right-align; by default every column whose cells look numeric. */
  right?: number[];
}

/** A chart, drawn only in the HTML report. */
export type ChartView = { kind: 'bar'; spec: BarChartSpec } | { kind: 'line'; spec: LineChartSpec } | { kind: 'tree'; spec: TreeChartSpec };

/** One piece of a section, in reading order. */
export type Block =
  | { kind: 'figures'; items: Array<[label: string, value: string]> }
  | { kind: 'table'; table: TableView }
  | { kind: 'note'; text: string }
  | { kind: 'chart'; chart: ChartView };

/** One step of the sales process. */
export interface SectionView {
  /** A stable anchor, e.g. `'targets'`. */
  id: string;
  /** The handbook step, e.g. `'1 · Target setting'`. */
  step: string;
  /** What the step does here. */
  title: string;
  /** The library functions it calls. */
  functions: string[];
  blocks: Block[];
}

/** What every section builder returns: its key figures (for tests and callers) and its view. */
export interface SectionResult<Figures> {
  figures: Figures;
  view: SectionView;
}
