import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { ownCourse, similarCourse } from '../test/catalogueFixtures';
import { SimilarCourses, type CatalogueFreshness } from './SimilarCourses';

const FRESH: CatalogueFreshness = { courses: 9874, syncedAt: '2026-11-20T02:01:05Z', stale: false, staleAfterDays: 14, asOf: 'now' };

describe('SimilarCourses', () => {
  it('lists each course with its link to Coursera, partners, languages and why it matched', () => {
    renderWithI18n(<SimilarCourses courses={[similarCourse(), ownCourse()]} freshness={FRESH} />);
    const items = screen.getAllByTestId('similar-course');
    expect(items.map((i) => i.getAttribute('data-coursera-id'))).toEqual(['wind-1', 'own-1']);

    const link = within(items[0]).getByRole('link', { name: 'Wind Energy (opens Coursera in a new tab)' });
    expect(link.getAttribute('href')).toBe('https://www.coursera.org/learn/wind-energy');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');

    expect(within(items[0]).getByTestId('similar-course-partners').textContent).toBe('Technical University of Denmark (DTU)');
    expect(within(items[0]).getByTestId('similar-course-languages').textContent).toBe('English');
    const reasons = within(within(items[0]).getByTestId('similar-course-reasons')).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toEqual(['Words in common: wind, energy, turbin', 'Its name resembles the title']);
    // Several languages, named in words.
    expect(within(items[1]).getByTestId('similar-course-languages').textContent).toBe('Danish, English');
  });

  it('marks the university’s own course in words, and only that one', () => {
    renderWithI18n(<SimilarCourses courses={[similarCourse(), ownCourse()]} freshness={FRESH} />);
    const [other, own] = screen.getAllByTestId('similar-course');
    expect(within(own).getByTestId('similar-course-own').textContent).toBe('Our university');
    expect(own.getAttribute('data-own')).toBe('true');
    expect(within(other).queryByTestId('similar-course-own')).toBeNull();
  });

  it('says why a course matched even without words in common, and does not link an address off Coursera', () => {
    const odd = similarCourse({ matchedTerms: [], nameResembles: null, link: 'https://example.org/phish' });
    renderWithI18n(<SimilarCourses courses={[odd]} freshness={FRESH} />);
    const item = screen.getByTestId('similar-course');
    expect(within(item).getByTestId('similar-course-reasons').textContent).toBe('Similar wording in its description');
    expect(within(item).queryByRole('link')).toBeNull();
    expect(within(item).getByTestId('similar-course-name').textContent).toBe('Wind Energy');
  });

  it('gives the catalogue’s size and last sync in words, and no stale warning when it is fresh', () => {
    renderWithI18n(<SimilarCourses courses={[similarCourse()]} freshness={FRESH} />);
    const freshness = screen.getByTestId('catalogue-freshness').textContent ?? '';
    expect(freshness).toMatch(/^Compared with 9,874 Coursera courses; the catalogue was last synced 20 Nov 2026/);
    expect(freshness).not.toContain('2026-11-20');
    expect(screen.queryByTestId('catalogue-stale')).toBeNull();
  });

  it('says a stale catalogue is stale: now, then, and never synced', () => {
    const { unmount } = renderWithI18n(<SimilarCourses courses={[]} freshness={{ ...FRESH, stale: true }} />);
    expect(screen.getByTestId('catalogue-stale').textContent).toBe(
      'The catalogue is stale: its last sync is more than 14 days old, so newer Coursera courses may be missing.',
    );
    expect(screen.getByTestId('similar-courses-empty').textContent).toBe('No course in the catalogue is similar enough.');
    unmount();
    const then = renderWithI18n(<SimilarCourses courses={[]} freshness={{ ...FRESH, stale: true, asOf: 'then' }} />);
    expect(screen.getByTestId('catalogue-stale').textContent).toContain('The catalogue was stale');
    then.unmount();
    renderWithI18n(<SimilarCourses courses={[]} freshness={{ ...FRESH, syncedAt: null, stale: true }} />);
    expect(screen.getByTestId('catalogue-freshness').textContent).toBe('Compared with 9,874 Coursera courses; the catalogue has never been synced.');
    expect(screen.getByTestId('catalogue-stale').textContent).toBe('The catalogue is stale: it has never been synced, so Coursera courses may be missing.');
  });

  it('speaks Danish', () => {
    renderWithI18n(<SimilarCourses courses={[similarCourse(), ownCourse()]} freshness={{ ...FRESH, stale: true }} />, 'da');
    const [first, own] = screen.getAllByTestId('similar-course');
    expect(within(first).getByRole('link', { name: 'Wind Energy (åbner Coursera i en ny fane)' })).toBeTruthy();
    const reasons = within(within(first).getByTestId('similar-course-reasons')).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toEqual(['Fælles ord: wind, energy, turbin', 'Navnet ligner titlen']);
    expect(within(first).getByTestId('similar-course-languages').textContent).toBe('engelsk');
    expect(within(own).getByTestId('similar-course-own').textContent).toBe('Vores universitet');
    expect(within(first).getByText('Udbydes af').tagName).toBe('DT');
    expect(screen.getByTestId('catalogue-freshness').textContent).toMatch(/^Sammenlignet med 9\.874 Coursera-kurser; kataloget blev senest synkroniseret 20\. nov\. 2026/);
    expect(screen.getByTestId('catalogue-stale').textContent).toBe(
      'Kataloget er forældet: den seneste synkronisering er mere end 14 dage gammel, så nyere Coursera-kurser kan mangle.',
    );
  });
});
