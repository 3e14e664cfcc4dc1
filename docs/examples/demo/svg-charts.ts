/**
 * Hand-written SVG charts for the demo's HTML report: no chart library, no network, no script.
 * Each chart is a self-contained `<svg>` with a `data-chart` id, a title and an accessible label.
 */

const COLORS = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#475569', '#0d9488'];
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function svgOpen(id: string, title: string, width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" data-chart="${escapeXml(id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}" ${FONT}>
<title>${escapeXml(title)}</title>
<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="600" fill="#111827">${escapeXml(title)}</text>`;
}

/** A compact figure: 1.2M, 350k, 12. */
export function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toFixed(abs >= 1e7 ? 1 : 2)}M`;
  if (abs >= 1e3) return `${(value / 1e3).toFixed(abs >= 1e4 ? 0 : 1)}k`;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

export interface BarChartSpec {
  id: string;
  title: string;
  labels: string[];
  values: number[];
  /** Text above each bar; defaults to the compact value. */
  valueLabels?: string[];
  /** Bars left to right (default) or top to bottom. */
  horizontal?: boolean;
  color?: string;
  /** One colour per bar instead of one colour for all. */
  colorful?: boolean;
  /** Explicit colours, one per bar (wins over `colorful`). */
  colors?: string[];
}

export function barChart(spec: BarChartSpec): string {
  const { labels, values } = spec;
  const texts = spec.valueLabels ?? values.map(compact);
  const color = (i: number): string =>
    spec.colors?.[i] ?? (spec.colorful ? (COLORS[i % COLORS.length] as string) : (spec.color ?? (COLORS[0] as string)));
  const max = niceMax(Math.max(0, ...values));
  const parts: string[] = [];
  if (spec.horizontal) {
    const rowHeight = 26;
    const labelWidth = 150;
    const plotWidth = 420;
    const width = labelWidth + plotWidth + 90;
    const height = 40 + rowHeight * labels.length + 10;
    parts.push(svgOpen(spec.id, spec.title, width, height));
    labels.forEach((label, i) => {
      const y = 40 + i * rowHeight;
      const w = Math.max(0, ((values[i] as number) / max) * plotWidth);
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" font-size="12" fill="#374151">${escapeXml(label)}</text>`,
        `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowHeight - 8}" rx="3" fill="${color(i)}"><title>${escapeXml(`${label}: ${texts[i]}`)}</title></rect>`,
        `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 16}" font-size="12" fill="#111827">${escapeXml(texts[i] as string)}</text>`,
      );
    });
    parts.push('</svg>');
    return parts.join('\n');
  }
  const width = Math.max(360, 70 + labels.length * 56);
  const height = 280;
  const top = 40;
  const bottom = 230;
  const left = 56;
  const plotWidth = width - left - 16;
  const slot = plotWidth / labels.length;
  parts.push(svgOpen(spec.id, spec.title, width, height));
  for (let k = 0; k <= 4; k += 1) {
    const y = bottom - ((bottom - top) * k) / 4;
    parts.push(
      `<line x1="${left}" x2="${width - 16}" y1="${y}" y2="${y}" stroke="#e5e7eb"/>`,
      `<text x="${left - 6}" y="${y + 4}" text-anchor="end" font-size="11" fill="#6b7280">${compact((max * k) / 4)}</text>`,
    );
  }
  labels.forEach((label, i) => {
    const h = Math.max(0, ((values[i] as number) / max) * (bottom - top));
    const x = left + i * slot + slot * 0.15;
    const w = slot * 0.7;
    parts.push(
      `<rect class="bar" x="${x.toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="3" fill="${color(i)}"><title>${escapeXml(`${label}: ${texts[i]}`)}</title></rect>`,
      `<text x="${(x + w / 2).toFixed(1)}" y="${(bottom - h - 5).toFixed(1)}" text-anchor="middle" font-size="11" fill="#111827">${escapeXml(texts[i] as string)}</text>`,
      `<text x="${(x + w / 2).toFixed(1)}" y="${bottom + 16}" text-anchor="middle" font-size="11" fill="#374151">${escapeXml(label)}</text>`,
    );
  });
  parts.push(`<line x1="${left}" x2="${width - 16}" y1="${bottom}" y2="${bottom}" stroke="#9ca3af"/>`, '</svg>');
  return parts.join('\n');
}

export interface LineSeries {
  name: string;
  /** One value per x label; `null` where the series has no point. */
  values: Array<number | null>;
  dashed?: boolean;
}

export interface LineChartSpec {
  id: string;
  title: string;
  xLabels: string[];
  series: LineSeries[];
  /** A vertical rule at one x label (e.g. "as of 30 June"). */
  marker?: { index: number; label: string };
}

export function lineChart(spec: LineChartSpec): string {
  const width = 680;
  const height = 310;
  const top = 40;
  const bottom = 240;
  const left = 64;
  const right = width - 20;
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...all));
  const x = (i: number): number => left + ((right - left) * i) / Math.max(1, spec.xLabels.length - 1);
  const y = (v: number): number => bottom - ((bottom - top) * v) / max;
  const parts = [svgOpen(spec.id, spec.title, width, height)];
  for (let k = 0; k <= 4; k += 1) {
    const yy = bottom - ((bottom - top) * k) / 4;
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${yy}" y2="${yy}" stroke="#e5e7eb"/>`,
      `<text x="${left - 6}" y="${yy + 4}" text-anchor="end" font-size="11" fill="#6b7280">${compact((max * k) / 4)}</text>`,
    );
  }
  spec.xLabels.forEach((label, i) => {
    parts.push(
      `<text x="${x(i).toFixed(1)}" y="${bottom + 16}" text-anchor="middle" font-size="11" fill="#374151">${escapeXml(label)}</text>`,
    );
  });
  if (spec.marker) {
    const mx = x(spec.marker.index).toFixed(1);
    parts.push(
      `<line class="marker" x1="${mx}" x2="${mx}" y1="${top}" y2="${bottom}" stroke="#6b7280" stroke-dasharray="2 3"/>`,
      `<text x="${mx}" y="${top - 4}" text-anchor="middle" font-size="11" fill="#6b7280">${escapeXml(spec.marker.label)}</text>`,
    );
  }
  let legendX = left;
  spec.series.forEach((series, s) => {
    const color = COLORS[s % COLORS.length] as string;
    const points = series.values
      .map((v, i) => (v === null ? null : ([x(i), y(v)] as const)))
      .filter((p): p is readonly [number, number] => p !== null);
    parts.push(
      `<polyline class="series" data-series="${escapeXml(series.name)}" fill="none" stroke="${color}" stroke-width="2.5"${series.dashed ? ' stroke-dasharray="6 4"' : ''} points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"><title>${escapeXml(series.name)}</title></polyline>`,
      ...points.map(([px, py]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="2.5" fill="${color}"/>`),
      `<rect x="${legendX}" y="${height - 30}" width="16" height="4" fill="${color}"/>`,
      `<text x="${legendX + 22}" y="${height - 24}" font-size="12" fill="#374151">${escapeXml(series.name)}</text>`,
    );
    legendX += 40 + series.name.length * 7;
  });
  parts.push('</svg>');
  return parts.join('\n');
}

export interface TreeNode {
  label: string;
  value: string;
  children?: TreeNode[];
}

export interface TreeChartSpec {
  id: string;
  title: string;
  root: TreeNode;
}

/** A left-to-right tree: one column per depth, leaves evenly spaced, parents centred on them. */
export function treeChart(spec: TreeChartSpec): string {
  const boxWidth = 196;
  const boxHeight = 34;
  const columnGap = 60;
  const rowGap = 8;
  const positions: Array<{ node: TreeNode; depth: number; y: number }> = [];
  let nextLeafY = 40;
  const place = (node: TreeNode, depth: number): number => {
    let y: number;
    if (!node.children || node.children.length === 0) {
      y = nextLeafY;
      nextLeafY += boxHeight + rowGap;
    } else {
      const ys = node.children.map((child) => place(child, depth + 1));
      y = ((ys[0] as number) + (ys[ys.length - 1] as number)) / 2;
    }
    positions.push({ node, depth, y });
    return y;
  };
  place(spec.root, 0);
  const depth = Math.max(...positions.map((p) => p.depth));
  const width = 20 + (depth + 1) * (boxWidth + columnGap);
  const height = nextLeafY + 10;
  const xOf = (d: number): number => 10 + d * (boxWidth + columnGap);
  const where = new Map(positions.map((p) => [p.node, p]));
  const parts = [svgOpen(spec.id, spec.title, width, height)];
  for (const p of positions) {
    for (const child of p.node.children ?? []) {
      const c = where.get(child);
      if (!c) continue;
      const x1 = xOf(p.depth) + boxWidth;
      const x2 = xOf(c.depth);
      const mid = (x1 + x2) / 2;
      parts.push(
        `<path d="M${x1},${p.y + boxHeight / 2} C${mid},${p.y + boxHeight / 2} ${mid},${c.y + boxHeight / 2} ${x2},${c.y + boxHeight / 2}" fill="none" stroke="#9ca3af"/>`,
      );
    }
  }
  for (const p of positions) {
    const x = xOf(p.depth);
    parts.push(
      `<g class="node"><rect x="${x}" y="${p.y}" width="${boxWidth}" height="${boxHeight}" rx="6" fill="${p.depth === 0 ? '#1e3a8a' : p.depth === 1 ? '#2563eb' : '#dbeafe'}"/>`,
      `<text x="${x + 8}" y="${p.y + 14}" font-size="11" fill="${p.depth < 2 ? '#ffffff' : '#1e3a8a'}">${escapeXml(p.node.label)}</text>`,
      `<text x="${x + 8}" y="${p.y + 28}" font-size="11" font-weight="600" fill="${p.depth < 2 ? '#ffffff' : '#1e3a8a'}">${escapeXml(p.node.value)}</text></g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
