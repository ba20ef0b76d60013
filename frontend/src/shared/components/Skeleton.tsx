import { useI18n } from '../i18n/useI18n';

/**
 * - `list`: a heading, a toolbar and the rows of a table;
 * - `detail`: a heading, a few facts and sections of text (a proposal, a case, a production);
 * - `cards`: a heading and a grid of cards (the home page, a KPI panel);
 * - `text`: a few lines, for a section that loads on its own.
 */
export type SkeletonShape = 'list' | 'detail' | 'cards' | 'text';

interface Props {
  shape?: SkeletonShape;
  /** Rows of a list, cards of a grid, lines of a text. */
  count?: number;
  /** What is loading, for screen readers; "Loading…" when not given. */
  label?: string;
  testId?: string;
}

function Lines({ count, prefix }: { count: number; prefix: string }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <span key={`${prefix}-${i}`} className={`skeleton-line skeleton-line-${(i % 3) + 1}`} />
      ))}
    </>
  );
}

/**
 * A loading placeholder shaped like the page that will replace it, so the page does not jump when it arrives.
 * Screen readers hear the label once (a polite status); the shapes are hidden from them.
 */
export function Skeleton({ shape = 'detail', count, label, testId }: Props) {
  const { t } = useI18n();
  const n = count ?? (shape === 'cards' ? 3 : shape === 'text' ? 3 : 5);
  return (
    <div className={`skeleton skeleton-${shape}`} role="status" aria-busy="true" data-testid={testId} data-shape={shape}>
      <span className="visually-hidden">{label ?? t('app.loading')}</span>
      <div className="skeleton-body" aria-hidden="true">
        {shape !== 'text' && <span className="skeleton-heading" />}
        {shape === 'list' && (
          <>
            <span className="skeleton-toolbar" />
            {Array.from({ length: n }, (_, i) => (
              <span key={i} className="skeleton-row">
                <span className="skeleton-cell skeleton-cell-wide" />
                <span className="skeleton-cell" />
                <span className="skeleton-cell" />
                <span className="skeleton-cell skeleton-cell-narrow" />
              </span>
            ))}
          </>
        )}
        {shape === 'detail' && (
          <>
            <span className="skeleton-facts">
              <Lines count={3} prefix="fact" />
            </span>
            {Array.from({ length: Math.max(1, Math.ceil(n / 3)) }, (_, i) => (
              <span key={i} className="skeleton-section">
                <span className="skeleton-subheading" />
                <Lines count={3} prefix={`s${i}`} />
              </span>
            ))}
          </>
        )}
        {shape === 'cards' && (
          <span className="skeleton-grid">
            {Array.from({ length: n }, (_, i) => (
              <span key={i} className="skeleton-card">
                <span className="skeleton-subheading" />
                <Lines count={2} prefix={`c${i}`} />
              </span>
            ))}
          </span>
        )}
        {shape === 'text' && <Lines count={n} prefix="t" />}
      </div>
    </div>
  );
}
