import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './metrics';

/**
 * Times every request. The route label is the matched pattern (`/api/reports/:id`), not the URL, so the number of
 * series stays bounded; requests that match no route share one label.
 */
export function httpMetricsMiddleware(request: Request, response: Response, next: NextFunction): void {
  const stopTimer = httpRequestDuration.startTimer();
  response.once('finish', () => {
    const routePath = (request.route as { path?: string } | undefined)?.path;
    const route = routePath ? `${request.baseUrl}${routePath}` : 'unmatched';
    stopTimer({ method: request.method, route, status: String(response.statusCode) });
  });
  next();
}
