import type { PageInput } from './html';

export function goneReportPage(path: string): PageInput {
  return {
    title: '该年度报告已撤下',
    description: '该政府信息公开工作年度报告已由发布单位撤下。',
    path,
    crumbs: [{ label: '年报首页', path: '/gk/' }, { label: '已撤下' }],
    isIndexable: false,
    body: '<h1>该年度报告已撤下</h1><p>发布单位已撤下这份年度报告，本页面不再提供。请返回<a href="/gk/">年报首页</a>查看其他报告。</p>',
  };
}

export function notFoundPage(path: string): PageInput {
  return {
    title: '页面不存在',
    description: '没有找到该页面。',
    path,
    crumbs: [{ label: '年报首页', path: '/gk/' }, { label: '页面不存在' }],
    isIndexable: false,
    body: '<h1>页面不存在</h1><p>没有找到该页面，报告可能尚未发布。请返回<a href="/gk/">年报首页</a>或使用全文搜索。</p>',
  };
}
