import { commands, page } from 'vitest/browser';
import { expect, test } from 'vitest';

// Opens the demo's HTML report (built in Node by the `demoReportHtml` command) in Chromium and
// checks that every chart rendered: present, laid out with a non-zero size, and drawn with its
// bars, series or nodes. Saves screenshots of the whole report, page by page, to
// test/output/demo-report-01.png, -02.png, … (git-ignored).

/** Each chart, what it is drawn with, and how many of those it has. */
const CHARTS: Array<[id: string, selector: string, count: number]> = [
  ['quota-tree', 'g.node', 16], // company, 3 regions, 12 salespeople
  ['monthly-phasing', 'rect.bar', 12],
  ['attainment-pace', 'polyline.series', 4], // plan, actual, forecast, re-balanced plan
  ['scores-bands', 'rect.bar', 12],
  ['rfm-segments', 'rect.bar', 11],
  ['credit-grades', 'rect.bar', 9],
  ['aging-buckets', 'rect.bar', 6], // not due and five buckets past due
];

test('the demo HTML report renders every chart in Chromium', async () => {
  const html = await commands.demoReportHtml();
  expect(html).not.toMatch(/<script/i);

  // The size of the browser window, so that the test frame is not scaled down.
  const [width, height] = [1280, 720];
  await page.viewport(width, height);
  document.body.style.margin = '0';
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error('the report did not load');
  expect(doc.title).toBe('salesops-kit demo — Aurora Lab Supplies, 2026');
  expect(doc.querySelectorAll('section')).toHaveLength(10);

  for (const [id, selector, count] of CHARTS) {
    const svg = doc.querySelector<SVGSVGElement>(`svg[data-chart="${id}"]`);
    expect(svg, id).not.toBeNull();
    if (!svg) continue;
    expect(svg.querySelector('title')?.textContent, id).toBeTruthy();
    const box = svg.getBoundingClientRect();
    expect(box.width, id).toBeGreaterThan(100);
    expect(box.height, id).toBeGreaterThan(100);
    const marks = [...svg.querySelectorAll<SVGGraphicsElement>(selector)];
    expect(marks, id).toHaveLength(count);
    // Drawn, not just present: most marks have an area (a bar of a zero amount may be flat).
    const drawn = marks.filter((mark) => {
      const b = mark.getBBox();
      return b.width > 0 && b.height > 0;
    });
    expect(drawn.length, id).toBeGreaterThanOrEqual(Math.ceil(count / 2));
  }
  // The plan and actual lines have their points; the actual stops at June.
  const series = [...doc.querySelectorAll<SVGPolylineElement>('svg[data-chart="attainment-pace"] polyline.series')];
  expect(series.map((s) => s.points.numberOfItems)).toEqual([12, 6, 7, 7]);

  // Photograph the whole report a window at a time: a frame paints only what it shows.
  const view = frame.contentWindow;
  if (!view) throw new Error('the report has no window');
  const pages = Math.ceil(doc.documentElement.scrollHeight / height);
  expect(pages).toBeGreaterThan(5);
  for (let i = 0; i < pages; i += 1) {
    view.scrollTo(0, i * height);
    await new Promise((resolve) => view.requestAnimationFrame(() => resolve(null)));
    const path = await page.screenshot({ element: frame, path: `../output/demo-report-${String(i + 1).padStart(2, '0')}.png` });
    expect(path).toMatch(/test[/\\]output[/\\]demo-report-\d\d\.png$/);
  }
});
