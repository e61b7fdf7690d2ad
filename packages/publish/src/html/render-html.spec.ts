import { everyCellFilled } from '../../test/fixtures';
import { createReportDocument } from '../document/create-report-document';
import { renderHtml } from './render-html';

describe('the web page of a report', () => {
  const html = renderHtml(
    createReportDocument({
      report: everyCellFilled('2021'),
      narrative: {
        sections: [
          { id: 'problems', blocks: [{ type: 'list', ordered: true, items: ['人员不足。', '培训偏少。'] }] },
          { id: 'other', text: '网址 <script>alert(1)</script> & 其他' },
        ],
      },
    }),
  );

  it('is Chinese, titled, with one heading per section', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<title>示例市示例区统计局2023年政府信息公开工作年度报告</title>');
    expect(html.match(/<h2 /g)).toHaveLength(6);
  });

  it('marks up the tables with captions, merged header cells and header scopes', () => {
    expect(html).toContain('<caption>第二十条第（一）项</caption>');
    expect(html).toContain('<th scope="colgroup" colspan="7">申请人情况</th>');
    expect(html).toContain('<th scope="col" rowspan="2">自然人</th>');
    expect(html).toContain('<th scope="colgroup" colspan="5">法人或其他组织</th>');
    expect(html).toContain('<th scope="rowgroup" rowspan="22">三、本年度办理结果</th>');
    expect(html).toContain('<th scope="rowgroup" rowspan="3">（六）其他处理</th>');
    expect(html).toContain('<th scope="row" colspan="3">一、本年新收政府信息公开申请数量</th>');
    expect(html).toContain('<th scope="colgroup" colspan="10">行政诉讼</th>');
    expect(html).toMatch(/<td data-cell="T21.B.A1.NP">\d+<\/td>/);
  });

  it('prints lists as lists and text as text, never as markup', () => {
    expect(html).toContain('<ol><li>人员不足。</li><li>培训偏少。</li></ol>');
    expect(html).toContain('网址 &lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他');
    expect(html).not.toContain('<script>');
  });

  it('sets A4 paper for printing', () => {
    expect(html).toContain('@page { size: A4;');
  });
});
