import { strFromU8, unzipSync } from 'fflate';
import { importPublishedReport } from '@nianbao/report-import';
import { everyCellFilled } from '../../test/fixtures';
import { createReportDocument } from '../document/create-report-document';
import { renderBundle, renderReportsZip, type ZipProgress } from './render-bundle';

describe('a district’s reports as one zip', () => {
  it('holds one folder per report with each requested format, same-named agencies kept apart', async () => {
    const reports = [
      { ...everyCellFilled('2021'), agency: '甲街道办事处' },
      { ...everyCellFilled('2021'), agency: '乙镇人民政府' },
      { ...everyCellFilled('2021'), agency: '甲街道办事处' },
    ];
    const zip = unzipSync(
      await renderBundle(
        reports.map((report) => createReportDocument({ report })),
        { formats: ['docx', 'html'] },
      ),
    );
    expect(Object.keys(zip)).toEqual([
      '甲街道办事处2023年政府信息公开工作年度报告/甲街道办事处2023年政府信息公开工作年度报告.docx',
      '甲街道办事处2023年政府信息公开工作年度报告/甲街道办事处2023年政府信息公开工作年度报告.html',
      '乙镇人民政府2023年政府信息公开工作年度报告/乙镇人民政府2023年政府信息公开工作年度报告.docx',
      '乙镇人民政府2023年政府信息公开工作年度报告/乙镇人民政府2023年政府信息公开工作年度报告.html',
      '甲街道办事处2023年政府信息公开工作年度报告_2/甲街道办事处2023年政府信息公开工作年度报告.docx',
      '甲街道办事处2023年政府信息公开工作年度报告_2/甲街道办事处2023年政府信息公开工作年度报告.html',
    ]);
    const [docxPath, htmlPath] = Object.keys(zip).slice(2, 4);
    const back = await importPublishedReport({ fileName: 'r.docx', data: zip[docxPath] });
    expect(back.values).toEqual(reports[1].values);
    expect(strFromU8(zip[htmlPath])).toContain('<title>乙镇人民政府2023年政府信息公开工作年度报告</title>');
  });

  it('streams the zip in several chunks and reports progress after each report, in order', async () => {
    const documents = ['甲街道办事处', '乙镇人民政府', '丙镇人民政府'].map((agency) =>
      createReportDocument({ report: { ...everyCellFilled('2021'), agency } }),
    );
    const progress: ZipProgress[] = [];
    const chunks: Uint8Array[] = [];
    for await (const chunk of renderReportsZip(documents, {
      formats: ['html'],
      onProgress: (step) => progress.push(step),
    })) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBeGreaterThan(documents.length);
    expect(progress).toEqual(
      documents.map((document, index) => ({ done: index + 1, total: 3, title: document.title })),
    );
    const zip = unzipSync(Buffer.concat(chunks));
    expect(Object.keys(zip)).toHaveLength(3);
    expect(strFromU8(zip[Object.keys(zip)[2]])).toContain(
      '<title>丙镇人民政府2023年政府信息公开工作年度报告</title>',
    );
  });

  it('refuses to print PDFs without a browser', async () => {
    const document = createReportDocument({ report: everyCellFilled('2021') });
    await expect(renderBundle([document], { formats: ['pdf'] })).rejects.toThrow('no PdfRenderer');
  });
});
