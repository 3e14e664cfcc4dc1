/**
 * Aligned terminal tables for the demo: numbers right-aligned, text left-aligned, an optional
 * total row under a rule, so that totals visibly add up.
 */

export type Cell = string | number;

export interface TableOptions {
  /** Column headers. */
  head: string[];
  /** Columns to right-align (by index); by default every column whose cells look numeric. */
  right?: number[];
  /** A final row printed under a rule. */
  total?: Cell[];
  /** Indentation of every line. */
  indent?: number;
}

const NUMERIC = /^[-+]?[\d,]*\.?\d+%?$|^[-+]?\d[\d,]*(\.\d+)?\s?[a-zA-Z%×]*$/;

/** Groups thousands of a decimal string or number: 1234567.5 → "1,234,567.50" at 2 decimals. */
export function thousands(value: string | number, decimals = 2): string {
  const text = typeof value === 'number' ? value.toFixed(decimals) : value;
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

export function percent(value: number, decimals = 1): string {
  return `${(value * 100).toFixed(decimals)}%`;
}

/** The columns to right-align: those given, or every column whose cells all look numeric. */
export function rightAligned(rows: Cell[][], columns: number, right?: number[]): Set<number> {
  return new Set(
    right ??
      Array.from({ length: columns }, (_, c) => c).filter((c) => rows.length > 0 && rows.every((r) => NUMERIC.test(String(r[c] ?? '')))),
  );
}

export function table(rows: Cell[][], options: TableOptions): string {
  const all = [options.head, ...rows, ...(options.total ? [options.total] : [])].map((row) => row.map(String));
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...all.map((r) => [...(r[c] ?? '')].length)));
  const right = rightAligned(rows, columns, options.right);
  const pad = ' '.repeat(options.indent ?? 2);
  // Pad by code points, not UTF-16 units, so that names such as "Chloé" line up.
  const fill = (cell: string, c: number): string => ' '.repeat(Math.max(0, (widths[c] as number) - [...cell].length));
  const line = (row: string[]): string =>
    pad +
    row
      .map((cell, c) => (right.has(c) ? fill(cell, c) + cell : cell + fill(cell, c)))
      .join('  ')
      .trimEnd();
  const rule = pad + widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(all[0] as string[]), rule, ...all.slice(1, rows.length + 1).map(line)];
  if (options.total) out.push(rule, line(all[all.length - 1] as string[]));
  return out.join('\n');
}
