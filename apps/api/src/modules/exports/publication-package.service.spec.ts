import { createReportDocument } from '@nianbao/publish';
import { unzipSync } from 'fflate';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import type { Org } from '../orgs/entities/org.entity';
import type { PdfRendererProvider } from '../publication/pdf-renderer.provider';
import { PublicationPackageService } from './publication-package.service';
import type { SubtreeReportsService } from './subtree-reports.service';

const documents = ['甲街道办事处', '乙镇人民政府', '丙镇人民政府', '丁区教育局'].map((agency) =>
  createReportDocument({ report: { formatId: '2021', reportYear: 2025, agency, values: {} } }),
);

function packageOf(approved: typeof documents) {
  const subtree = { approvedDocuments: async () => approved } as unknown as SubtreeReportsService;
  const pdf = {
    withRenderer: () => Promise.reject(new Error('no PDF was asked for')),
  } as unknown as PdfRendererProvider;
  return new PublicationPackageService(subtree, pdf);
}

describe('the 公开年报包 job', () => {
  it('moves the job on after each report is written, and starts no browser without PDFs', async () => {
    const progress: number[] = [];
    const result = await packageOf(documents).render(
      {} as Campaign,
      {} as Org,
      ['docx', 'html'],
      async (percent) => {
        progress.push(percent);
      },
    );
    expect(progress).toEqual([5, 27, 50, 72, 95]);
    expect(result.reportCount).toBe(4);
    expect(Object.keys(unzipSync(result.content))).toHaveLength(8);
  });

  it('refuses a package of no approved report in Chinese', async () => {
    await expect(
      packageOf([]).render({} as Campaign, {} as Org, ['html'], async () => undefined),
    ).rejects.toThrow('还没有终审通过的报告');
  });
});
