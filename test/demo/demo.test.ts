import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { type DemoReport, reportHtml, reportText, runDemo } from '../../docs/examples/demo/report.js';

// `npm run demo` end to end: the key figures of every section add up, and the CLI prints the same
// report (and writes the HTML report) in a child process. Nothing here measures time; the CLI's
// wall time is printed for information.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CHARTS = ['quota-tree', 'monthly-phasing', 'attainment-pace', 'scores-bands', 'rfm-segments', 'credit-grades', 'aging-buckets'];

/** Integer cents of a 2-decimal amount string, exactly. */
const cents = (amount: string): bigint => {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!match) throw new Error(`not a 2-decimal amount: ${amount}`);
  const units = BigInt(`${match[2]}${match[3]}`);
  return match[1] === '-' ? -units : units;
};
const sum = (amounts: readonly string[]): bigint => amounts.reduce((total, a) => total + cents(a), 0n);

let report: DemoReport;
beforeAll(() => {
  report = runDemo();
});

describe('runDemo: the key figures', () => {
  test('is plain, JSON-safe data, the same on every run', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(runDemo()).toEqual(report);
  });

  test('the triangulated target lies between the proposals and passes SMART', () => {
    const { targets } = report;
    const values = targets.proposals.map((p) => cents(p.value));
    const min = values.reduce((a, b) => (a < b ? a : b));
    const max = values.reduce((a, b) => (a > b ? a : b));
    expect(targets.proposals.map((p) => p.method)).toEqual(['growth', 'marketShare', 'capacity']);
    expect(cents(targets.target) >= min && cents(targets.target) <= max).toBe(true);
    expect(cents(targets.spread.min)).toBe(min);
    expect(cents(targets.spread.max)).toBe(max);
    expect(targets.proposals.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
    expect(targets.history.map((h) => h.year)).toEqual(['2023', '2024', '2025']);
    expect(targets.smart.passed).toBe(true);
    expect(targets.smart.criteria.map((c) => c.criterion)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
    expect(targets.smart.stance).toBe('realistic');
  });

  test('the quota tree adds up to the target at every level, padding included', () => {
    const { quota } = report;
    expect(quota.target).toBe(report.targets.target);
    expect(quota.regions).toHaveLength(3);
    expect(sum(quota.regions.map((r) => r.quota))).toBe(cents(quota.target));
    for (const region of quota.regions) {
      const people = quota.reps.filter((r) => r.region === region.id);
      expect(people).toHaveLength(4);
      // Each region hands down its quota × 1.1, rounded half-up to the cent, and its people share exactly that.
      const padded = (cents(region.quota) * 110n + 50n) / 100n;
      expect(cents(region.handedDown)).toBe(padded);
      expect(sum(people.map((p) => p.quota))).toBe(cents(region.handedDown));
    }
    expect(quota.reps).toHaveLength(12);
    const newHire = quota.reps.filter((r) => r.rampFactor < 1);
    expect(newHire).toHaveLength(1);
    // Ramped at one half, the new hire carries less than any tenured colleague in the region.
    const colleagues = quota.reps.filter((r) => r.region === newHire[0]?.region && r.rampFactor === 1);
    expect(colleagues.every((c) => cents(c.quota) > cents(newHire[0]?.quota ?? '0.00'))).toBe(true);
  });

  test('the region × product table adds up both ways', () => {
    const { quota } = report;
    const { matrix, lineTargets } = quota.products;
    expect(sum(lineTargets)).toBe(cents(quota.target));
    quota.regions.forEach((region, i) => expect(sum(matrix[i] ?? [])).toBe(cents(region.quota)));
    lineTargets.forEach((line, j) => expect(sum(matrix.map((row) => row[j] ?? '0.00'))).toBe(cents(line)));
  });

  test('phasing sums to the annual quota, for the company and every salesperson', () => {
    const { phasing, reps, target } = report.quota;
    expect(phasing.company.map((m) => m.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(sum(phasing.company.map((m) => m.amount))).toBe(cents(target));
    expect(phasing.profile).toHaveLength(12);
    for (const rep of reps) {
      const phased = phasing.reps.find((r) => r.id === rep.id);
      expect(sum(phased?.months.map((m) => m.amount) ?? [])).toBe(cents(rep.quota));
    }
    // December, when lab budgets close, is the biggest month.
    const december = phasing.company[11]?.amount ?? '0.00';
    expect(phasing.company.every((m) => cents(m.amount) <= cents(december))).toBe(true);
  });

  test('attainment and the re-balanced year are consistent', () => {
    const { attainment, quota } = report;
    expect(attainment.asOf).toBe('2026-06-30');
    expect(sum(attainment.reps.map((r) => r.actualToDate))).toBe(cents(attainment.company.actualToDate));
    const months = attainment.rebalanced.months;
    expect(months).toHaveLength(12);
    expect(sum(months.map((m) => m.quota))).toBe(cents(quota.target));
    expect(months.slice(0, 6).every((m) => m.actual !== null && m.quota === m.actual)).toBe(true);
    expect(months.slice(6).every((m) => m.actual === null)).toBe(true);
    expect(sum(months.slice(6).map((m) => m.quota))).toBe(cents(attainment.rebalanced.remaining));
    for (const rep of attainment.reps) {
      // H1 actuals plus the re-balanced second half give back the annual quota.
      expect(cents(rep.actualToDate) + cents(rep.secondHalfQuota)).toBe(cents(rep.target));
      expect(['ahead', 'onTrack', 'atRisk', 'behind']).toContain(rep.status);
    }
  });

  test('every salesperson has a band, and the bands follow the forced 20/70/10 distribution', () => {
    const { scoring } = report;
    expect(scoring.people).toHaveLength(12);
    expect(scoring.people.every((p) => ['exceeds', 'meets', 'below'].includes(p.band))).toBe(true);
    expect(scoring.ahp.consistent).toBe(true);
    expect(Object.values(scoring.ahp.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Largest remainder of 12 × (0.2, 0.7, 0.1) = (2.4, 8.4, 1.2): floors 2 + 8 + 1, the spare
    // seat to the tied remainder of the larger share — 2, 9, 1.
    expect(scoring.bands.map((b) => b.quota)).toEqual([2, 9, 1]);
    expect(scoring.bands.map((b) => b.count)).toEqual([2, 9, 1]);
    for (const band of scoring.bands) expect(scoring.people.filter((p) => p.band === band.label)).toHaveLength(band.count);
    // Bands go best first: everyone in a better band scores at least as much as anyone below.
    const worstOf = (label: string): number => Math.min(...scoring.people.filter((p) => p.band === label).map((p) => p.composite));
    const bestOf = (label: string): number => Math.max(...scoring.people.filter((p) => p.band === label).map((p) => p.composite));
    expect(worstOf('exceeds')).toBeGreaterThanOrEqual(bestOf('meets'));
    expect(worstOf('meets')).toBeGreaterThanOrEqual(bestOf('below'));
    // The new hire's two customer raters fall under the anonymity minimum of 3.
    expect(scoring.people.filter((p) => p.suppressedGroups.includes('customer')).map((p) => p.id)).toEqual(['rep-12']);
  });

  test('the CDNOW segments, tiers and stages each cover the 2,357 customers', () => {
    const { customers } = report;
    expect(customers.transactions).toBe(6919);
    expect(customers.customers).toBe(2357);
    const count = (rows: Array<{ customers: number }>): number => rows.reduce((t, r) => t + r.customers, 0);
    expect(count(customers.segments)).toBe(2357);
    expect(count(customers.tiers)).toBe(2357);
    expect(count(customers.stages)).toBe(2357);
    expect(sum(customers.segments.map((s) => s.revenue))).toBe(cents(customers.revenue));
    expect(sum(customers.tiers.map((t) => t.revenue))).toBe(cents(customers.revenue));
    // Fader, Hardie and Lee (2005), Marketing Science 24(2), p. 280: r = 0.243, α = 4.414, a = 0.793, b = 2.426.
    const { bgNbd } = customers.models;
    expect([bgNbd.r, bgNbd.alpha, bgNbd.a, bgNbd.b].map((v) => Number(v.toFixed(3)))).toEqual([0.243, 4.414, 0.793, 2.426]);
    expect(customers.top).toHaveLength(10);
    const clvs = customers.top.map((t) => cents(t.clv));
    expect(clvs.every((c, i) => i === 0 || c <= (clvs[i - 1] as bigint))).toBe(true);
    expect(cents(customers.predictedValue.topDecile) < cents(customers.predictedValue.total)).toBe(true);
    expect(customers.holdout.actual).toBe(1882);
  });

  test('the credit grades cover the 200 customers and the aging buckets sum to the open total', () => {
    const { credit } = report;
    expect(credit.grades.reduce((t, g) => t + g.customers, 0)).toBe(200);
    const { aging } = credit;
    expect(aging.buckets.map((b) => b.label)).toEqual(['1-30', '31-60', '61-90', '91-120', '120+']);
    expect(cents(aging.notDue) + sum(aging.buckets.map((b) => b.amount)) + cents(aging.credits)).toBe(cents(aging.open));
    expect(credit.decisions.reduce((t, d) => t + d.orders, 0)).toBe(200);
    expect(credit.orders.map((o) => o.decision)).toEqual(credit.decisions.filter((d) => d.orders > 0).map((d) => d.decision));
    expect(credit.warnings.byCode.reduce((t, w) => t + w.count, 0)).toBe(credit.warnings.total);
    expect(credit.riskiest).toHaveLength(5);
  });
});

describe('the rendered reports', () => {
  test('the text report heads every step with the functions it uses', () => {
    const text = reportText(report);
    const flowing = text.replace(/\s+/g, ' ');
    for (const section of report.sections) {
      expect(text.split('\n')).toContain(`${section.step} — ${section.title}`);
      expect(flowing).toContain(`uses: ${section.functions.join(', ')}`);
    }
    // Readable in a terminal: no line wider than 100 characters.
    expect(text.split('\n').filter((line) => [...line].length > 100)).toEqual([]);
    expect(report.sections.map((s) => s.step.split(' · ')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  });

  test('the HTML report is one self-contained page with every chart', () => {
    const html = reportHtml(report);
    for (const id of CHARTS) expect(html).toContain(`<svg xmlns="http://www.w3.org/2000/svg" data-chart="${id}"`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
    // The only URL is the SVG namespace, which is a name, not a request.
    expect(html.match(/https?:\/\/[^\s"'<>]+/g)?.filter((url) => url !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
  });
});

describe('the CLI (npm run demo)', () => {
  const run = (args: string[]): { status: number | null; stdout: string; stderr: string } => {
    const started = performance.now();
    const result = spawnSync(TSX, ['docs/examples/demo.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    console.log(`tsx docs/examples/demo.ts ${args.join(' ')}: ${Math.round(performance.now() - started)} ms wall time`);
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  test('prints the whole report, the same as runDemo renders it', () => {
    const { status, stdout, stderr } = run([]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(reportText(report));
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('salesops-kit demo — Aurora Lab Supplies, 2026');
    expect(lines).toContain('1 · Target setting — Set the 2026 target by three methods and triangulate');
    expect(stdout).toMatch(/^ {2}2026 target \(weighted mean\) +[\d,]+\.\d\d +100%$/m);
    expect(stdout).toMatch(/^ {2}All +2,357 +100\.0% +173,115\.55$/m);
  });

  test('--html writes the self-contained HTML report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesops-demo-'));
    try {
      const file = join(dir, 'report.html');
      const { status, stdout } = run(['--html', file]);
      expect(status).toBe(0);
      expect(stdout).toContain(`HTML report written to ${file}`);
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toBe(reportHtml(report));
      for (const id of CHARTS) expect(html).toContain(`data-chart="${id}"`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('refuses an unknown argument', () => {
    const { status, stderr } = run(['--pdf']);
    expect(status).toBe(2);
    expect(stderr).toContain('unknown argument: --pdf');
  });
});
