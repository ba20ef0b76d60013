import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation, type InitialEntry } from 'react-router-dom';
import { ApiContext } from '../shared/api/ApiProvider';
import type { ApiClient } from '../shared/api/client';
import { I18nProvider } from '../shared/i18n/I18nProvider';
import type { Language } from '../shared/i18n/translate';

/** Renders with the i18n context in a fixed language. */
export function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  return render(<I18nProvider language={language}>{ui}</I18nProvider>);
}

/** Shows the router's current location, so that tests can read what the app wrote to the URL. */
function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" hidden>
      {`${location.pathname}${location.search}`}
    </output>
  );
}

interface ProviderOptions {
  api: ApiClient;
  language?: Language;
  /** The URL (or location with state) the router starts at. */
  route?: InitialEntry;
  /** A route pattern for `ui` (e.g. "/proposals/:id"); other paths render their path as text. */
  path?: string;
  /** The query cache to use; by default one that never retries, so that failures show at once. */
  queryClient?: QueryClient;
}

/** Renders with i18n, a fresh query cache, the given API client and a memory router. */
export function renderWithProviders(ui: ReactElement, { api, language = 'en', route = '/', path, queryClient: given }: ProviderOptions) {
  const queryClient =
    given ?? new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const content: ReactNode = path ? (
    <Routes>
      <Route path={path} element={ui} />
      <Route path="*" element={<p data-testid="other-route">elsewhere</p>} />
    </Routes>
  ) : (
    ui
  );
  const result = render(
    <I18nProvider language={language}>
      <QueryClientProvider client={queryClient}>
        <ApiContext.Provider value={api}>
          <MemoryRouter initialEntries={[route]}>
            {content}
            <LocationProbe />
          </MemoryRouter>
        </ApiContext.Provider>
      </QueryClientProvider>
    </I18nProvider>,
  );
  return { ...result, queryClient };
}
