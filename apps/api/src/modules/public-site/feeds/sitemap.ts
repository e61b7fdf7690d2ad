import type { PublicListing } from '../public-reports.repository';
import { esc } from '../pages/html';

const day = (date: Date) => new Date(date).toISOString().slice(0, 10);

/** Every public page a search engine should know: the front page, each year, each agency, each report. */
export function sitemap(origin: string, reports: PublicListing[]): string {
  const newest = (list: PublicListing[]) =>
    day(new Date(Math.max(...list.map((report) => new Date(report.snapshotAt).getTime()))));
  const urls: { path: string; lastmod?: string }[] = [
    { path: '/gk/', ...(reports.length ? { lastmod: newest(reports) } : {}) },
  ];
  const years = [...new Set(reports.map((report) => report.reportYear))];
  for (const year of years)
    urls.push({
      path: `/gk/years/${year}`,
      lastmod: newest(reports.filter((report) => report.reportYear === year)),
    });
  const orgs = [...new Set(reports.map((report) => report.orgId))];
  for (const orgId of orgs)
    urls.push({
      path: `/gk/agencies/${orgId}`,
      lastmod: newest(reports.filter((report) => report.orgId === orgId)),
    });
  for (const report of reports)
    urls.push({ path: `/gk/reports/${report.reportId}`, lastmod: day(report.snapshotAt) });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `<url><loc>${esc(origin + url.path)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
}
