import { Component, type ErrorInfo, type ReactNode } from 'react';
import { PaneCrashed } from './PaneCrashed';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a bug in one pane from blanking the window: the other panes go on working. */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private readonly retry = (): void => this.setState({ error: null });

  override render(): ReactNode {
    if (this.state.error) return <PaneCrashed error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}
