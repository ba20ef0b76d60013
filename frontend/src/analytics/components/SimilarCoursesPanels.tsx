import { errorMessage } from '../../shared/api/errorMessage';
import { ErrorAlert } from '../../shared/components/Alert';
import { formatDateTime } from '../../shared/i18n/format';
import { useI18n } from '../../shared/i18n/useI18n';
import { DEFAULT_STALE_AFTER_DAYS, type CatalogueStatus, type SimilarityRequest, type SimilaritySnapshot } from '../api/catalogueTypes';
import { SIMILAR_MIN_TEXT, similarityRequest, useCatalogueStatus, useMayCall, useSimilarCourses, useSimilaritySnapshots } from '../api/catalogueQueries';
import { SimilarCourses, type CatalogueFreshness } from './SimilarCourses';
import { Skeleton } from '../../shared/components/Skeleton';

type HeadingLevel = 2 | 3 | 4;

function Heading({ level, id, children }: { level: HeadingLevel; id: string; children: string }) {
  const H = `h${level}` as 'h2' | 'h3' | 'h4';
  return <H id={id}>{children}</H>;
}

function lastSyncedAt(status: CatalogueStatus | undefined): string | null {
  return status?.lastSuccessfulSync?.finishedAt ?? null;
}

/** The catalogue as it was when the snapshot was taken: the service judged whether it was stale then. */
export function snapshotFreshness(snapshot: SimilaritySnapshot): CatalogueFreshness {
  return {
    courses: snapshot.catalogueCourses,
    syncedAt: snapshot.catalogueSyncedAt ?? null,
    stale: snapshot.catalogueStale,
    staleAfterDays: snapshot.staleAfterDays,
    asOf: 'then',
  };
}

/**
 * The committee's evidence beside criterion (a): the similar courses frozen when `version` was submitted, exactly as
 * stored then (a later catalogue changes nothing). Shown only to the roles the document allows to read snapshots.
 */
export function FrozenSimilarCourses({ moocId, version, headingLevel = 4 }: { moocId: string; version: number; headingLevel?: HeadingLevel }) {
  const allowed = useMayCall('listSimilaritySnapshots');
  if (!allowed) return null;
  return <FrozenSnapshot moocId={moocId} version={version} headingLevel={headingLevel} />;
}

function FrozenSnapshot({ moocId, version, headingLevel }: { moocId: string; version: number; headingLevel: HeadingLevel }) {
  const { t, locale } = useI18n();
  const snapshots = useSimilaritySnapshots(moocId);
  const headingId = 'similar-frozen-heading';
  // Newest first: the first of the version is the one its submission froze.
  const snapshot = snapshots.data?.find((s) => s.proposalVersion === version);
  return (
    <section className="similar-courses-panel" aria-labelledby={headingId} data-testid="similar-frozen" data-version={version}>
      <Heading level={headingLevel} id={headingId}>
        {t('similar.frozen.heading')}
      </Heading>
      {snapshots.isPending && <Skeleton shape="list" count={3} testId="similar-frozen-loading" label={t('similar.frozen.loading')} />}
      {snapshots.isError && (
        <ErrorAlert testId="similar-frozen-error">
          <p>
            {t('similar.frozen.loadError')} {errorMessage(t, snapshots.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void snapshots.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {snapshots.data && !snapshot && (
        <p className="muted" data-testid="similar-frozen-none">
          {t('similar.frozen.none', { version })}
        </p>
      )}
      {snapshot && (
        <SimilarCourses
          courses={snapshot.matches}
          freshness={snapshotFreshness(snapshot)}
          labelledBy={headingId}
          intro={t('similar.frozen.intro', { version, date: formatDateTime(locale, snapshot.submittedAt ?? snapshot.computedAt) })}
        />
      )}
    </section>
  );
}

interface LiveProps {
  /** The proposal's words as they stand (a draft being written, or the proposal as saved). */
  text: SimilarityRequest;
  /** draft: the instructor writing it; consultation: the consultant talking it through. */
  context: 'draft' | 'consultation';
  headingLevel?: HeadingLevel;
}

/**
 * The catalogue courses most like the proposal's current words, asked for once the text rests and when there is enough
 * of it. Shown only to the roles the document allows to compare.
 */
export function LiveSimilarCourses(props: LiveProps) {
  const allowed = useMayCall('findSimilarCourses');
  if (!allowed) return null;
  return <LiveComparison {...props} />;
}

function LiveComparison({ text, context, headingLevel = 3 }: LiveProps) {
  const { t } = useI18n();
  const request = similarityRequest(text);
  const similar = useSimilarCourses(request);
  const status = useCatalogueStatus(useMayCall('getCatalogue'));
  const headingId = `similar-${context}-heading`;
  const data = similar.data;
  const freshness: CatalogueFreshness | null = data
    ? {
        courses: data.catalogueCourses,
        syncedAt: lastSyncedAt(status.data),
        stale: data.stale,
        staleAfterDays: status.data?.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
        asOf: 'now',
      }
    : null;
  return (
    <section className="similar-courses-panel" aria-labelledby={headingId} data-testid={`similar-${context}`}>
      <Heading level={headingLevel} id={headingId}>
        {t(context === 'draft' ? 'similar.live.heading' : 'similar.consultation.heading')}
      </Heading>
      <p className="muted">{t(context === 'draft' ? 'similar.live.intro' : 'similar.consultation.intro')}</p>
      {/* Polite: the list changes as the instructor writes; what is happening is said, not the whole list again. */}
      <div aria-live="polite" className="live-region">
        {request === null && (
          <p className="muted" data-testid="similar-too-short">
            {t('similar.live.tooShort', { min: SIMILAR_MIN_TEXT })}
          </p>
        )}
        {request !== null && !data && !similar.isError && <Skeleton shape="list" count={3} testId="similar-loading" label={t('similar.live.loading')} />}
        {request !== null && data && (similar.settling || similar.isFetching) && (
          <p className="muted" data-testid="similar-updating">
            {t('similar.live.updating')}
          </p>
        )}
      </div>
      {request !== null && similar.isError && (
        <ErrorAlert testId="similar-error">
          <p>
            {t('similar.live.loadError')} {errorMessage(t, similar.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void similar.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {request !== null && data && freshness && <SimilarCourses courses={data.courses} freshness={freshness} labelledBy={headingId} />}
    </section>
  );
}
