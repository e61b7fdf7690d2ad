/**
 * How the H5 app was opened from a 企业微信 / 政务微信 app: the app's home page and its cards carry `workapp=<config
 * id>`; after the work app's OAuth page the address also carries `code` (before the `#` route, or — depending on
 * the work app's version — inside the route's query).
 */
export interface WorkAppEntry {
  configId: number;
  code: string | null;
  /** The address without `code` and `state`: what to come back to, and what a reload must not spend again. */
  cleanUrl: string;
  /** The page route after `#`, e.g. `/subpackages/report/detail/index?id=5&action=return`. */
  route: string;
}

const OAUTH_PARAMS = ['code', 'state', 'appid'];
/**
 * Where an address without a page route lands. The return address always names a route: a redirect without a
 * fragment keeps the OAuth page's own (`#wechat_redirect`), which is no page of this app.
 */
export const HOME_ROUTE = '/pages/todo/index';
const OAUTH_FRAGMENT = 'wechat_redirect';

function withoutOauthParams(query: string): { query: string; code: string | null } {
  const params = new URLSearchParams(query);
  const code = params.get('code');
  for (const name of OAUTH_PARAMS) params.delete(name);
  const rest = params.toString();
  return { query: rest ? `?${rest}` : '', code };
}

export function readWorkAppEntry(href: string): WorkAppEntry | null {
  const url = new URL(href);
  const configId = Number(url.searchParams.get('workapp'));
  if (!Number.isInteger(configId) || configId <= 0) return null;
  const search = withoutOauthParams(url.search);
  const fragment = url.hash.replace(/^#/, '');
  const [routePath, routeQuery = ''] = (fragment === OAUTH_FRAGMENT ? '' : fragment).split(/\?(.*)/s);
  const inRoute = withoutOauthParams(routeQuery);
  const route = routePath ? `${routePath}${inRoute.query}` : HOME_ROUTE;
  return {
    configId,
    code: search.code ?? inRoute.code,
    cleanUrl: `${url.origin}${url.pathname}${search.query}#${route}`,
    route,
  };
}
