import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { API_PREFIX } from './app-setup';
import { PUBLIC_SITE_PREFIX } from './modules/public-site/public-site-path';

/** Front ends served by the same process once they are built: the admin app at `/`, the mini-program's H5 at `/m/`. */
const SITES = [
  { urlPrefix: '/m/', folders: ['../../miniapp/dist/h5', '../../miniapp/dist'] },
  { urlPrefix: '/', folders: ['../../admin/dist'] },
] as const;

/** The 年报专栏 is rendered by the API, never by a front end's index.html. */
const isPublicSitePath = (url: string) => new RegExp(`^/${PUBLIC_SITE_PREFIX}(?:[/?]|$)`).test(url);

/** Serves each built front end that exists, with its index.html for client-side routes. Returns the URL prefixes served. */
export function serveBuiltFrontends(app: NestExpressApplication, appsFolder = __dirname): string[] {
  const served: string[] = [];
  for (const site of SITES) {
    const folder = site.folders
      .map((candidate) => path.resolve(appsFolder, candidate))
      .find((candidate) => existsSync(path.join(candidate, 'index.html')));
    if (!folder) continue;
    app.useStaticAssets(folder, { prefix: site.urlPrefix, index: 'index.html' });
    app.use(site.urlPrefix, (request: Request, response: Response, next: NextFunction) => {
      const isPageRequest =
        request.method === 'GET' &&
        !request.originalUrl.startsWith(`/${API_PREFIX}/`) &&
        !isPublicSitePath(request.originalUrl) &&
        request.accepts('html');
      if (isPageRequest) response.sendFile(path.join(folder, 'index.html'));
      else next();
    });
    served.push(site.urlPrefix);
  }
  return served;
}
