import { commands } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import {
  ahpWeights,
  assignBands,
  type Feedback360Input,
  interRaterReliability,
  type KpiDefinition,
  scoreKpisBatch,
  score360,
} from 'salesops-kit/scoring';

// Runs in headless Chromium (far-off time zone, Arabic locale) and compares real scoring
// computations with the same calls made in Node: the results must be identical, bit for bit.
describe('scoring in a real browser', () => {
  test('runs in Chromium', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
  });

  test('a 360 survey with calibration, suppression and self gaps matches Node exactly', async () => {
    const groups = ['manager', 'peer', 'directReport', 'customer', 'self'];
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const input: Feedback360Input = {
      competencies: ['negotiation', 'forecasting', 'coaching'].map((id, i) => ({ id, weight: i + 1 })),
      raterGroups: groups.slice(0, 4).map((id, i) => ({ id, weight: [40, 20, 20, 20][i] as number })),
      ratings: Array.from({ length: 3000 }, (_, i) => {
        const subject = i % 50;
        const rater = Math.floor(next() * 9);
        return {
          subjectId: `s${subject}`,
          raterId: rater === 8 ? `s${subject}` : `r${(subject * 3 + rater) % 70}-${rater % 4}`,
          raterGroup: rater === 8 ? 'self' : (groups[rater % 4] as string),
          competencyId: ['negotiation', 'forecasting', 'coaching'][i % 3] as string,
          score: next() < 0.05 ? null : 1 + Math.floor(next() * 5),
        };
      }),
      scale: { min: 1, max: 5 },
      calibrate: 'zScore',
    };
    const inBrowser = score360(input);
    const inNode = await commands.computeInNode('scoring/feedback-360.ts', 'score360', [input]);
    expect(inBrowser).toEqual(inNode);
    expect(inBrowser).toHaveLength(50);
  });

  test('KPI scorecards, AHP, ICC and forced bands match Node exactly', async () => {
    const kpis: KpiDefinition[] = [
      { id: 'revenue', weight: 50, group: 'results', direction: 'higherIsBetter', target: '600000.00', cap: 120 },
      { id: 'newLogos', weight: 30, group: 'results', direction: 'higherIsBetter', target: 12, threshold: 6, stretch: 18, cap: 150 },
      { id: 'daysToClose', weight: 20, group: 'efficiency', direction: 'lowerIsBetter', target: 45, threshold: 90 },
    ];
    const people = Array.from({ length: 200 }, (_, i) => ({
      revenue: `${400000 + i * 1733}.${i % 100}`,
      newLogos: i % 20,
      daysToClose: i % 7 === 0 ? null : 30 + (i % 70),
    }));
    const options = { groupWeights: { results: 3, efficiency: 1 } };
    expect(scoreKpisBatch(kpis, people, options)).toEqual(
      await commands.computeInNode('scoring/kpi.ts', 'scoreKpisBatch', [kpis, people, options]),
    );

    const matrix = [
      [1, 9, 5, 2, 1, 1, 1 / 2],
      [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
      [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
      [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [1, 9, 4, 2, 1, 2, 1 / 2],
      [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [2, 9, 9, 3, 2, 3, 1],
    ];
    expect(ahpWeights(matrix)).toEqual(await commands.computeInNode('scoring/ahp.ts', 'ahpWeights', [matrix]));

    const table = [
      [9, 2, 5, 8],
      [6, 1, 3, 2],
      [8, 4, 6, 8],
      [7, 1, 2, 6],
      [10, 5, 6, 9],
      [6, 2, 4, 7],
    ];
    expect(interRaterReliability(table)).toEqual(
      await commands.computeInNode('scoring/inter-rater-reliability.ts', 'interRaterReliability', [table]),
    );

    const scores = Array.from({ length: 97 }, (_, i) => ({ id: `rep${i}`, score: (i * 37) % 23 }));
    const scheme = {
      kind: 'forced' as const,
      bands: [
        { label: 'top', share: 20 },
        { label: 'core', share: 70 },
        { label: 'low', share: 10 },
      ],
    };
    expect(assignBands(scores, scheme)).toEqual(await commands.computeInNode('scoring/bands.ts', 'assignBands', [scores, scheme]));
  });
});
