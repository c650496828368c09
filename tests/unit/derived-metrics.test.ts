// Centrality over what is shown is computed once per shown graph and shared by its readers (the
// details' figures and "Size by"): betweenness, which searches from every actor, never twice.
import { describe, expect, it } from 'vitest';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { DEFAULT_FILTERS, visibleGraph } from '../../src/model/filters';
import { metricsFor } from '../../src/store/derived';

describe('metricsFor', () => {
  it('gives the same result to every reader of one shown graph', () => {
    const visible = visibleGraph(centcomKh2024, DEFAULT_FILTERS);
    const withBetweenness = metricsFor(visible, true);
    expect(metricsFor(visible, true)).toBe(withBetweenness);
    // A degree-only reader takes the richer result rather than counting again.
    expect(metricsFor(visible, false)).toBe(withBetweenness);
    expect(withBetweenness.get('kh')!.betweenness).toBeGreaterThan(0);
  });

  it('computes betweenness when a degree-only result is all there is', () => {
    const visible = visibleGraph(centcomKh2024, { ...DEFAULT_FILTERS });
    const degreeOnly = metricsFor(visible, false);
    const full = metricsFor(visible, true);
    expect(full).not.toBe(degreeOnly);
    expect(full.get('kh')!.degree).toBe(degreeOnly.get('kh')!.degree);
    expect(full.get('kh')!.betweenness).toBeGreaterThan(0);
  });
});
