import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { API, COURSE_ID, course } from '../../test/analyticsFixtures';
import { fakeGateway, json } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { CoursesPage } from './CoursesPage';
import { expectCardTable } from '../test/cardTables';

const CONSULTANT: CurrentUser = { id: 'sub-carla', name: 'Carla Consultant', username: 'carla', roles: ['consultant'] };
const INSTRUCTOR: CurrentUser = { id: 'sub-ida', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };

describe('CoursesPage', () => {
  it('lists the launched courses with department, launch, status and the Coursera link', async () => {
    const retired = course({ moocId: 'm-2', title: 'Wind Energy Basics', department: 'Wind', status: 'RETIRED', launchedOn: '2026-02-01', launchSemester: '2026-spring' });
    const gw = fakeGateway(() => json({ items: [course(), retired], page: 0, size: 20, total: 2, totalExact: true }));
    renderWithProviders(<CoursesPage user={CONSULTANT} />, { api: gw.api, route: '/courses' });
    expect(screen.getByRole('heading', { level: 1, name: 'Courses' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: /Launched courses with department/ });
    const rows = within(table).getAllByTestId('course-row');
    // On a phone each course is a card, each value under its column's heading.
    expectCardTable(table);
    expect(rows.map((r) => [r.getAttribute('data-mooc-id'), r.getAttribute('data-status')])).toEqual([
      [COURSE_ID, 'RUNNING'],
      ['m-2', 'RETIRED'],
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'Quantum Computing for Engineers' }).getAttribute('href')).toBe(`/courses/${COURSE_ID}`);
    expect(within(rows[0]).getByTestId('course-status').textContent).toBe('Running');
    expect(within(rows[1]).getByTestId('course-status').textContent).toBe('Retired');
    expect(within(rows[1]).getByRole('cell', { name: 'Wind' })).toBeTruthy();
    const coursera = within(rows[0]).getByTestId('course-coursera-link');
    expect(coursera.getAttribute('href')).toBe('https://www.coursera.org/learn/quantum-computing-for-engineers');
    expect(coursera.getAttribute('target')).toBe('_blank');
    expect(coursera.textContent).toBe('Open Quantum Computing for Engineers on Coursera (opens in a new window)');
    expect(gw.calls[0].url).toBe(`${API}/courses?page=0&size=20`);
  });

  it('calls the instructor’s list “My courses”, in Danish too, and says when it is empty', async () => {
    const gw = fakeGateway(() => json({ items: [], page: 0, size: 20, total: 0, totalExact: true }));
    renderWithProviders(<CoursesPage user={INSTRUCTOR} />, { api: gw.api, route: '/courses', language: 'da' });
    expect(screen.getByRole('heading', { level: 1, name: 'Mine kurser' })).toBeTruthy();
    expect((await screen.findByTestId('courses-empty')).textContent).toBe(
      'Du har endnu intet lanceret kursus. Et kursus vises her, når produktionen lancerer det på Coursera.',
    );
  });
});
