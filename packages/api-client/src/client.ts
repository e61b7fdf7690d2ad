import createClient from 'openapi-fetch';
import type { Middleware } from 'openapi-fetch';
import type { paths } from './generated/schema';

export interface ApiClientOptions {
  /** Origin of the API, e.g. `https://nianbao.example.gov.cn`; empty for the same origin. */
  baseUrl?: string;
  /** The current access token, read on every request so a refreshed token is used at once. */
  getAccessToken?: () => string | null | undefined;
  /** Called when the API answers 401: the session has ended. */
  onUnauthorized?: () => void;
  /** A fetch implementation for platforms without a global one (e.g. the mini-program's request adapter). */
  fetch?: typeof globalThis.fetch;
}

/** A typed client of every API route; paths, parameters and bodies are checked against the OpenAPI document. */
export function createApiClient(options: ApiClientOptions = {}) {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.getAccessToken?.();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) options.onUnauthorized?.();
      return response;
    },
  };
  client.use(auth);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;
