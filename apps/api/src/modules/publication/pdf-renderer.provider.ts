import { Injectable } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { PdfRenderer, PublishError, renderHtml } from '@nianbao/publish';
import type { ReportDocument } from '@nianbao/publish';
import { PublicationException } from './publication.exception';

/**
 * One headless Chromium for the process, started on the first PDF (about a second) and reused: a page then costs a
 * few hundred milliseconds. The same in embedded and MySQL mode.
 */
@Injectable()
export class PdfRendererProvider implements OnModuleDestroy {
  private renderer: Promise<PdfRenderer> | null = null;

  async render(document: ReportDocument): Promise<Uint8Array> {
    return this.withRenderer((renderer) => renderer.render(renderHtml(document)));
  }

  /** Lends the process's renderer to work that prints many documents (a zip of a district's reports). */
  async withRenderer<T>(work: (renderer: PdfRenderer) => Promise<T>): Promise<T> {
    if (!this.renderer) {
      this.renderer = PdfRenderer.launch();
      // A failed start is not cached: Chromium installed later works without a restart.
      this.renderer.catch(() => (this.renderer = null));
    }
    const renderer = this.renderer;
    try {
      return await work(await renderer);
    } catch (error) {
      if (error instanceof PublishError) throw PublicationException.rendererUnavailable(error.message);
      // A browser that crashed or was killed is not reused: the next document starts a new one.
      if (this.renderer === renderer) this.renderer = null;
      await (await renderer.catch(() => null))?.close().catch(() => undefined);
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    const renderer = this.renderer;
    this.renderer = null;
    await (await renderer?.catch(() => null))?.close();
  }
}
