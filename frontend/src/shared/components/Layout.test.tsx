import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '../auth/roles';
import { LANGUAGE_STORAGE_KEY } from '../i18n/translate';
import { renderWithI18n } from '../../test/render';
import { Layout } from './Layout';
import { PageHeading } from './PageHeading';

const instructor: CurrentUser = { id: 'u1', name: 'Ida Instructor', username: 'ida', roles: ['instructor'] };

function renderLayout(user: CurrentUser | null, onSignOut = vi.fn()) {
  renderWithI18n(
    <MemoryRouter>
      <Layout user={user} onSignOut={onSignOut}>
        <PageHeading title="Overview">Overview</PageHeading>
      </Layout>
    </MemoryRouter>,
  );
  return onSignOut;
}

describe('Layout', () => {
  it('has the landmarks and a skip link to the main content', () => {
    renderLayout(instructor);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    const main = screen.getByRole('main');
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip.getAttribute('href')).toBe(`#${main.id}`);
  });

  it('shows the navigation for the user’s roles, the name and Sign out', async () => {
    const onSignOut = renderLayout(instructor);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['Overview', 'My proposals', 'My productions', 'Network meetings', 'My courses']);
    expect(screen.getByTestId('nav-productions').getAttribute('href')).toBe('/productions');
    expect(screen.getByTestId('nav-courses').getAttribute('href')).toBe('/courses');
    expect(screen.getByTestId('nav-network-meetings').getAttribute('href')).toBe('/network-meetings');
    expect(screen.getByTestId('user-name').textContent).toBe('Ida Instructor');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalled();
  });

  it('shows Meetings to the committee and administrators only', async () => {
    const committee: CurrentUser = { id: 'u2', name: 'Chris Chair', username: 'chris', roles: ['committee', 'committee-chair'] };
    const first = renderWithI18n(
      <MemoryRouter>
        <Layout user={committee}>
          <PageHeading title="Overview">Overview</PageHeading>
        </Layout>
      </MemoryRouter>,
    );
    const link = screen.getByTestId('nav-meetings');
    expect(link.textContent).toBe('Meetings');
    expect(link.getAttribute('href')).toBe('/meetings');
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'da');
    expect(screen.getByTestId('nav-meetings').textContent).toBe('Møder');
    first.unmount();

    renderLayout({ ...instructor, roles: ['admin'] });
    expect(screen.getByTestId('nav-meetings')).toBeTruthy();
  });

  it('shows no navigation or Sign out to an anonymous visitor', () => {
    renderLayout(null);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });

  it('switches to Danish, sets <html lang> and remembers the choice', async () => {
    renderLayout(instructor);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'da');
    expect(screen.getByRole('combobox', { name: 'Sprog' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hovedmenu' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mine forslag' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log ud' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('da');
    expect(document.title).toBe('Overview – MOOC-programplatformen');
  });

  it('folds the menu behind a button that says whether it is open, and closes it on Escape and on following a link', async () => {
    renderLayout(instructor);
    const user = userEvent.setup();
    const header = screen.getByRole('banner');
    const toggle = screen.getByRole('button', { name: 'Menu' });
    // The button controls the user's tools and the navigation, which the phone layout hides while it is closed.
    expect(toggle.getAttribute('aria-controls')?.split(' ').map((id) => document.getElementById(id)?.id)).toEqual([
      'header-tools',
      'main-nav',
    ]);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(header.getAttribute('data-menu')).toBe('closed');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(header.getAttribute('data-menu')).toBe('open');
    expect(toggle.querySelector('svg')?.getAttribute('data-icon')).toBe('x');

    // Escape from inside the menu closes it and puts focus back on the button.
    screen.getByTestId('nav-courses').focus();
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    await user.click(toggle);
    await user.click(screen.getByTestId('nav-courses'));
    expect(screen.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('has no menu button for an anonymous visitor, whose header shows the language at all widths', () => {
    renderLayout(null);
    expect(screen.queryByTestId('menu-toggle')).toBeNull();
    expect(screen.getByRole('banner').hasAttribute('data-menu')).toBe(false);
  });
});
