// The legend (docs/design.md §6): always visible, it lists exactly the actor kinds and relation types drawn.
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store';
import { Legend } from '../../src/ui/legend/legend';

const entries = () =>
  within(screen.getByRole('region', { name: 'Legend' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent?.trim());

const ALL_KINDS = ['state', 'government', 'military', 'militia', 'coalition', 'person', 'facility'];
const ALL_TYPES = ['attacked', 'condemned', 'founded', 'allied (undirected)'];

describe('Legend', () => {
  it('is a region named "Legend" listing exactly the kinds and types of the dataset', () => {
    render(<Legend />);
    expect(entries()).toEqual([...ALL_KINDS, ...ALL_TYPES]);
  });

  it('drops a relation type once it is hidden', () => {
    useAppStore.getState().setRelationTypeShown('attacked', false);
    render(<Legend />);
    expect(entries()).toEqual([...ALL_KINDS, 'condemned', 'founded', 'allied (undirected)']);
  });

  it('follows filter changes while it is shown', () => {
    render(<Legend />);
    act(() => useAppStore.getState().setRelationTypeShown('founded', false));
    expect(entries()).not.toContain('founded');
    act(() => useAppStore.getState().setRelationTypeShown('founded', true));
    expect(entries()).toContain('founded');
  });

  it('drops an actor kind once it is hidden, and a type left without drawn edges', () => {
    // KH is the only militia; hiding it takes "founded" (al-Muhandis → KH) with it.
    useAppStore.getState().setActorKindShown('militia', false);
    render(<Legend />);
    expect(entries()).toEqual([
      ...ALL_KINDS.filter((k) => k !== 'militia'),
      'attacked',
      'condemned',
      'allied (undirected)',
    ]);
  });

  it('drops a kind whose actors all disappear under "Hide unconnected actors"', () => {
    // al-Asad is the only facility, and only attacked connects it.
    const { setRelationTypeShown, setHideUnconnected } = useAppStore.getState();
    setRelationTypeShown('attacked', false);
    setHideUnconnected(true);
    render(<Legend />);
    expect(entries()).not.toContain('facility');
    expect(entries()).toContain('person');
  });

  it('says "Nothing shown" when every kind is hidden', () => {
    useAppStore
      .getState()
      .setActorKindsHidden([
        'state',
        'government',
        'military',
        'militia',
        'coalition',
        'person',
        'facility',
      ]);
    render(<Legend />);
    expect(entries()).toEqual(['Nothing shown']);
  });
});
