import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../shared/api/errorMessage';
import { PAGE_SIZE } from '../../shared/api/queryKeys';
import { useProposals } from '../api/queries';
import { KNOWN_PROPOSAL_STATUSES, SORT_KEYS, type ProposalStatus, type SortDirection, type SortKey } from '../api/types';
import type { CurrentUser } from '../../shared/auth/roles';
import { ErrorAlert } from '../../shared/components/Alert';
import { proposalScope, type ProposalScope } from '../../shared/components/navigation';
import { PageHeading } from '../../shared/components/PageHeading';
import { Pagination } from '../../shared/components/Pagination';
import { ProposalsTable } from '../components/ProposalsTable';
import { SubmitNotice, useProposalSubmission } from '../components/useProposalSubmission';
import { formatSemester, formatStatus, semesterRange } from '../../shared/i18n/format';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { DEFAULT_DIRECTION, isFiltered, readListState, writeListState, type ListState } from './proposalListState';
import { Skeleton } from '../../shared/components/Skeleton';

/** How long typing pauses before the search is run (and written to the URL). */
export const SEARCH_DEBOUNCE_MS = 350;

const TEXT: Record<ProposalScope, { heading: MessageKey; caption: MessageKey; empty: MessageKey }> = {
  mine: { heading: 'proposals.heading', caption: 'proposals.caption', empty: 'proposals.emptyList' },
  submitted: { heading: 'proposals.headingSubmitted', caption: 'proposals.captionSubmitted', empty: 'proposals.emptySubmitted' },
  all: { heading: 'proposals.headingAll', caption: 'proposals.captionAll', empty: 'proposals.emptyAll' },
  department: {
    heading: 'proposals.headingDepartment',
    caption: 'proposals.captionDepartment',
    empty: 'proposals.emptyDepartment',
  },
  consultations: {
    heading: 'proposals.headingConsultations',
    caption: 'proposals.captionConsultations',
    empty: 'proposals.emptyConsultations',
  },
};

/** The statuses worth filtering by in each scope (the server lists nothing else there). */
const SCOPE_STATUSES: Partial<Record<ProposalScope, readonly string[]>> = {
  submitted: ['SUBMITTED', 'REVISION_REQUESTED', 'APPROVED', 'REJECTED', 'LAUNCHED', 'WITHDRAWN'],
  department: ['ENDORSEMENT', 'SUBMITTED', 'REVISION_REQUESTED', 'APPROVED', 'REJECTED', 'LAUNCHED', 'WITHDRAWN'],
  consultations: ['CONSULTATION_REQUESTED', 'CONSULTANT_ASSIGNED', 'CONSULTED', 'ENDORSEMENT', 'SUBMITTED', 'WITHDRAWN'],
};

/**
 * A text filter that is typed into: shown as typed at once, written to the URL after a pause.
 * When the URL changes by other means (back button, "Clear"), the text follows it.
 */
function useDebouncedUrlText(urlValue: string, write: (value: string) => void) {
  const [text, setText] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    setText(urlValue);
  }
  useEffect(() => {
    if (text.trim() === urlValue.trim()) return;
    const timer = setTimeout(() => write(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Only typing starts the timer; `write` reads the latest URL itself.
  }, [text]);
  return [text, setText] as const;
}

/** The proposals the user may see, with search, filters, order and pages kept in the URL. */
export function ProposalsListPage({ user }: { user: CurrentUser }) {
  const { t } = useI18n();
  const uid = useId();
  const scope = proposalScope(user.roles) ?? 'mine';
  const text = TEXT[scope];
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => readListState(searchParams), [searchParams]);
  const submission = useProposalSubmission();

  /** Changes the state in the URL; any change but a page change starts again at the first page. */
  function update(patch: Partial<ListState>, { replace = false }: { replace?: boolean } = {}) {
    setSearchParams((current) => writeListState({ ...readListState(current), page: 0, ...patch }), { replace });
  }

  const [q, setQ] = useDebouncedUrlText(state.q, (value) => update({ q: value }, { replace: true }));
  const [department, setDepartment] = useDebouncedUrlText(state.department, (value) =>
    update({ department: value }, { replace: true }),
  );

  const proposals = useProposals({
    q: state.q,
    // as the URL names it: a status this client does not offer is still the server's to refuse
    status: (state.status || undefined) as ProposalStatus | undefined,
    department: state.department,
    semester: state.semester,
    sort: state.sort,
    direction: state.direction,
    page: state.page,
  });
  const data = proposals.data;
  const filtered = isFiltered(state);
  const heading = t(text.heading);
  const showDepartment = scope === 'submitted' || scope === 'all' || scope === 'consultations';

  const statuses = useMemo(() => {
    const offered: string[] = [...(SCOPE_STATUSES[scope] ?? KNOWN_PROPOSAL_STATUSES)];
    return state.status && !offered.includes(state.status) ? [...offered, state.status] : offered;
  }, [scope, state.status]);
  const semesters = useMemo(() => {
    const range = semesterRange(new Date());
    return state.semester && !range.includes(state.semester) ? [state.semester, ...range] : range;
  }, [state.semester]);

  function handleSearch(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    update({ q, department });
  }

  const ids = {
    q: `${uid}-q`,
    qHint: `${uid}-q-hint`,
    status: `${uid}-status`,
    semester: `${uid}-semester`,
    department: `${uid}-department`,
    departmentHint: `${uid}-department-hint`,
    sort: `${uid}-sort`,
    direction: `${uid}-direction`,
  };

  const count = data
    ? data.totalExact === false
      ? t('list.count.more', { count: data.total })
      : data.total === 0
      ? t('list.count.none')
      : data.total === 1
        ? t('list.count.one')
        : t('list.count.other', { count: data.total })
    : '';

  return (
    <section className="section" data-testid="proposals-list-page">
      <div className="page-title-row">
        <PageHeading title={heading}>{heading}</PageHeading>
        {scope === 'mine' && (
          <Link to="/proposals/new" className="button" data-testid="new-proposal-link">
            {t('list.new')}
          </Link>
        )}
      </div>

      <form role="search" aria-label={t('list.searchForm')} className="list-controls" onSubmit={handleSearch} data-testid="proposals-search">
        <div className="field search-field">
          <label htmlFor={ids.q}>{t('list.search.label')}</label>
          <p className="hint" id={ids.qHint}>
            {t('list.search.hint')}
          </p>
          <div className="search-row">
            <input
              id={ids.q}
              type="search"
              name="q"
              autoComplete="off"
              aria-describedby={ids.qHint}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              data-testid="proposals-search-input"
            />
            <button type="submit" className="button">
              {t('list.search.submit')}
            </button>
          </div>
        </div>

        <fieldset className="filter-group">
          <legend>{t('list.filters.legend')}</legend>
          <div className="filter-fields">
            <div className="field">
              <label htmlFor={ids.status}>{t('list.status.label')}</label>
              <select
                id={ids.status}
                value={state.status}
                onChange={(e) => update({ status: e.target.value })}
                data-testid="filter-status"
              >
                <option value="">{t('list.status.all')}</option>
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {/* The stage covers requested and given endorsements alike, so not "Awaiting endorsements". */}
                    {s === 'ENDORSEMENT' ? t('list.status.ENDORSEMENT') : formatStatus(t, s)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.semester}>{t('list.semester.label')}</label>
              <select
                id={ids.semester}
                value={state.semester}
                onChange={(e) => update({ semester: e.target.value })}
                data-testid="filter-semester"
              >
                <option value="">{t('list.semester.all')}</option>
                {semesters.map((s) => (
                  <option key={s} value={s}>
                    {formatSemester(t, s)}
                  </option>
                ))}
              </select>
            </div>
            {showDepartment && (
              <div className="field">
                <label htmlFor={ids.department}>{t('list.department.label')}</label>
                <p className="hint" id={ids.departmentHint}>
                  {t('list.department.hint')}
                </p>
                <input
                  id={ids.department}
                  type="text"
                  name="department"
                  autoComplete="off"
                  aria-describedby={ids.departmentHint}
                  value={department}
                  onChange={(e) => setDepartment(e.target.value)}
                  data-testid="filter-department"
                />
              </div>
            )}
          </div>
        </fieldset>

        <fieldset className="filter-group">
          <legend>{t('list.sort.legend')}</legend>
          <div className="filter-fields">
            <div className="field">
              <label htmlFor={ids.sort}>{t('list.sort.label')}</label>
              <select
                id={ids.sort}
                value={state.sort}
                onChange={(e) => {
                  const sort = e.target.value as SortKey;
                  update({ sort, direction: DEFAULT_DIRECTION[sort] });
                }}
                data-testid="sort-key"
              >
                {SORT_KEYS.map((key) => (
                  <option key={key} value={key}>
                    {t(`list.sort.${key}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.direction}>{t('list.direction.label')}</label>
              <select
                id={ids.direction}
                value={state.direction}
                onChange={(e) => update({ direction: e.target.value as SortDirection })}
                data-testid="sort-direction"
              >
                <option value="asc">{t('list.direction.asc')}</option>
                <option value="desc">{t('list.direction.desc')}</option>
              </select>
            </div>
          </div>
        </fieldset>

        {filtered && (
          <p>
            <button
              type="button"
              className="button button-secondary"
              data-testid="clear-filters"
              onClick={() => {
                setQ('');
                setDepartment('');
                update({ q: '', status: '', department: '', semester: '' });
                // The button disappears: continue in the search box.
                document.getElementById(ids.q)?.focus();
              }}
            >
              {t('list.clear')}
            </button>
          </p>
        )}
      </form>

      <SubmitNotice outcome={submission.outcome} />

      <p role="status" className="results-count" data-testid="proposals-count">
        {count}
      </p>

      {proposals.isPending && <Skeleton shape="list" label={t('proposals.loading')} />}
      {proposals.isError && (
        <ErrorAlert testId="proposals-error">
          <p>
            {t('proposals.loadError')} {errorMessage(t, proposals.error)}
          </p>
          <button type="button" className="button button-secondary" onClick={() => void proposals.refetch()}>
            {t('app.retry')}
          </button>
        </ErrorAlert>
      )}
      {data && data.total === 0 && (
        <p className="empty" data-testid="proposals-empty">
          {filtered ? t('list.emptyFiltered') : t(text.empty)}
        </p>
      )}
      {data && data.total > 0 && data.items.length === 0 && (
        <p className="empty" data-testid="proposals-page-empty">
          {t('list.pageEmpty')}{' '}
          <button type="button" className="button button-secondary button-small" onClick={() => update({ page: 0 })}>
            {t('list.firstPage')}
          </button>
        </p>
      )}
      {data && data.items.length > 0 && (
        <>
          <ProposalsTable
            proposals={data.items}
            caption={t(text.caption)}
            showInstructor={scope !== 'mine'}
            canSubmit={scope === 'mine'}
            onSubmit={(p) => void submission.submit(p)}
            submittingId={submission.submittingId}
          />
          <Pagination
            page={state.page}
            size={data.size || PAGE_SIZE}
            total={data.total}
            totalExact={data.totalExact}
            onChange={(page) => update({ page })}
            label={heading}
          />
        </>
      )}
    </section>
  );
}
