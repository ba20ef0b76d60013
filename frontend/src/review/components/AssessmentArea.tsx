import { can } from '../../shared/api/permissions';
import { useAssessments } from '../api/reviewQueries';
import type { ReviewCase } from '../api/reviewTypes';
import { useI18n } from '../../shared/i18n/useI18n';
import { memberOf } from '../api/reviewCase';
import { AssessmentForm } from './AssessmentForm';
import { assessmentValues } from './assessmentForm';
import { Skeleton } from '../../shared/components/Skeleton';

/** The member's assessment form, filled with their own assessment once it is in. */
export function AssessmentArea({
  reviewCase: c,
  username,
  onSubmit,
  onSaved,
  onFailed,
}: {
  reviewCase: ReviewCase;
  username: string;
  onSubmit: Parameters<typeof AssessmentForm>[0]['onSubmit'];
  onSaved: () => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useI18n();
  const me = memberOf(c, username);
  const mayRead = can(c, 'READ_ASSESSMENTS');
  const assessments = useAssessments(c.id, mayRead);
  const own = assessments.data?.find((a) => a.username === username);

  if (me?.assessed && mayRead && assessments.isPending) {
    return <Skeleton shape="text" label={t('assessment.loadingOwn')} testId="own-assessment-loading" />;
  }
  return (
    <AssessmentForm
      // A new form with the saved values once the member's own assessment is (re)read.
      key={own ? `${own.submittedAt ?? ''}-${own.updatedAt ?? ''}` : 'new'}
      initialValues={assessmentValues(own)}
      update={Boolean(me?.assessed || own)}
      onSubmit={onSubmit}
      onSaved={onSaved}
      onFailed={onFailed}
    />
  );
}

