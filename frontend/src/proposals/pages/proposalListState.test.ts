import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_STATE, isFiltered, readListState, writeListState } from './proposalListState';

const read = (qs: string) => readListState(new URLSearchParams(qs));

describe('proposal list URL state', () => {
  it('reads search, filters, order and a 1-based page', () => {
    expect(read('q=energy&status=SUBMITTED&department=Wind&semester=2027-autumn&sort=TITLE&direction=desc&page=3')).toEqual({
      q: 'energy',
      status: 'SUBMITTED',
      department: 'Wind',
      semester: '2027-autumn',
      sort: 'TITLE',
      direction: 'desc',
      page: 2,
    });
  });

  it('falls back to defaults for anything malformed', () => {
    expect(read('status=<script>&semester=summer&sort=PRICE&direction=up&page=-1')).toEqual(DEFAULT_LIST_STATE);
    expect(read('page=0').page).toBe(0);
    expect(read('sort=LAUNCH').direction).toBe('asc');
  });

  it('writes only what differs from the defaults', () => {
    expect(writeListState(DEFAULT_LIST_STATE).toString()).toBe('');
    expect(writeListState({ ...DEFAULT_LIST_STATE, sort: 'TITLE', direction: 'asc' }).toString()).toBe('sort=TITLE');
    expect(writeListState({ ...DEFAULT_LIST_STATE, q: 'wind power', page: 1 }).toString()).toBe('q=wind+power&page=2');
    expect(writeListState({ ...DEFAULT_LIST_STATE, q: '   ' }).toString()).toBe('');
  });

  it('round-trips', () => {
    const qs = 'q=ml&status=DRAFT&semester=2028-spring&sort=STATUS&direction=desc&page=2';
    expect(writeListState(read(qs)).toString()).toBe(qs);
  });

  it('knows when the list is narrowed', () => {
    expect(isFiltered(DEFAULT_LIST_STATE)).toBe(false);
    expect(isFiltered({ ...DEFAULT_LIST_STATE, sort: 'TITLE', page: 4 })).toBe(false);
    expect(isFiltered({ ...DEFAULT_LIST_STATE, semester: '2027-autumn' })).toBe(true);
  });
});
