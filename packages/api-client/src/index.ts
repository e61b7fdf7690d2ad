export { createApiClient } from './client';
export type { ApiClient, ApiClientOptions } from './client';
export { apiErrorCode, describeApiError } from './errors';
export type { ApiErrorBody } from './errors';
export type { components, operations, paths } from './generated/schema';

import type { components } from './generated/schema';

/** Every request and response body of the API by name, e.g. `ApiSchemas['ReportOutput']`. */
export type ApiSchemas = components['schemas'];
