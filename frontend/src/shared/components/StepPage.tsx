import type { ReactNode } from 'react';

interface Props {
  className: string;
  /** What a step achieved (the page renders it, e.g. a `<p>` that takes focus); null when there is nothing to say. */
  notice: ReactNode;
  /** Why a step failed: an alert that takes focus, or null. */
  failure: ReactNode;
  children: ReactNode;
}

/**
 * A page on which steps are taken. The polite live region stays mounted from the first render (also while
 * loading), so that what appears in it is announced; a failure is shown above the content.
 */
export function StepPage({ className, notice, failure, children }: Props) {
  return (
    <div className={className}>
      <div aria-live="polite" className="live-region">
        {notice}
      </div>
      {failure}
      {children}
    </div>
  );
}
