/** Where the 年报专栏 lives on the server, outside the API's `/api` prefix (stable: citizens and crawlers keep its URLs). */
export const PUBLIC_SITE_PREFIX = 'gk';
export const PUBLIC_SITE_PATH = `/${PUBLIC_SITE_PREFIX}/`;
