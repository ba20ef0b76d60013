import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { COURSE_ID, REVIEW_ID } from '../../test/analyticsFixtures';
import { fakeGateway } from '../../test/gateway';
import { renderWithProviders } from '../../test/render';
import { CoursePage } from './CoursePage';
import { CoursesPage } from './CoursesPage';
import { PortfolioMoocPage } from './PortfolioMoocPage';
import { PortfolioPage } from './PortfolioPage';
import { SemesterReviewPage } from './SemesterReviewPage';
import { SemesterReviewsPage } from './SemesterReviewsPage';

const BOARD: CurrentUser = { id: 'sub-bo', name: 'Bo Board', username: 'bo', roles: ['board'], department: 'Compute' };

/** While the first read is under way, the page shows a placeholder of its own shape, announced by its label. */
function expectSkeleton(ui: ReactElement, testId: string, shape: string, label: string) {
  renderWithProviders(ui, { api: fakeGateway().api });
  const placeholder = screen.getByTestId(testId);
  expect(placeholder.getAttribute('data-shape')).toBe(shape);
  expect(placeholder.getAttribute('role')).toBe('status');
  expect(placeholder.getAttribute('aria-busy')).toBe('true');
  expect(placeholder.textContent).toBe(label);
}

describe('analytics pages while loading', () => {
  it('the courses: a list', () => {
    expectSkeleton(<CoursesPage user={BOARD} />, 'courses-loading', 'list', 'Loading the courses…');
  });

  it('the semester reviews: a list', () => {
    expectSkeleton(<SemesterReviewsPage user={BOARD} />, 'semester-reviews-loading', 'list', 'Loading the semester reviews…');
  });

  it('the portfolio: a list', () => {
    expectSkeleton(<PortfolioPage />, 'portfolio-loading', 'list', 'Loading the portfolio…');
  });

  it('one course: a detail page', () => {
    expectSkeleton(<CoursePage id={COURSE_ID} user={BOARD} />, 'course-loading', 'detail', 'Loading the course…');
  });

  it('one review pack: a detail page', () => {
    expectSkeleton(<SemesterReviewPage id={REVIEW_ID} />, 'semester-review-loading', 'detail', 'Loading the review pack…');
  });

  it('one MOOC’s timeline: a detail page', () => {
    expectSkeleton(<PortfolioMoocPage moocId={COURSE_ID} />, 'timeline-loading', 'detail', 'Loading the timeline…');
  });
});
