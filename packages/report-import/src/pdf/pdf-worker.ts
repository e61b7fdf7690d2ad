import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';

/** What the worker sends back for one page: pdf.js text items and operator list, as plain data. */
export interface RawPage {
  items: { str: string; transform: number[]; width: number; height: number }[];
  fnArray: number[];
  argsArray: unknown[];
}

export type WorkerOutcome =
  | { pages: RawPage[]; title: string | null; ops: Record<string, number> }
  | { error: 'password' | 'invalid' | 'too-many-pages'; numPages?: number };

/**
 * Runs in a worker thread: pdf.js is an ES module, which the importers' CommonJS (and jest on Node 20) cannot
 * load; the worker imports it natively. One worker serves every PDF of a batch (pdf.js warms up once), and it keeps a
 * hostile or huge PDF away from the caller's memory.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loading = import(workerData.pdfjsUrl);
async function parse(pdfjs, data, maxPages) {
  let document;
  try {
    document = await pdfjs.getDocument({
      data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false,
      stopAtErrors: false, verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
  } catch (error) {
    return { error: error && error.name === 'PasswordException' ? 'password' : 'invalid' };
  }
  try {
    if (document.numPages > maxPages) return { error: 'too-many-pages', numPages: document.numPages };
    const pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => item.str || '').join('');
      // Drawing operators are costly to produce; only pages with a statistics table need their borders.
      const operators = workerData.tableWords.some((word) => text.includes(word))
        ? await page.getOperatorList()
        : { fnArray: [], argsArray: [] };
      pages.push({
        items: content.items.filter((item) => typeof item.str === 'string')
          .map(({ str, transform, width, height }) => ({ str, transform, width, height })),
        fnArray: operators.fnArray,
        // Only paths and transforms matter; images and fonts are not copied across threads.
        argsArray: operators.fnArray.map((fn, index) =>
          fn === pdfjs.OPS.constructPath || fn === pdfjs.OPS.transform ? operators.argsArray[index] : null),
      });
      page.cleanup();
    }
    const metadata = await document.getMetadata().catch(() => null);
    const title = metadata && metadata.info && typeof metadata.info.Title === 'string' ? metadata.info.Title : null;
    return { pages, title, ops: pdfjs.OPS };
  } finally {
    await document.destroy();
  }
}
parentPort.on('message', async ({ id, data, maxPages }) => {
  const outcome = await loading.then((pdfjs) => parse(pdfjs, data, maxPages)).catch(() => ({ error: 'invalid' }));
  parentPort.postMessage({ id, outcome });
});
`;

/** Words printed in the statistics tables of every format (headers and row labels); one on a page means a table. */
const TABLE_WORDS = [
  '统计指标',
  '信息内容',
  '申请人情况',
  '本年新收',
  '上年结转',
  '予以公开',
  '办理结果',
  '行政复议',
  '行政诉讼',
  '结转下年度',
];
/** A PDF needing more than this to parse is not a report we can help with. */
const WORKER_MEMORY_MB = 512;
/** One PDF may take this long; then the worker is stopped (and started anew for the next file). */
const PARSE_TIMEOUT_MS = 60_000;

/** Workers parse PDFs side by side, one per core (at most two: more only adds memory on this kind of machine). */
const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()));

interface Pending {
  resolve: (outcome: WorkerOutcome) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** One worker thread and the requests it is working on. */
class WorkerSlot {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();

  get load(): number {
    return this.pending.size;
  }

  parse(id: number, data: Uint8Array, maxPages: number): Promise<WorkerOutcome> {
    this.worker ??= this.start();
    const worker = this.worker;
    worker.ref();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new Error('PDF parse timed out')), PARSE_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, data: data.slice(), maxPages });
    });
  }

  private start(): Worker {
    const pdfjsUrl = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { pdfjsUrl, tableWords: TABLE_WORDS },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB },
    });
    worker.on('message', ({ id, outcome }: { id: number; outcome: WorkerOutcome }) => {
      const request = this.pending.get(id);
      if (!request) return;
      clearTimeout(request.timer);
      this.pending.delete(id);
      // An idle worker must not keep the process alive.
      if (this.pending.size === 0) worker.unref();
      request.resolve(outcome);
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(new Error('PDF worker exited'));
    });
    return worker;
  }

  /** Stops the worker (a timeout, a crash, memory exhausted): its requests fail, the next one starts a new worker. */
  private stop(error: Error): void {
    const stopped = this.worker;
    this.worker = null;
    for (const request of this.pending.values()) {
      clearTimeout(request.timer);
      request.reject(error);
    }
    this.pending.clear();
    void stopped?.terminate();
  }
}

const slots = Array.from({ length: POOL_SIZE }, () => new WorkerSlot());
let nextId = 0;

/** Parses the PDF with pdf.js in the least busy worker thread: each page's text items and drawing operators. */
export function parsePdfInWorker(data: Uint8Array, maxPages: number): Promise<WorkerOutcome> {
  const slot = slots.reduce((best, candidate) => (candidate.load < best.load ? candidate : best));
  return slot.parse(nextId++, data, maxPages);
}
