import { SORT_KEYS, type SortDirection, type SortKey } from '../api/types';
import { isSemester } from '../../shared/i18n/format';

/**
 * The proposal list's search, filters, order and page, kept in the URL's query string so that a
 * view can be bookmarked and shared: `/proposals?q=energy&status=SUBMITTED&sort=TITLE&page=2`.
 * Defaults are left out of the URL; `page` is 1-based there and 0-based here (as in the API).
 */
export interface ListState {
  q: string;
  status: string;
  department: string;
  semester: string;
  sort: SortKey;
  direction: SortDirection;
  page: number;
}

/** The natural direction of each sort key: newest updates first, otherwise A–Z / earliest first. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = {
  UPDATED: 'desc',
  TITLE: 'asc',
  LAUNCH: 'asc',
  STATUS: 'asc',
};

export const DEFAULT_LIST_STATE: ListState = {
  q: '',
  status: '',
  department: '',
  semester: '',
  sort: 'UPDATED',
  direction: DEFAULT_DIRECTION.UPDATED,
  page: 0,
};

const MAX_TEXT = 200;
const STATUS = /^[A-Z][A-Z_]{0,39}$/;

function isSortKey(value: string | null): value is SortKey {
  return value !== null && (SORT_KEYS as readonly string[]).includes(value);
}

/** Reads the state from a query string; anything malformed falls back to its default. */
export function readListState(params: URLSearchParams): ListState {
  const sort = params.get('sort');
  const sortKey: SortKey = isSortKey(sort) ? sort : DEFAULT_LIST_STATE.sort;
  const direction = params.get('direction');
  const pageParam = params.get('page');
  const page = pageParam && /^\d{1,6}$/.test(pageParam) && Number(pageParam) >= 1 ? Number(pageParam) - 1 : 0;
  const status = params.get('status') ?? '';
  const semester = params.get('semester') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, MAX_TEXT),
    status: STATUS.test(status) ? status : '',
    department: (params.get('department') ?? '').slice(0, MAX_TEXT),
    semester: isSemester(semester) ? semester : '',
    sort: sortKey,
    direction: direction === 'asc' || direction === 'desc' ? direction : DEFAULT_DIRECTION[sortKey],
    page,
  };
}

/** Writes the state as a query string, leaving out defaults. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  if (state.status) params.set('status', state.status);
  if (state.department.trim()) params.set('department', state.department);
  if (state.semester) params.set('semester', state.semester);
  if (state.sort !== DEFAULT_LIST_STATE.sort) params.set('sort', state.sort);
  if (state.direction !== DEFAULT_DIRECTION[state.sort]) params.set('direction', state.direction);
  if (state.page > 0) params.set('page', String(state.page + 1));
  return params;
}

/** Whether the list is narrowed by a search or a filter (the order and page do not count). */
export function isFiltered(state: ListState): boolean {
  return Boolean(state.q.trim() || state.status || state.department.trim() || state.semester);
}
