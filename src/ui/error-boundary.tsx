// Shows a readable message and a way back instead of a white page when rendering fails.
import { Component, type ReactNode } from 'react';
import { useAppStore } from '../store/app-store';

/** The store as it starts, on the built-in dataset, keeping the imported datasets in the list. */
export function resetToBuiltIn(): void {
  const datasets = useAppStore.getState().datasets;
  useAppStore.setState({ ...useAppStore.getInitialState(), datasets }, true);
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="crash">
        <h1>Something went wrong</h1>
        <p>Actor Graph hit an error it did not expect: {this.state.error.message}</p>
        <p>
          Your imported datasets are kept. Go back to the built-in dataset, or reload to open the
          app again.
        </p>
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              resetToBuiltIn();
              this.setState({ error: null });
            }}
          >
            Back to the built-in dataset
          </button>{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </div>
    );
  }
}
