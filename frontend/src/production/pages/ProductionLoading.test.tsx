import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '../../shared/auth/roles';
import { fakeGateway } from '../../test/gateway';
import { MOOC_ID } from '../../test/productionFixtures';
import { renderWithProviders } from '../../test/render';
import { LaunchApprovalPage } from './LaunchApprovalPage';
import { MedialabPage } from './MedialabPage';
import { ProductionPage } from './ProductionPage';
import { ProductionsListPage } from './ProductionsListPage';

const CONSULTANT: CurrentUser = { id: 'sub-carla', name: 'Carla Consultant', username: 'carla', roles: ['consultant'] };

/** While the first read is under way, the page shows a placeholder of its own shape, announced by its label. */
function expectSkeleton(ui: ReactElement, testId: string, shape: string, label: string, language: 'en' | 'da' = 'en') {
  renderWithProviders(ui, { api: fakeGateway().api, language });
  const placeholder = screen.getByTestId(testId);
  expect(placeholder.getAttribute('data-shape')).toBe(shape);
  expect(placeholder.getAttribute('role')).toBe('status');
  expect(placeholder.getAttribute('aria-busy')).toBe('true');
  expect(placeholder.textContent).toBe(label);
}

describe('production pages while loading', () => {
  it('one production: the shape of a detail page', () => {
    expectSkeleton(<ProductionPage id={MOOC_ID} user={CONSULTANT} />, 'production-loading', 'detail', 'Loading the production…');
  });

  it('the launch decision page: a detail page, in Danish too', () => {
    expectSkeleton(<LaunchApprovalPage id={MOOC_ID} />, 'production-loading', 'detail', 'Indlæser produktionen…', 'da');
  });

  it('the productions: a list', () => {
    expectSkeleton(<ProductionsListPage user={CONSULTANT} />, 'productions-loading', 'list', 'Loading the productions…');
  });

  it('MediaLab’s queue: a list', () => {
    expectSkeleton(<MedialabPage />, 'medialab-loading', 'list', 'Loading the queue…');
  });
});
