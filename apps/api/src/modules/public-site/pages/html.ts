import type { SiteSettings } from '../settings/public-site-settings.service';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML and XML, attributes included. */
export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** What every page needs from the request: absolute URLs for canonical links and feeds, and the reader's text size. */
export interface PageContext {
  /** `https://www.example.gov.cn`, no trailing slash. */
  origin: string;
  /** 适老化 large-text mode, carried in `?size=large` so it works without JavaScript and cookies (CDN-friendly). */
  isLarge: boolean;
  settings: SiteSettings;
}

/** An internal link that keeps the reader's text size. */
export function href(context: PageContext, path: string): string {
  if (!context.isLarge) return path;
  return `${path}${path.includes('?') ? '&' : '?'}size=large`;
}

export interface Crumb {
  label: string;
  path?: string;
}

export interface PageInput {
  title: string;
  description: string;
  /** The page's own path (canonical link, text-size switch). */
  path: string;
  crumbs: Crumb[];
  body: string;
  /** Search results and the like are not indexed. */
  isIndexable?: boolean;
}

function header(context: PageContext, path: string): string {
  const { settings } = context;
  const sizeSwitch = context.isLarge
    ? `<a href="${esc(path)}">标准字号</a>`
    : `<a href="${esc(href({ ...context, isLarge: true }, path))}">大字版（适老化）</a>`;
  return `<header class="site-header">
<a class="skip-link" href="#main">跳到正文</a>
<p class="site-title"><a href="${esc(href(context, '/gk/'))}">${esc(settings.title)}</a></p>
<nav aria-label="站点导航"><ul>
<li><a href="${esc(href(context, '/gk/'))}">年报首页</a></li>
<li><a href="${esc(href(context, '/gk/search'))}">全文搜索</a></li>
<li><a href="${esc(href(context, '/gk/data'))}">开放数据</a></li>
<li>${sizeSwitch}</li>
</ul></nav>
</header>`;
}

function breadcrumbs(context: PageContext, crumbs: Crumb[]): string {
  if (!crumbs.length) return '';
  const items = crumbs.map((crumb, index) =>
    crumb.path && index < crumbs.length - 1
      ? `<li><a href="${esc(href(context, crumb.path))}">${esc(crumb.label)}</a></li>`
      : `<li aria-current="page">${esc(crumb.label)}</li>`,
  );
  return `<nav class="breadcrumbs" aria-label="当前位置"><ol>${items.join('')}</ol></nav>`;
}

function footer({ settings }: PageContext): string {
  const parts = [
    settings.organizer && `<span>主办单位：${esc(settings.organizer)}</span>`,
    settings.siteCode && `<span>网站标识码：${esc(settings.siteCode)}</span>`,
    settings.icpRecord &&
      `<span><a href="https://beian.miit.gov.cn/" rel="noopener">${esc(settings.icpRecord)}</a></span>`,
    settings.policeRecord && `<span>${esc(settings.policeRecord)}</span>`,
  ].filter(Boolean);
  return `<footer class="site-footer"><p>${parts.join(' ')}</p>
<p>本专栏发布经审核并已公开的政府信息公开工作年度报告。<a href="/gk/feed.atom">订阅更新（Atom）</a></p></footer>`;
}

/** One page of the 年报专栏: plain server-rendered HTML that works without JavaScript. */
export function renderPage(context: PageContext, page: PageInput, css: string): string {
  const fullTitle =
    page.title === context.settings.title ? page.title : `${page.title} - ${context.settings.title}`;
  const isIndexable = (page.isIndexable ?? true) && !context.isLarge;
  return `<!DOCTYPE html>
<html lang="zh-CN"${context.isLarge ? ' class="large"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(fullTitle)}</title>
<meta name="description" content="${esc(page.description)}">
<meta name="robots" content="${isIndexable ? 'index,follow' : 'noindex,follow'}">
<link rel="canonical" href="${esc(context.origin + page.path)}">
<link rel="alternate" type="application/atom+xml" title="${esc(context.settings.title)}" href="/gk/feed.atom">
<style>${css}</style>
</head>
<body>
${header(context, page.path)}
${breadcrumbs(context, page.crumbs)}
<main id="main" tabindex="-1">
${page.body}
</main>
${footer(context)}
</body>
</html>
`;
}
