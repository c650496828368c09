// The panels follow a large dataset deferred (store/derived.ts): the render that commits it still
// shows the dataset before, and React renders the new one after, in a render it may interrupt.
// Small datasets reach them at once.
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../graph-data/schema';
import { centcomKh2024 } from '../../graph-data/centcom-kh-2024';
import { useAppStore } from '../../src/store/app-store';
import { PANELS_DEFERRED_ABOVE, useDatasetContent } from '../../src/store/derived';

function withActors(id: string, count: number): Dataset {
  return {
    ...centcomKh2024,
    id,
    title: id,
    actors: Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: 'person',
    })),
    relations: [],
  };
}

function openWhileWatching(dataset: Dataset): string[] {
  const seen: string[] = [];
  renderHook(() => seen.push(useDatasetContent().id));
  act(() => {
    useAppStore.getState().addDataset(dataset);
    useAppStore.getState().selectDataset(dataset.id);
  });
  return seen;
}

describe('useDatasetContent', () => {
  it('gives a large dataset after one render with the dataset before it', () => {
    const seen = openWhileWatching(withActors('large', PANELS_DEFERRED_ABOVE + 1));
    expect(seen).toEqual([centcomKh2024.id, centcomKh2024.id, 'large']);
  });

  it('gives a small dataset in the render that commits it', () => {
    const seen = openWhileWatching(withActors('small', 50));
    expect(seen.slice(0, 2)).toEqual([centcomKh2024.id, 'small']);
    expect(new Set(seen.slice(1))).toEqual(new Set(['small']));
  });
});
