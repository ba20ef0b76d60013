import type { ReactNode } from 'react';
import { ScrollRegion } from '../../shared/components/ScrollRegion';

/** The text sizes of the charts, in SVG units; drawn one unit to a CSS pixel, never under 11 px. */
export const CHART_FONT = { label: 13, axis: 12, segment: 12 } as const;

interface Props {
  /** What the scroll region holds, for screen readers moving through regions. */
  region: string;
  /** The chart's full size in SVG units (one unit is one CSS pixel). */
  width: number;
  height: number;
  /** The left part (the labels of the rows, the values of the axis) that stays in view while the plot scrolls. */
  axisWidth: number;
  axis: ReactNode;
  /** The plot, in the chart's own coordinates (x from `axisWidth` to `width`). */
  children: ReactNode;
  /** The plot's text alternative and its table: the plot is the chart's image. */
  label: string;
  describedBy?: string;
  testId?: string;
}

/**
 * A chart inside a labelled, focusable scroll region, drawn at its own size rather than shrunk to the screen, so
 * its text keeps its size on a phone. It is two SVGs side by side in the same coordinates: the axis (row labels, the
 * value axis) sticks to the left edge while the plot scrolls under it.
 */
export function ChartFrame({ region, width, height, axisWidth, axis, children, label, describedBy, testId }: Props) {
  const plotWidth = width - axisWidth;
  return (
    <ScrollRegion label={region} testId={testId}>
      <div className="chart-frame">
        {/* The axis repeats what the table and the image's label say: for the eye only. */}
        <svg className="chart-frame-axis" viewBox={`0 0 ${axisWidth} ${height}`} width={axisWidth} height={height} aria-hidden="true" focusable="false">
          {axis}
        </svg>
        <svg className="chart-frame-plot" viewBox={`${axisWidth} 0 ${plotWidth} ${height}`} width={plotWidth} height={height} role="img" aria-label={label} aria-describedby={describedBy}>
          {children}
        </svg>
      </div>
    </ScrollRegion>
  );
}
