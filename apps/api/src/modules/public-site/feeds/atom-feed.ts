import type { PublicListing } from '../public-reports.repository';
import { esc } from '../pages/html';
import { chineseDate } from '../pages/listing';

const iso = (date: Date) => new Date(date).toISOString();

/** The newest publications as an Atom feed; a withdrawn report is no longer among them. */
export function atomFeed(origin: string, title: string, reports: PublicListing[]): string {
  const updated = reports.length ? iso(reports[0].snapshotAt) : new Date(0).toISOString();
  const entries = reports.map((report) => {
    const url = `${origin}/gk/reports/${report.reportId}`;
    const name = `${report.orgName}${report.reportYear}年政府信息公开工作年度报告`;
    return `<entry>
<id>${esc(url)}</id>
<title>${esc(name)}</title>
<link rel="alternate" type="text/html" href="${esc(url)}"/>
<published>${report.publishedAt}T00:00:00+08:00</published>
<updated>${iso(report.snapshotAt)}</updated>
<author><name>${esc(report.orgName)}</name></author>
<summary>${esc(`${name}，${chineseDate(report.publishedAt)}发布。`)}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<id>${esc(`${origin}/gk/`)}</id>
<title>${esc(title)}</title>
<link rel="self" type="application/atom+xml" href="${esc(`${origin}/gk/feed.atom`)}"/>
<link rel="alternate" type="text/html" href="${esc(`${origin}/gk/`)}"/>
<updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}
