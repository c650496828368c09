// Component-test setup: jest-dom matchers, a fresh DOM and a fresh store for every test.
// No browser stubs here: the components under test guard what jsdom lacks (matchMedia), and the
// few tests that need more (URL.createObjectURL for downloads) stub it themselves.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAppStore } from '../../src/store/app-store';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  cleanup();
});
