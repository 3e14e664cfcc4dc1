/**
 * The demo as a library of its own: `runDemo()` runs the whole sales process on the bundled
 * sample data and returns a plain data model — every section's key figures and its view (tables,
 * notes, chart specs) — and `demoText()` / `demoHtml()` render it for the terminal and the
 * browser. No clock, no randomness beyond the seeded sample: the same report on every run.
 */
import { loadCdnow } from './cdnow.js';
import type { SectionView } from './model.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';
import { sampleCompany } from './sample-company.js';
import { attainmentSection, type AttainmentFigures } from './sections/attainment.js';
import { creditSection, type CreditFigures } from './sections/credit.js';
import { customersSection, type CustomerFigures } from './sections/customers.js';
import { quotaSection, type QuotaFigures } from './sections/quota.js';
import { scoringSection, type ScoringFigures } from './sections/scoring.js';
import { targetsSection, type TargetFigures } from './sections/targets.js';

export interface DemoReport {
  title: string;
  subtitle: string;
  company: { name: string; currency: string; seed: number; regions: number; salespeople: number; businessCustomers: number };
  targets: TargetFigures;
  quota: QuotaFigures;
  attainment: AttainmentFigures;
  scoring: ScoringFigures;
  customers: CustomerFigures;
  credit: CreditFigures;
  /** The report's sections, in the handbook's order, as both renderers read them. */
  sections: SectionView[];
}

/** Runs every step of the sales process on the sample data. */
export function runDemo(): DemoReport {
  const company = sampleCompany();
  const targets = targetsSection(company);
  const quota = quotaSection(company, targets.figures.target);
  const attainment = attainmentSection(company, quota.figures);
  const scoring = scoringSection(company, attainment.figures);
  const customers = customersSection(loadCdnow());
  const credit = creditSection(company);
  return {
    title: `salesops-kit demo — ${company.name}, 2026`,
    subtitle:
      `A fictional ${company.currency} lab-supplies distributor (seed ${company.seed}): 3 regions, 2 product lines, ` +
      `${company.salespeople.length} salespeople, ${company.customers.length} business customers; plus the real CDNOW customers.`,
    company: {
      name: company.name,
      currency: company.currency,
      seed: company.seed,
      regions: 3,
      salespeople: company.salespeople.length,
      businessCustomers: company.customers.length,
    },
    targets: targets.figures,
    quota: quota.figures,
    attainment: attainment.figures,
    scoring: scoring.figures,
    customers: customers.figures,
    credit: credit.figures,
    sections: [
      targets.view,
      targets.smartView,
      quota.view,
      quota.phasingView,
      attainment.view,
      scoring.view,
      customers.view,
      customers.valueView,
      credit.view,
      credit.receivablesView,
    ],
  };
}

/** The terminal report of a run. */
export function reportText(report: DemoReport): string {
  return renderText(report.title, report.subtitle, report.sections);
}

/** The self-contained HTML report of a run. */
export function reportHtml(report: DemoReport): string {
  return renderHtml(report.title, report.subtitle, report.sections);
}

/** Runs the demo and returns the terminal report. */
export function demoText(): string {
  return reportText(runDemo());
}

/** Runs the demo and returns the HTML report (inline CSS and SVG, no script, no network). */
export function demoHtml(): string {
  return reportHtml(runDemo());
}
