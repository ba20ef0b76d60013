// The four typed clients, one per service, each on the paths of its committed OpenAPI document and with the
// bearer-token and problem-details middlewares of transport.ts.
import createClient, { type Client } from 'openapi-fetch';
import type { paths as AnalyticsPaths } from './generated/analytics';
import type { paths as ProductionPaths } from './generated/production';
import type { paths as ProposalPaths } from './generated/proposal';
import type { paths as ReviewPaths } from './generated/review';
import { ACCEPT, bearerToken, problemDetails, type ServiceClients } from './transport';

export interface ServiceClientOptions {
  /** Base path of the gateway without a trailing slash, e.g. "/api". */
  base: string;
  getToken: () => string | undefined;
  doFetch: typeof fetch;
}

export function createServiceClients({ base, getToken, doFetch }: ServiceClientOptions): ServiceClients {
  // A Request needs an absolute address: the gateway's path is resolved against the page, as a link would be.
  const page = globalThis.location?.href && globalThis.location.origin !== 'null' ? globalThis.location.href : 'http://localhost/';
  const absoluteBase = new URL(base || '/', page);
  const basePath = absoluteBase.pathname.replace(/\/+$/, '');
  /** The API path of a typed call's address: `http://host/api/proposal/proposals/1?x=1` → `/proposal/proposals/1`. */
  const apiPath = (url: string) => {
    const path = new URL(url).pathname;
    return path.startsWith(basePath) ? path.slice(basePath.length) : path;
  };
  const middleware = [bearerToken(getToken), problemDetails(apiPath)];
  function serviceClient<Paths extends {}>(service: string): Client<Paths> {
    const client = createClient<Paths>({
      baseUrl: `${absoluteBase.origin}${basePath}/${service}`,
      headers: { Accept: ACCEPT },
      fetch: (request: Request) => doFetch(request),
    });
    client.use(...middleware);
    return client;
  }
  return {
    proposal: serviceClient<ProposalPaths>('proposal'),
    review: serviceClient<ReviewPaths>('review'),
    production: serviceClient<ProductionPaths>('production'),
    analytics: serviceClient<AnalyticsPaths>('analytics'),
  };
}
