import { Component, type ReactNode } from 'react';
import { ErrorAlert } from '../lib/error-alert';

/** One per page: a crash in one area shows an error there and leaves navigation working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error) return <ErrorAlert error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
