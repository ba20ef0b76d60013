import type { ReactNode } from 'react';

interface Props {
  /** What the region holds ("Enrolled learners by country"), for screen readers moving through regions. */
  label: string;
  /**
   * How wide the content stays at least, so that its text is not scaled below 11 px on a phone: `chart` for an SVG
   * 640 units wide with 12-unit text, `wide` for one 1000 units wide with 13-unit text (the plan's Gantt).
   */
  minWidth?: 'chart' | 'wide';
  children: ReactNode;
  testId?: string;
}

/**
 * A horizontally scrolling frame for a chart or a wide table on a narrow screen. It can take keyboard focus, so
 * that its hidden part can be scrolled into view with the arrow keys.
 */
export function ScrollRegion({ label, minWidth, children, testId }: Props) {
  return (
    // A focusable region is what makes scrollable content reachable without a mouse.
    <div className={minWidth ? `scroll-region scroll-region-${minWidth}` : 'scroll-region'} role="region" aria-label={label} tabIndex={0} data-testid={testId}>
      {children}
    </div>
  );
}
