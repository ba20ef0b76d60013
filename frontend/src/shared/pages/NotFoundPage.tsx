import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/useI18n';

export function NotFoundPage({ forbidden = false }: { forbidden?: boolean }) {
  const { t } = useI18n();
  const title = t(forbidden ? 'forbidden.title' : 'notFound.title');
  return (
    <div data-testid={forbidden ? 'forbidden' : 'not-found'}>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t(forbidden ? 'forbidden.body' : 'notFound.body')}</p>
      <p>
        <Link to="/">{t('nav.backHome')}</Link>
      </p>
    </div>
  );
}
