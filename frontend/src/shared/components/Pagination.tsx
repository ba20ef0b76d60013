import { useI18n } from '../i18n/useI18n';

interface Props {
  page: number;
  size: number;
  total: number;
  onChange: (page: number) => void;
  /** Names this pagination landmark, e.g. after the table it pages. */
  label: string;
}

export function Pagination({ page, size, total, onChange, label }: Props) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / Math.max(1, size)));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={`${t('pagination.label')}: ${label}`}>
      <button type="button" className="button button-secondary" onClick={() => onChange(page - 1)} disabled={page <= 0}>
        {t('pagination.previous')}
      </button>
      <span aria-live="polite">{t('pagination.status', { page: page + 1, pages })}</span>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => onChange(page + 1)}
        disabled={page + 1 >= pages}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
