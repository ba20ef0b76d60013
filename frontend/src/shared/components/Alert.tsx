import type { ReactNode } from 'react';

/** An error message that screen readers announce when it appears. */
export function ErrorAlert({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="alert alert-error" role="alert" data-testid={testId}>
      {children}
    </div>
  );
}

/** A polite status message (loading, success). */
export function StatusMessage({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="status-message" role="status" data-testid={testId}>
      {children}
    </p>
  );
}
