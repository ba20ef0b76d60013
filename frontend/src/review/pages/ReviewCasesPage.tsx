import { PageHeading } from '../../shared/components/PageHeading';
import { ReviewCasesSection } from '../components/ReviewCasesSection';
import { ReviewOverviewSection } from '../components/ReviewOverviewSection';
import { useI18n } from '../../shared/i18n/useI18n';

/** The committee's review cases: the ranked overview of the open ones, then every case. */
export function ReviewCasesPage() {
  const { t } = useI18n();
  const heading = t('review.heading');
  return (
    <div data-testid="review-cases-page">
      <PageHeading title={heading}>{heading}</PageHeading>
      <ReviewOverviewSection />
      <ReviewCasesSection headingKey="review.allHeading" />
    </div>
  );
}
