import { useI18n } from '../i18n/useI18n';

interface Props {
  page: number;
  size: number;
  total: number;
  /**
   * Whether total counts every match. A list stops counting 1,000 items past the page's first item: when it did,
   * more than total match, so the page count is "more than" and the next page is always there.
   */
  totalExact?: boolean;
  onChange: (page: number) => void;
  /** Names this pagination landmark, e.g. after the table it pages. */
  label: string;
}

export function Pagination({ page, size, total, totalExact = true, onChange, label }: Props) {
  const { t } = useI18n();
  const perPage = Math.max(1, size);
  // more than total items fill more than floor(total / size) pages
  const pages = totalExact ? Math.max(1, Math.ceil(total / perPage)) : Math.floor(total / perPage);
  if (totalExact && pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={`${t('pagination.label')}: ${label}`}>
      <button type="button" className="button button-secondary" onClick={() => onChange(page - 1)} disabled={page <= 0}>
        {t('pagination.previous')}
      </button>
      <span aria-live="polite">
        {t(totalExact ? 'pagination.status' : 'pagination.statusMore', { page: page + 1, pages })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange(page + 1)}
        disabled={totalExact && page + 1 >= pages}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
