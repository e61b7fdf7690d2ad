import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { type Browser, chromium, type Page } from 'playwright-core';
import { PublishError, PublishErrorCode } from '../publish.error';

/** Debian's chromium; NIANBAO_CHROMIUM points elsewhere (another distribution, a bundled browser). */
const CHROMIUM_PATH = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * “— 1 —” centred under the text, as on printed 公文. A CSS page-margin box rather than Chromium's footer template,
 * which is laid out as a separate document for every printed page (about 10 % of the print CPU). The padding puts the
 * number where the template put it: at 300 dpi the pages differ in at most 40 anti-aliased pixels.
 */
const PAGE_NUMBER_STYLE =
  '<style>@page { @bottom-center { content: "— " counter(page) " —"; ' +
  "font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 11pt; padding-top: 10.25mm; } }</style>";

export interface PdfRendererOptions {
  /** Pages printing at once; Chromium keeps about one core busy per page, so more than the cores gains nothing. */
  pages?: number;
}

/**
 * Prints report pages to A4 PDF with headless Chromium (fonts embedded by Chromium). One browser serves many
 * documents: starting it costs about a second, printing a page a few hundred milliseconds. At most `pages` documents
 * print at once; further `render` calls wait for a free page.
 */
export class PdfRenderer {
  /** Pages are reused: opening one costs more than printing a short report, and it keeps its fonts loaded. */
  private readonly idlePages: Page[] = [];
  private readonly waiting: (() => void)[] = [];
  private busyPages = 0;

  private constructor(
    private readonly browser: Browser,
    readonly pages: number,
  ) {}

  static async launch(options: PdfRendererOptions = {}): Promise<PdfRenderer> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new PublishError(
        PublishErrorCode.RendererUnavailable,
        `生成 PDF 需要 Chromium，但未找到 ${CHROMIUM_PATH}。请安装：apt-get install -y chromium fonts-wqy-microhei（或用环境变量 NIANBAO_CHROMIUM 指定浏览器路径）`,
      );
    }
    const pages = Math.max(1, options.pages ?? availableParallelism());
    return new PdfRenderer(
      await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
      pages,
    );
  }

  /** The page as PDF; the page's own `@page` rule sets A4 and the margins. */
  async render(html: string): Promise<Uint8Array> {
    const page = await this.takePage();
    try {
      await page.setContent(html.replace('</head>', `${PAGE_NUMBER_STYLE}</head>`), { waitUntil: 'load' });
      // Tagged: headings and tables reach screen readers; the outline lists the sections.
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
      this.idlePages.push(page);
      return new Uint8Array(pdf);
    } catch (error) {
      await page.close().catch(() => undefined);
      throw error;
    } finally {
      this.busyPages -= 1;
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private async takePage(): Promise<Page> {
    while (this.busyPages >= this.pages) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busyPages += 1;
    try {
      return this.idlePages.pop() ?? (await this.browser.newPage());
    } catch (error) {
      this.busyPages -= 1;
      this.waiting.shift()?.();
      throw error;
    }
  }
}
