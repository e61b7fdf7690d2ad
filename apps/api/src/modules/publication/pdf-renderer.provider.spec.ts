import { createReportDocument } from '@nianbao/publish';
import { PdfRendererProvider } from './pdf-renderer.provider';

const document = createReportDocument({
  report: { formatId: '2021', reportYear: 2025, agency: '测试街道办事处', values: {} },
  narrative: { sections: [{ id: 'overview', text: '全年工作平稳。' }] },
});
const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-';

describe('the PDF renderer of the API process', () => {
  it('starts a new Chromium after the one it had died', async () => {
    const provider = new PdfRendererProvider();
    try {
      expect(isPdf(await provider.render(document))).toBe(true);
      // The browser goes away under the provider (killed, crashed).
      const running = await (provider as unknown as { renderer: Promise<{ close(): Promise<void> }> })
        .renderer;
      await running.close();
      await expect(provider.render(document)).rejects.toThrow();
      expect(isPdf(await provider.render(document))).toBe(true);
    } finally {
      await provider.onModuleDestroy();
    }
  });
});
