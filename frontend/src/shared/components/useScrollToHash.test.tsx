import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/render';
import { Layout } from './Layout';
import { PageHeading } from './PageHeading';
import { fragmentId, useScrollToHash } from './useScrollToHash';

// jsdom does not scroll: a spy stands in for the browser's scrollIntoView and records on which element it was called.
const scrolled = vi.fn<(this: Element, options?: ScrollIntoViewOptions) => void>();
beforeEach(() => {
  scrolled.mockReset();
  Element.prototype.scrollIntoView = function (this: Element, options?: ScrollIntoViewOptions | boolean) {
    scrolled.call(this, options as ScrollIntoViewOptions);
  };
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const scrolledTo = () => scrolled.mock.contexts.map((element) => (element as Element).id);

function Hooked({ children }: { children: ReactNode }) {
  useScrollToHash();
  return <>{children}</>;
}

/** A page that shows its parts only once its data has "arrived". */
function LoadingPage({ loaded }: { loaded: Promise<void> }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void loaded.then(() => setReady(true));
  }, [loaded]);
  return ready ? <section id="late-part">Late part</section> : <p>Loading…</p>;
}

function renderApp(loaded: Promise<void> = Promise.resolve(), initial = '/') {
  render(
    <MemoryRouter initialEntries={[initial]}>
      <Hooked>
        <nav>
          <Link to="/x#part">To the part</Link>
          <Link to="/x#save">To the button</Link>
          <Link to="/later#late-part">To the late part</Link>
        </nav>
        <Routes>
          <Route path="/" element={<h1>Start</h1>} />
          <Route
            path="/x"
            element={
              <>
                <h1>Page X</h1>
                <section id="part" aria-label="The part">
                  Part
                </section>
                <button id="save" type="button">
                  Save
                </button>
              </>
            }
          />
          <Route path="/later" element={<LoadingPage loaded={loaded} />} />
        </Routes>
      </Hooked>
    </MemoryRouter>,
  );
}

describe('useScrollToHash', () => {
  it('scrolls to and focuses the element a client-side link’s hash names, making it focusable', async () => {
    renderApp();
    await userEvent.setup().click(screen.getByRole('link', { name: 'To the part' }));
    const part = screen.getByRole('region', { name: 'The part' });
    expect(scrolledTo()).toEqual(['part']);
    expect(scrolled.mock.calls[0][0]).toEqual({ block: 'start' });
    expect(document.activeElement).toBe(part);
    expect(part.getAttribute('tabindex')).toBe('-1');
  });

  it('leaves an element that takes focus as it is', async () => {
    renderApp();
    await userEvent.setup().click(screen.getByRole('link', { name: 'To the button' }));
    const save = screen.getByRole('button', { name: 'Save' });
    expect(document.activeElement).toBe(save);
    expect(save.hasAttribute('tabindex')).toBe(false);
  });

  it('waits for an element the page shows once its data has loaded', async () => {
    let arrive = () => {};
    const loaded = new Promise<void>((resolve) => (arrive = resolve));
    renderApp(loaded);
    await userEvent.setup().click(screen.getByRole('link', { name: 'To the late part' }));
    expect(scrolled).not.toHaveBeenCalled();
    await act(async () => arrive());
    const late = await screen.findByText('Late part');
    await vi.waitFor(() => expect(document.activeElement).toBe(late));
    expect(scrolledTo()).toEqual(['late-part']);
  });

  it('scrolls again when the same link is followed again', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'To the part' }));
    screen.getByRole('link', { name: 'To the part' }).focus();
    await user.click(screen.getByRole('link', { name: 'To the part' }));
    expect(scrolledTo()).toEqual(['part', 'part']);
    expect(document.activeElement?.id).toBe('part');
  });

  it('leaves the first load to the browser', () => {
    renderApp(Promise.resolve(), '/x#part');
    expect(scrolled).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(document.body);
  });

  it('reads the id from the hash', () => {
    expect(fragmentId('#next-step')).toBe('next-step');
    expect(fragmentId('#f%C3%B8r')).toBe('før');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('')).toBeNull();
    expect(fragmentId('#')).toBeNull();
  });
});

describe('the layout', () => {
  it('takes the reader to the part a link names, not to the new page’s heading', async () => {
    renderWithI18n(
      <MemoryRouter>
        <Layout user={null}>
          <Routes>
            <Route path="/" element={<Link to="/x#part">To the part</Link>} />
            <Route
              path="/x"
              element={
                <>
                  <PageHeading title="Page X">Page X</PageHeading>
                  <section id="part">Part</section>
                </>
              }
            />
          </Routes>
        </Layout>
      </MemoryRouter>,
    );
    await userEvent.setup().click(screen.getByRole('link', { name: 'To the part' }));
    expect(document.activeElement?.id).toBe('part');
    expect(scrolledTo()).toEqual(['part']);
  });
});
