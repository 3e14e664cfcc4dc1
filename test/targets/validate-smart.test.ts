import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { normalCdf } from '../../src/core/stats.js';
import { type SalesTarget, type SmartContext, type SmartReport, validateSmartTarget } from 'salesops-kit/targets';
import { amountString, isoDate } from '../helpers/arbitraries.js';
import { expectJsonSafe, expectPure, SPECIAL_IDS } from '../helpers/bad-input.js';
import { allFindings, CONTEXT, codes, finding, FULL_CONTEXT, target, TARGET } from './helpers.js';

const check = (t: SalesTarget, c?: SmartContext): SmartReport => validateSmartTarget(t, c);
const nextUp = (x: number): number => x + 2 ** -53; // the next double above 0.5
const nextDown = (x: number): number => x - 2 ** -54; // the next double below 0.5

describe('a good target', () => {
  test('passes every criterion, with the achievability figures', () => {
    const report = check(TARGET, CONTEXT);
    expect(report.passed).toBe(true);
    expect(Object.keys(report.criteria)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
    for (const criterion of Object.values(report.criteria)) expect(criterion.passed).toBe(true);
    expect(codes(report)).toEqual(['REALISTIC_TARGET']);
    expect(report.targetId).toBe('nordics-2026');
    // Growth 800k → 880k → 920k → 1000k, computed here independently.
    const rates = [80 / 800, 40 / 880, 80 / 920];
    const mean = (rates[0]! + rates[1]! + rates[2]!) / 3;
    const sd = Math.sqrt(rates.reduce((s, r) => s + (r - mean) ** 2, 0) / 2);
    const a = report.achievability!;
    expect(a.requiredGrowth).toBe(0.08);
    expect(a.historicalMeanGrowth).toBeCloseTo(mean, 11);
    expect(a.historicalVolatility).toBeCloseTo(sd, 11);
    expect(a.probability).toBeCloseTo(normalCdf((mean - 0.08) / sd), 9);
    expect(a.stance).toBe('realistic');
    expect(a.basis).toBe('baseline');
  });

  test('is pure: frozen inputs, JSON-safe result, same result twice', () => {
    expectPure(validateSmartTarget, target(), { ...FULL_CONTEXT });
    expectPure(validateSmartTarget, target({ value: new Dec('1080000'), baseline: 1000000 }), {
      history: [new Dec(800000), 880000, '920000', '1e6'],
    });
    expectPure(validateSmartTarget, target());
  });

  test('reads Date objects in UTC', () => {
    const report = check(target({ period: { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-12-31T23:59:59Z') } }), {
      ...CONTEXT,
      asOf: new Date('2025-11-15T12:00:00Z'),
    });
    expect(report).toEqual(check(TARGET, CONTEXT));
  });

  test('a target object with a prototype of its own (refused by the fast path) is checked all the same', () => {
    const proto = { describe: (): string => 'a target' };
    const odd = Object.assign(Object.create(proto) as SalesTarget, target());
    expect(check(odd, CONTEXT)).toEqual(check(TARGET, CONTEXT));
  });

  test('extra fields of the caller’s own on the target are ignored', () => {
    expect(check({ ...target(), status: 'draft' } as SalesTarget, CONTEXT)).toEqual(check(TARGET, CONTEXT));
  });
});

describe('specific', () => {
  test('TITLE_MISSING: an empty or blank title (and nothing else about the title)', () => {
    for (const title of ['', '   ', '\t\n']) {
      const report = check(target({ title }));
      expect(report.criteria.specific.passed).toBe(false);
      expect(report.passed).toBe(false);
      expect(codes(report).filter((c) => c.startsWith('TITLE') || c === 'GENERIC_TITLE')).toEqual(['TITLE_MISSING']);
      expect(finding(report, 'TITLE_MISSING')).toMatchObject({ criterion: 'specific', severity: 'error', path: ['target', 'title'] });
    }
  });

  test('TITLE_TOO_SHORT: fewer than 10 characters after trimming, counted in code points', () => {
    expect(codes(check(target({ title: 'Nordics Q1' })))).not.toContain('TITLE_TOO_SHORT'); // 10
    const short = check(target({ title: '  Nordics Q  ' })); // 9
    expect(finding(short, 'TITLE_TOO_SHORT')).toMatchObject({ severity: 'error', path: ['target', 'title'] });
    expect(finding(short, 'TITLE_TOO_SHORT').message).toContain('"Nordics Q"');
    expect(short.criteria.specific.passed).toBe(false);
    expect(codes(check(target({ title: '🚀 Nordics' })))).toContain('TITLE_TOO_SHORT'); // 9 code points, 10 UTF-16 units
    expect(codes(check(target({ title: '🚀 Nordics!' })))).not.toContain('TITLE_TOO_SHORT'); // 10
  });

  test('minTitleLength can be overridden', () => {
    expect(codes(check(target({ title: 'Nordics Q' }), { thresholds: { minTitleLength: 9 } }))).not.toContain('TITLE_TOO_SHORT');
    expect(codes(check(target({ title: 'Nordics Q1' }), { thresholds: { minTitleLength: 11 } }))).toContain('TITLE_TOO_SHORT');
  });

  test.each(['Increase sales', 'Do better!!!', 'DO BETTER THIS YEAR', 'Grow our revenue', 'Hit the target!', '!!!!!!!!!!!!'])(
    'GENERIC_TITLE is a warning for %j',
    (title) => {
      const report = check(target({ title }), CONTEXT);
      expect(finding(report, 'GENERIC_TITLE')).toMatchObject({ severity: 'warning', path: ['target', 'title'] });
      expect(report.criteria.specific.passed).toBe(true);
      expect(report.passed).toBe(true);
    },
  );

  test.each([
    'Increase sales by 10 %',
    'Grow Nordics revenue',
    'Increase Sales In The Nordics',
    'Umsatz steigern in Bayern',
    '2026 revenue plan',
    'Grow Île-de-France bookings',
  ])('a title naming something is not generic: %j', (title) => {
    expect(codes(check(target({ title })))).not.toContain('GENERIC_TITLE');
  });

  test('both TITLE_TOO_SHORT and GENERIC_TITLE when a short title is also generic', () => {
    expect(codes(check(target({ title: 'Sell more' })))).toEqual(expect.arrayContaining(['TITLE_TOO_SHORT', 'GENERIC_TITLE']));
  });

  test('genericWords replaces the word list (titles in another language)', () => {
    const german = { genericWords: ['umsatz', 'steigern', 'mehr', 'verkaufen'] };
    expect(codes(check(target({ title: 'Umsatz steigern!' }), german))).toContain('GENERIC_TITLE');
    expect(codes(check(target({ title: 'Umsatz steigern in Bayern' }), german))).not.toContain('GENERIC_TITLE');
    expect(codes(check(target({ title: 'Increase sales' }), german))).not.toContain('GENERIC_TITLE');
    expect(codes(check(target({ title: 'MEHR VERKAUFEN' }), german))).toContain('GENERIC_TITLE'); // case-insensitive
  });

  test('METRIC_NOT_CONCRETE: a custom metric must name its unit', () => {
    const report = check(target({ metric: { kind: 'custom', currency: 'EUR' } }));
    expect(finding(report, 'METRIC_NOT_CONCRETE')).toMatchObject({
      criterion: 'specific',
      severity: 'error',
      path: ['target', 'metric', 'unit'],
    });
    expect(codes(check(target({ metric: { kind: 'custom', unit: '  ' } })))).toContain('METRIC_NOT_CONCRETE');
    const named = check(target({ metric: { kind: 'custom', unit: 'demos booked' } }), CONTEXT);
    expect(named.passed).toBe(true);
  });

  test('SCOPE_MISSING: no scope field, or only blank ones', () => {
    for (const scope of [{}, { region: '  ' }, { owner: '', channel: ' ' }]) {
      const report = check(target({ scope }));
      expect(finding(report, 'SCOPE_MISSING')).toMatchObject({ severity: 'error', path: ['target', 'scope'] });
      expect(report.criteria.specific.passed).toBe(false);
    }
  });

  test.each(['owner', 'region', 'productLine', 'customerGroup', 'channel'])('one scope field is enough: %s', (field) => {
    expect(check(target({ scope: { [field]: 'x' } }), CONTEXT).criteria.specific.passed).toBe(true);
  });
});

describe('measurable', () => {
  test.each([0, '0', '0.00', -5, '-0.01', new Dec('-1e-9')])('VALUE_NOT_POSITIVE for %s, an error, not an exception', (value) => {
    const report = check(target({ value }), CONTEXT);
    expect(finding(report, 'VALUE_NOT_POSITIVE')).toMatchObject({ criterion: 'measurable', severity: 'error', path: ['target', 'value'] });
    expect(report.criteria.measurable.passed).toBe(false);
    expectJsonSafe(report);
  });

  test('a value just above zero is positive', () => {
    expect(codes(check(target({ value: '0.01' })))).not.toContain('VALUE_NOT_POSITIVE');
    expect(codes(check(target({ value: '1e-30' })))).not.toContain('VALUE_NOT_POSITIVE');
  });

  test('CURRENCY_MISSING: revenue needs a currency; margin a currency or a unit', () => {
    const revenue = check(target({ metric: { kind: 'revenue' } }));
    expect(finding(revenue, 'CURRENCY_MISSING')).toMatchObject({ severity: 'error', path: ['target', 'metric', 'currency'] });
    expect(codes(check(target({ metric: { kind: 'revenue', unit: 'k' } })))).toContain('CURRENCY_MISSING');
    expect(codes(check(target({ metric: { kind: 'margin' } })))).toContain('CURRENCY_MISSING');
    expect(check(target({ metric: { kind: 'margin', unit: '%' } }), CONTEXT).passed).toBe(true);
    expect(check(target({ metric: { kind: 'margin', currency: 'GBP' } }), CONTEXT).passed).toBe(true);
  });

  test('UNIT_MISSING: a custom metric with neither unit nor currency (it is not specific either)', () => {
    const report = check(target({ metric: { kind: 'custom' } }));
    expect(finding(report, 'UNIT_MISSING')).toMatchObject({
      criterion: 'measurable',
      severity: 'error',
      path: ['target', 'metric', 'unit'],
    });
    expect(codes(report)).toContain('METRIC_NOT_CONCRETE');
    expect(codes(check(target({ metric: { kind: 'custom', currency: 'EUR' } })))).not.toContain('UNIT_MISSING');
  });

  test.each(['units', 'orders', 'newCustomers'] as const)('a %s target is measured in itself: no unit or currency needed', (kind) => {
    expect(check(target({ metric: { kind } }), CONTEXT).passed).toBe(true);
  });

  test('BASELINE_MISSING is a warning', () => {
    const { baseline: _, ...rest } = target();
    const report = check(rest as SalesTarget, CONTEXT);
    expect(finding(report, 'BASELINE_MISSING')).toMatchObject({ severity: 'warning', path: ['target', 'baseline'] });
    expect(report.criteria.measurable.passed).toBe(true);
  });
});

describe('achievable', () => {
  test('ACHIEVABILITY_NOT_ASSESSED without history, market size or capacity', () => {
    for (const context of [undefined, {}, { asOf: '2025-11-15', objectives: ['grow-nordics'] }]) {
      const report = check(target(), context);
      expect(report.criteria.achievable).toEqual({
        passed: true,
        findings: [expect.objectContaining({ code: 'ACHIEVABILITY_NOT_ASSESSED', severity: 'info' })],
      });
      expect(finding(report, 'ACHIEVABILITY_NOT_ASSESSED').path).toBeUndefined();
      expect('path' in finding(report, 'ACHIEVABILITY_NOT_ASSESSED')).toBe(false);
      expect(report.achievability).toBeUndefined();
      expect('achievability' in report).toBe(false);
    }
  });

  // History 100 → 100 → 110 → 132: growth 0, 10 %, 20 %: mean 10 %, sample standard deviation
  // exactly 10 %. Required growth 20 % is one standard deviation above the mean, so the
  // probability is 1 − Φ(1) = 0.1586552539 (Abramowitz & Stegun 1964, Table 26.1).
  const history = [100, 100, 110, 132];
  const at = (value: string | number, extra: Partial<SalesTarget> = {}, context: SmartContext = {}): SmartReport =>
    check(target({ value, baseline: 132, ...extra }), { history, ...context });

  test.each([
    ['158.4', 0.2, 0.1586552539, 'stretch', 'STRETCH_TARGET', 'info'],
    ['171.6', 0.3, 0.0227501319, 'unrealistic', 'UNREALISTIC_TARGET', 'error'],
    ['145.2', 0.1, 0.5, 'realistic', 'REALISTIC_TARGET', 'info'],
    ['132', 0, 0.8413447461, 'realistic', 'REALISTIC_TARGET', 'info'],
    ['125.4', -0.05, 0.9331927987, 'sandbagged', 'SANDBAGGED_TARGET', 'warning'],
  ])('value %s: required growth %s, probability %s → %s', (value, required, probability, stance, code, severity) => {
    const report = at(value);
    expect(report.achievability).toMatchObject({
      requiredGrowth: required,
      historicalMeanGrowth: 0.1,
      historicalVolatility: 0.1,
      stance,
      basis: 'baseline',
      growthRates: [0, 0.1, 0.2],
    });
    expect(report.achievability?.probability).toBeCloseTo(probability, 9);
    expect(finding(report, code)).toMatchObject({ criterion: 'achievable', severity, path: ['target', 'value'] });
    expect(report.criteria.achievable.passed).toBe(stance !== 'unrealistic');
  });

  test('the finding states the figures in words', () => {
    expect(finding(at('158.4'), 'STRETCH_TARGET').message).toBe(
      'A stretch: the target needs 20.0 % growth over the baseline; past growth averaged 10.0 % (volatility 10.0 %), a 15.9 % chance.',
    );
  });

  describe('each stance boundary, exactly, through the thresholds (probability exactly 0.5)', () => {
    // History 100 → 110 → 132: growth 10 % and 20 %, mean 15 %; 132 × 1.15 = 151.8 needs exactly the
    // mean growth, so z = 0 and the probability is exactly Φ(0) = 0.5.
    const half = (thresholds: NonNullable<SmartContext['thresholds']>): SmartReport =>
      check(target({ value: '151.8', baseline: 132 }), { history: [100, 110, 132], thresholds });

    test('the probability is exactly one half', () => {
      expect(half({}).achievability?.probability).toBe(0.5);
    });
    test('unrealisticBelow: p equal to it is not unrealistic; just above p it is', () => {
      expect(half({ unrealisticBelow: 0.5, stretchBelow: 0.6 }).achievability?.stance).toBe('stretch');
      expect(half({ unrealisticBelow: nextUp(0.5), stretchBelow: 0.6 }).achievability?.stance).toBe('unrealistic');
    });
    test('stretchBelow: p equal to it is realistic; just above p it is a stretch', () => {
      expect(half({ stretchBelow: 0.5 }).achievability?.stance).toBe('realistic');
      expect(half({ stretchBelow: nextUp(0.5) }).achievability?.stance).toBe('stretch');
    });
    test('sandbaggedAbove: p equal to it is realistic; just below p it is sandbagged', () => {
      expect(half({ sandbaggedAbove: 0.5 }).achievability?.stance).toBe('realistic');
      expect(half({ sandbaggedAbove: nextDown(0.5) }).achievability?.stance).toBe('sandbagged');
      expect(codes(half({ sandbaggedAbove: nextDown(0.5) }))).toContain('SANDBAGGED_TARGET');
    });
  });

  test('BELOW_BASELINE: one cent below is a warning (and the stance sandbagged); equal is not', () => {
    const below = at('131.99');
    expect(finding(below, 'BELOW_BASELINE')).toMatchObject({ severity: 'warning', path: ['target', 'value'] });
    expect(below.achievability?.stance).toBe('sandbagged');
    expect(below.achievability!.probability).toBeLessThan(0.9); // sandbagged by the baseline rule, not by the probability
    expect(codes(below)).not.toContain('SANDBAGGED_TARGET');
    expect(below.criteria.achievable.passed).toBe(true);
    expect(codes(at('132'))).not.toContain('BELOW_BASELINE');
  });

  test('comparisons are exact even where doubles cannot tell the amounts apart', () => {
    expect(Number('999999.99999999999999999')).toBe(1000000);
    expect(codes(check(target({ value: '999999.99999999999999999', baseline: '1000000' })))).toContain('BELOW_BASELINE');
    expect(codes(check(target({ value: '1000000.00000000000000001', baseline: '1000000' })))).not.toContain('BELOW_BASELINE');
    expect(codes(check(target({ value: '1e-400' })))).not.toContain('VALUE_NOT_POSITIVE');
    expect(codes(check(target({ value: '-1e-400' })))).toContain('VALUE_NOT_POSITIVE');
    expect(codes(check(target({ value: -0 })))).toContain('VALUE_NOT_POSITIVE');
    expect(codes(check(target({ value: new Dec('1080000'), baseline: new Dec('1080000.000000000000000000001') })))).toContain(
      'BELOW_BASELINE',
    );
  });

  test('BELOW_BASELINE needs no history', () => {
    const report = check(target({ value: '999999.99' }));
    expect(codes(report)).toEqual(expect.arrayContaining(['BELOW_BASELINE', 'ACHIEVABILITY_NOT_ASSESSED']));
  });

  test('below the baseline but out of reach of a shrinking business: unrealistic wins', () => {
    // Shrinking 30 % ± 1 % a period; the target asks for −5 %.
    const report = check(target({ value: 95, baseline: 100 }), { history: [204.08, 142.86, 100] });
    expect(report.achievability?.stance).toBe('unrealistic');
    expect(codes(report)).toEqual(expect.arrayContaining(['BELOW_BASELINE', 'UNREALISTIC_TARGET']));
  });

  test('without a baseline the required growth is measured from the last actual', () => {
    const { baseline: _, ...rest } = target({ value: '158.4' });
    const report = check(rest as SalesTarget, { history });
    expect(report.achievability).toMatchObject({ requiredGrowth: 0.2, basis: 'lastActual', stance: 'stretch' });
  });

  test('ZERO_VOLATILITY: a history that grew by exactly the same rate makes the model certain', () => {
    const steady = { history: ['100', '110', '121'] };
    const reachable = check(target({ value: '133.1', baseline: '121' }), steady);
    expect(reachable.achievability).toMatchObject({
      requiredGrowth: 0.1,
      historicalMeanGrowth: 0.1,
      historicalVolatility: 0,
      probability: 1,
      stance: 'sandbagged',
    });
    expect(finding(reachable, 'ZERO_VOLATILITY')).toMatchObject({ severity: 'info', path: ['context', 'history'] });
    const beyond = check(target({ value: '133.11', baseline: '121' }), steady);
    expect(beyond.achievability).toMatchObject({ probability: 0, stance: 'unrealistic' });
    expect(beyond.criteria.achievable.passed).toBe(false);
    const flat = check(target({ value: 100, baseline: 100 }), { history: [100, 100, 100] });
    expect(flat.achievability).toMatchObject({ historicalVolatility: 0, probability: 1 });
  });

  test('GROWTH_UNDEFINED: a zero or negative actual has no growth after it; the pair is left out', () => {
    const report = check(target({ value: '133.1', baseline: '121' }), { history: [0, 100, 110, 121] });
    expect(finding(report, 'GROWTH_UNDEFINED')).toMatchObject({ severity: 'info', path: ['context', 'history', 0] });
    expect(report.achievability?.growthRates).toEqual([0.1, 0.1]);
    const negative = check(target({ value: 80, baseline: 72 }), { history: [100, -20, 50, 60, 72] });
    expect(finding(negative, 'GROWTH_UNDEFINED').path).toEqual(['context', 'history', 1]);
    expect(negative.achievability?.growthRates).toEqual([-1.2, 0.2, 0.2]);
  });

  test('HISTORY_TOO_SHORT: fewer than two usable growth rates give no probability, only a warning', () => {
    for (const h of [[], [100], [100, 110], [0, 100, 110], [-5, 0, 100, 110]]) {
      const report = check(target(), { history: h });
      expect(finding(report, 'HISTORY_TOO_SHORT')).toMatchObject({ severity: 'warning', path: ['context', 'history'] });
      expect(report.achievability).toBeUndefined();
      expect(report.criteria.achievable.passed).toBe(true);
    }
    expect(finding(check(target(), { history: [100, 110] }), 'HISTORY_TOO_SHORT').message).toContain('1 usable growth rate;');
  });

  test('REFERENCE_NOT_POSITIVE: a zero or negative baseline (or last actual) leaves the required growth undefined', () => {
    const zero = check(target({ baseline: '0' }), CONTEXT);
    expect(finding(zero, 'REFERENCE_NOT_POSITIVE')).toMatchObject({ severity: 'warning', path: ['target', 'baseline'] });
    expect(zero.achievability).toBeUndefined();
    const loss = check(target({ metric: { kind: 'margin', currency: 'EUR' }, value: '10000', baseline: '-5000' }), CONTEXT);
    expect(codes(loss)).toContain('REFERENCE_NOT_POSITIVE');
    const { baseline: _, ...rest } = target();
    const lastZero = check(rest as SalesTarget, { history: [100, 110, 120, 0] });
    expect(finding(lastZero, 'REFERENCE_NOT_POSITIVE').path).toEqual(['context', 'history', 3]);
  });

  test('ABOVE_MARKET_SHARE: exactly 50 % of the market passes, a cent more fails', () => {
    const at50 = check(target(), { marketSize: '2160000' });
    expect(at50.criteria.achievable.passed).toBe(true);
    expect(at50.marketShare).toBe(0.5);
    const above = check(target(), { marketSize: '2159999.99' });
    expect(finding(above, 'ABOVE_MARKET_SHARE')).toMatchObject({ severity: 'error', path: ['target', 'value'] });
    expect(above.criteria.achievable.passed).toBe(false);
    expect(codes(check(target(), { marketSize: '2160000', thresholds: { maxMarketShare: 0.4 } }))).toContain('ABOVE_MARKET_SHARE');
  });

  test('ABOVE_CAPACITY: headcount × productivity is the limit (exactly at it passes)', () => {
    const at = check(target(), { capacity: { headcount: 4.32, productivityPerHead: '250000' } });
    expect(at.criteria.achievable.passed).toBe(true);
    expect(at.capacityUse).toBe(1);
    const above = check(target(), { capacity: { headcount: 4, productivityPerHead: '250000' } });
    expect(finding(above, 'ABOVE_CAPACITY')).toMatchObject({ severity: 'error', path: ['target', 'value'] });
    expect(above.capacityUse).toBe(1.08);
    expect(
      check(target(), { capacity: { headcount: 4, productivityPerHead: '250000' }, thresholds: { maxCapacityUse: 1.08 } }).criteria
        .achievable.passed,
    ).toBe(true);
  });

  test('a team without capacity cannot deliver a positive target; no infinite use is reported', () => {
    for (const capacity of [
      { headcount: 0, productivityPerHead: '250000' },
      { headcount: 3, productivityPerHead: '0' },
    ]) {
      const report = check(target(), { capacity });
      expect(finding(report, 'ABOVE_CAPACITY').message).toContain('no capacity');
      expect('capacityUse' in report).toBe(false);
      expectJsonSafe(report);
    }
  });

  test('CURRENCY_MISMATCH: history, market and capacity in another currency are not compared', () => {
    const report = check(target(), { ...CONTEXT, marketSize: '100', currency: 'USD' });
    expect(finding(report, 'CURRENCY_MISMATCH')).toMatchObject({ severity: 'error', path: ['context', 'currency'] });
    expect(codes(report).filter((c) => c !== 'CURRENCY_MISMATCH')).toEqual([]);
    expect(report.achievability).toBeUndefined();
    expect(check(target(), { ...CONTEXT, currency: 'EUR' })).toEqual(check(target(), CONTEXT));
    // A count target has no currency to mismatch.
    expect(codes(check(target({ metric: { kind: 'units' } }), { ...CONTEXT, currency: 'USD' }))).not.toContain('CURRENCY_MISMATCH');
  });

  test('works the same in any currency and unit', () => {
    const reference = check(target(), FULL_CONTEXT);
    for (const currency of ['USD', 'JPY', 'CHF', 'GBP', 'BRL']) {
      expect(check(target({ metric: { kind: 'revenue', currency } }), { ...FULL_CONTEXT, currency })).toEqual(reference);
    }
    const { currency: _, ...noCurrency } = FULL_CONTEXT;
    for (const metric of [
      { kind: 'units', unit: 'licences' },
      { kind: 'orders' },
      { kind: 'newCustomers' },
      { kind: 'custom', unit: 'demos booked' },
      { kind: 'margin', unit: '%' },
    ] as const) {
      expect(check(target({ metric }), noCurrency)).toEqual(reference);
    }
  });
});

describe('relevant', () => {
  test('NOT_ALIGNED: no strategic objective', () => {
    for (const alignsTo of [undefined, []]) {
      const report = check(target({ alignsTo }), CONTEXT);
      expect(finding(report, 'NOT_ALIGNED')).toMatchObject({ criterion: 'relevant', severity: 'error', path: ['target', 'alignsTo'] });
      expect(report.passed).toBe(false);
    }
  });

  test('UNKNOWN_OBJECTIVE: with known objectives, every id must be one of them', () => {
    const report = check(target({ alignsTo: ['grow-nordics', 'win-mars'] }), CONTEXT);
    expect(finding(report, 'UNKNOWN_OBJECTIVE')).toMatchObject({ severity: 'error', path: ['target', 'alignsTo', 1] });
    expect(finding(report, 'UNKNOWN_OBJECTIVE').message).toContain('"win-mars"');
    expect(check(target({ alignsTo: ['anything'] })).criteria.relevant.passed).toBe(true); // no objectives: not checked
  });

  test('DUPLICATE_OBJECTIVE is a warning', () => {
    const report = check(target({ alignsTo: ['grow-nordics', 'grow-nordics'] }), CONTEXT);
    expect(finding(report, 'DUPLICATE_OBJECTIVE')).toMatchObject({ severity: 'warning', path: ['target', 'alignsTo', 1] });
    expect(report.criteria.relevant.passed).toBe(true);
  });

  test('special ids are ordinary ids', () => {
    const report = check(target({ id: '__proto__', alignsTo: [...SPECIAL_IDS] }), { objectives: [...SPECIAL_IDS] });
    expect(report.criteria.relevant.passed).toBe(true);
    expect(report.targetId).toBe('__proto__');
    expectJsonSafe(report);
    for (const id of SPECIAL_IDS) {
      expect(codes(check(target({ alignsTo: [id] }), { objectives: ['grow-nordics'] }))).toContain('UNKNOWN_OBJECTIVE');
    }
  });
});

describe('time-bound', () => {
  test('START_MISSING and END_MISSING', () => {
    const report = check(target({ period: {} }), CONTEXT);
    expect(codes(report)).toEqual(expect.arrayContaining(['START_MISSING', 'END_MISSING']));
    expect(finding(report, 'START_MISSING')).toMatchObject({
      criterion: 'timeBound',
      severity: 'error',
      path: ['target', 'period', 'start'],
    });
    expect(finding(report, 'END_MISSING').path).toEqual(['target', 'period', 'end']);
    expect(codes(check(target({ period: { start: '2026-01-01' } })))).toContain('END_MISSING');
    expect(codes(check(target({ period: { end: '2026-12-31' } }), CONTEXT))).toContain('START_MISSING');
  });

  test('END_NOT_AFTER_START: the end must be after the start (a day later is enough)', () => {
    for (const end of ['2026-01-01', '2025-12-31']) {
      const report = check(target({ period: { start: '2026-01-01', end } }));
      expect(finding(report, 'END_NOT_AFTER_START')).toMatchObject({ severity: 'error', path: ['target', 'period', 'end'] });
    }
    expect(check(target({ period: { start: '2026-01-01', end: '2026-01-02' } })).criteria.timeBound.passed).toBe(true);
  });

  test('HORIZON_TOO_LONG: at most 1098 days from start to end, both included', () => {
    // 2026 + 2027 + 2028 = 365 + 365 + 366 = 1096 days; to 2029-01-02 inclusive is 1098.
    expect(check(target({ period: { start: '2026-01-01', end: '2029-01-02' } })).criteria.timeBound.passed).toBe(true);
    const long = check(target({ period: { start: '2026-01-01', end: '2029-01-03' } }));
    expect(finding(long, 'HORIZON_TOO_LONG')).toMatchObject({ severity: 'error', path: ['target', 'period', 'end'] });
    expect(finding(long, 'HORIZON_TOO_LONG').message).toBe('The period spans 1099 days; at most 1098 are allowed.');
  });

  test('maxHorizonDays can be changed: one year of 365 days passes, a leap year does not', () => {
    expect(check(target({ period: { start: '2026-01-01', end: '2026-12-31' } }), { maxHorizonDays: 365 }).criteria.timeBound.passed).toBe(
      true,
    );
    expect(codes(check(target({ period: { start: '2028-01-01', end: '2028-12-31' } }), { maxHorizonDays: 365 }))).toContain(
      'HORIZON_TOO_LONG',
    );
  });

  test('END_NOT_AFTER_AS_OF: a period ending on asOf or before is over', () => {
    const onTheDay = check(target(), { asOf: '2026-12-31' });
    expect(finding(onTheDay, 'END_NOT_AFTER_AS_OF')).toMatchObject({ severity: 'error', path: ['target', 'period', 'end'] });
    expect(codes(check(target(), { asOf: '2027-03-01' }))).toContain('END_NOT_AFTER_AS_OF');
    expect(check(target(), { asOf: '2026-12-30' }).criteria.timeBound.passed).toBe(true);
    expect(check(target()).criteria.timeBound.passed).toBe(true); // without asOf, not checked
  });
});

describe('the report', () => {
  test('passed is true only when all five criteria pass; a criterion fails only on an error', () => {
    const report = check(target({ title: 'Increase sales', baseline: undefined, alignsTo: ['x', 'x'] }), { history: [100, 110] });
    expect(report.criteria.specific.passed).toBe(true); // GENERIC_TITLE is a warning
    expect(report.passed).toBe(true);
    expect(allFindings(report).every((f) => f.severity !== 'error')).toBe(true);
    const failing = check(target({ period: { start: '2026-01-01' } }), CONTEXT);
    expect(failing.passed).toBe(false);
    expect(
      Object.entries(failing.criteria)
        .filter(([, c]) => !c.passed)
        .map(([k]) => k),
    ).toEqual(['timeBound']);
  });

  test('a well-formed but hopeless target never throws: everything is a finding', () => {
    const hopeless = {
      id: 'x',
      title: '',
      metric: { kind: 'custom' as const },
      value: -1,
      baseline: 0,
      scope: {},
      period: { start: '2030-01-01', end: '2020-01-01' },
      alignsTo: [],
    };
    const report = check(hopeless, {
      asOf: '2031-01-01',
      history: [0, 0, -1],
      marketSize: '1',
      capacity: { headcount: 0, productivityPerHead: 0 },
      objectives: [],
    });
    expect(report.passed).toBe(false);
    expect(codes(report).sort()).toEqual(
      [
        'TITLE_MISSING',
        'METRIC_NOT_CONCRETE',
        'SCOPE_MISSING',
        'VALUE_NOT_POSITIVE',
        'UNIT_MISSING',
        'BELOW_BASELINE',
        'GROWTH_UNDEFINED',
        'GROWTH_UNDEFINED',
        'REFERENCE_NOT_POSITIVE',
        'HISTORY_TOO_SHORT',
        'NOT_ALIGNED',
        'END_NOT_AFTER_START',
        'END_NOT_AFTER_AS_OF',
      ].sort(),
    );
  });

  test('every finding code is listed, with its severity and criterion, in the guide', async () => {
    const { readFileSync } = await import('node:fs');
    const guide = readFileSync(new URL('../../docs/guides/targets.md', import.meta.url), 'utf8');
    const source = readFileSync(new URL('../../src/targets/smart-report.ts', import.meta.url), 'utf8');
    const union = source.slice(
      source.indexOf('export type SmartFindingCode'),
      source.indexOf(';', source.indexOf('export type SmartFindingCode')),
    );
    const declared = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    const documented = [...guide.matchAll(/^\| `([A-Z_]+)` \| (\w+) \| (error|warning|info) \|/gm)].map((m) => m[1]);
    expect(declared.length).toBe(30);
    expect(documented.sort()).toEqual([...declared].sort());
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────────────

const KINDS = ['revenue', 'units', 'margin', 'newCustomers', 'orders', 'custom'] as const;
const amount = fc.oneof(
  amountString({ minUnits: -10_000_00, maxUnits: 1_000_000_000_00 }),
  fc.integer({ min: -1000, max: 1e9 }),
  fc.constantFrom('0', 0, '-0', '1e3'),
);
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const probabilities = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map((ps) => ps.sort((a, b) => a - b));

/** Any well-formed target, good or hopeless. */
const anyTarget: fc.Arbitrary<SalesTarget> = fc.record({
  id: fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom(...SPECIAL_IDS)),
  title: fc.oneof(fc.string(), fc.constantFrom('', 'Increase sales', 'Grow Widget Pro revenue in the Nordics')),
  metric: fc.record({
    kind: fc.constantFrom(...KINDS),
    unit: opt(fc.constantFrom('', 'licences', '%')),
    currency: opt(fc.constantFrom('EUR', 'JPY', 'USD')),
  }),
  value: amount,
  baseline: opt(amount),
  scope: fc.record({ owner: opt(fc.string()), region: opt(fc.string()) }),
  period: fc.record({ start: opt(isoDate()), end: opt(isoDate()) }),
  alignsTo: opt(fc.array(fc.constantFrom('a', 'b', '__proto__'), { maxLength: 3 })),
});

/** Any well-formed context. */
const anyContext: fc.Arbitrary<SmartContext> = fc.record(
  {
    asOf: isoDate(),
    history: fc.array(amount, { maxLength: 8 }),
    marketSize: amountString({ minUnits: 1, maxUnits: 1e12 }),
    capacity: fc.record({ headcount: fc.double({ min: 0, max: 100, noNaN: true }), productivityPerHead: amountString() }),
    objectives: fc.array(fc.constantFrom('a', 'b', 'constructor'), { maxLength: 3 }),
    maxHorizonDays: fc.integer({ min: 1, max: 5000 }),
    currency: fc.constantFrom('EUR', 'USD'),
    thresholds: fc.tuple(probabilities, fc.integer({ min: 0, max: 30 })).map(([[u, s, h], minTitleLength]) => ({
      unrealisticBelow: u as number,
      stretchBelow: s as number,
      sandbaggedAbove: h as number,
      minTitleLength,
    })),
  },
  { requiredKeys: [] },
);

/** Realistic, specific titles: a verb, a product, a metric and a region, worded in several ways. */
const realisticTitle: fc.Arbitrary<string> = fc
  .record({
    verb: fc.constantFrom('Grow', 'Increase', 'Raise', 'Expand', 'Lift', 'Double', 'Win more'),
    product: fc.constantFrom('Widget Pro', 'CloudSuite', 'Enterprise licence', 'support contract', 'Atlas range'),
    metric: fc.constantFrom('revenue', 'sales', 'bookings', 'unit sales', 'gross margin', 'renewals'),
    region: fc.constantFrom('the Nordics', 'DACH', 'Benelux', 'Iberia', 'APAC', 'North America', 'Île-de-France', 'Kansai'),
    tail: fc.constantFrom('', ' in 2026', ' by 8 %', ' by Q4', ' through partners', ' with key accounts'),
    form: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ verb, product, metric, region, tail, form }) => {
    switch (form) {
      case 0:
        return `${verb} ${product} ${metric} in ${region}${tail}`;
      case 1:
        return `${region}: ${verb.toLowerCase()} ${product} ${metric}${tail}`;
      case 2:
        return `${product} ${metric} — ${region}${tail.toUpperCase()}`;
      default:
        return `  ${verb.toUpperCase()} ${metric.toUpperCase()} OF ${product} (${region})${tail}!  `;
    }
  });

describe('properties', () => {
  test('any well-formed target and context: no exception, a pure, deterministic, JSON-safe, consistent report', () => {
    fc.assert(
      fc.property(anyTarget, anyContext, (t, c) => {
        const report = expectPure(validateSmartTarget, t, c);
        let all = true;
        for (const criterion of Object.values(report.criteria)) {
          expect(criterion.passed).toBe(!criterion.findings.some((f) => f.severity === 'error'));
          all &&= criterion.passed;
          for (const f of criterion.findings) {
            expect(f.code).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
            expect(f.message.length).toBeGreaterThan(10);
            if (f.path) expect(['target', 'context']).toContain(f.path[0]);
          }
        }
        expect(report.passed).toBe(all);
        const a = report.achievability;
        if (a)
          for (const n of [a.requiredGrowth, a.historicalMeanGrowth, a.historicalVolatility, a.probability])
            expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a passing target keeps passing when only its title wording changes', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        realisticTitle,
        realisticTitle,
        // A history compounding 2–12 % a period, and a target 0–15 % above the last actual.
        fc.integer({ min: 100_000, max: 5_000_000 }),
        fc.array(fc.integer({ min: 2, max: 12 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 0, max: 15 }),
        (first, second, start, growthPercents, uplift) => {
          const history = growthPercents.reduce((h, g) => [...h, Math.round((h[h.length - 1] as number) * (1 + g / 100))], [start]);
          const last = history[history.length - 1] as number;
          const base = target({ value: String(Math.round(last * (1 + uplift / 100))), baseline: String(last) });
          const context = { ...CONTEXT, history };
          const before = check({ ...base, title: first }, context);
          fc.pre(before.passed);
          checked += 1;
          const after = check({ ...base, title: second }, context);
          expect(after.passed).toBe(true);
          const { specific: _a, ...restBefore } = before.criteria;
          const { specific: _b, ...restAfter } = after.criteria;
          expect(restAfter).toEqual(restBefore);
          expect(after.achievability).toEqual(before.achievability);
        },
      ),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100); // the precondition holds often: the property is exercised
  });

  test('raising the target value never raises the probability of reaching it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.constantFrom(0, -100)), { minLength: 3, maxLength: 8 }),
        opt(fc.integer({ min: 1, max: 10_000_000 })),
        amountString({ minUnits: 0, maxUnits: 50_000_000_00 }),
        amountString({ minUnits: 0, maxUnits: 50_000_000_00 }),
        (history, baseline, a, b) => {
          const [low, high] = new Dec(a).lte(b) ? [a, b] : [b, a];
          const withValue = (value: string): SmartReport => check(target({ value, baseline }), { history });
          const lower = withValue(low).achievability;
          const higher = withValue(high).achievability;
          expect(higher === undefined).toBe(lower === undefined);
          if (lower && higher) {
            expect(higher.requiredGrowth).toBeGreaterThanOrEqual(lower.requiredGrowth);
            expect(higher.probability).toBeLessThanOrEqual(lower.probability);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
