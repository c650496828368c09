// Shows a readable message and a way back instead of a white page when rendering fails.
import { Component, type ReactNode } from 'react';

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
        <p>Your imported datasets are kept. Reloading opens the app again.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
