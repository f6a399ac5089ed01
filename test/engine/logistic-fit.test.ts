import { fitLogistic, logOdds, type Example } from '../../scripts/logistic-fit';

/** Sentences of a made-up call: shrugs say "never", answers name someone. */
function examples(calls: number): Example[] {
  const out: Example[] = [];
  for (let c = 0; c < calls; c++) {
    const call = `call-${c}`;
    out.push({ call, terms: ['we', 'never', 'we never', 'agreed', `system-${c}`], positive: true });
    out.push({ call, terms: ['honestly', 'never', 'asked', `system-${c}`], positive: true });
    out.push({ call, terms: ['the', 'lead', 'approves', 'the lead', `system-${c}`], positive: false });
    out.push({ call, terms: ['we', 'page', 'the', 'lead', `system-${c}`], positive: false });
  }
  return out;
}

describe('the logistic fit behind the learned sentence judges', () => {
  it('learns the words many calls share and leaves out one call\'s own words', () => {
    const { weights } = fitLogistic(examples(12), 10);
    expect(weights.never).toBeGreaterThan(0.5);
    expect(weights.lead).toBeLessThan(-0.5);
    expect(Object.keys(weights).some((k) => k.startsWith('system-'))).toBe(false);
  });

  it('fits the same weights from the same calls, so a refit is a readable diff', () => {
    expect(fitLogistic(examples(12), 10)).toEqual(fitLogistic(examples(12), 10));
  });

  it('gives fixed features (a section) a weight however few calls have them', () => {
    const ex = examples(12).map((e, i) => ({ ...e, fixed: i % 4 === 0 ? ['section:sign-off'] : [] }));
    expect(fitLogistic(ex, 10).weights['section:sign-off']).toBeGreaterThan(0);
  });

  it('writes thresholds as the log-odds of the probability they stand for', () => {
    expect(logOdds(0.5)).toBe(0);
    expect(logOdds(0.9)).toBeCloseTo(2.197, 3);
  });
});
