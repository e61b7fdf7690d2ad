import { Injectable } from '@nestjs/common';
import { publicDocument } from '../publication/public-document';
import { atomFeed } from './feeds/atom-feed';
import { sitemap } from './feeds/sitemap';
import { openReport } from './open-data/report-json';
import { reportCsv, yearCsv } from './open-data/report-csv';
import { agencyPage } from './pages/agency-page';
import { comparePage } from './pages/compare-page';
import { dataPage } from './pages/data-page';
import { goneReportPage, notFoundPage } from './pages/error-pages';
import type { PageContext, PageInput } from './pages/html';
import { renderPage } from './pages/html';
import { homePage, yearPage } from './pages/index-pages';
import { reportPage } from './pages/report-page';
import { searchPage } from './pages/search-page';
import { SITE_CSS } from './pages/site-css';
import { PublicDocumentsService } from './public-documents.service';
import { PublicPageCache } from './public-page-cache';
import { PublicReportsRepository } from './public-reports.repository';
import type { PublicResponse } from './public-response';
import { HTML } from './public-response';
import { PublicSearchService } from './public-search.service';
import { PublicSiteSettingsService } from './settings/public-site-settings.service';

/** How long a CDN or browser reuses an answer before revalidating it (pages change when a report is published). */
const PAGE_MAX_AGE = 300;
const SEARCH_MAX_AGE = 60;
const FILE_MAX_AGE = 3600;
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** Request facts every route passes in. */
export interface PublicRequest {
  origin: string;
  isLarge: boolean;
  /** The path as asked, for error pages' canonical link. */
  path: string;
}

const REPORT_FILE = /^(\d{1,9})(?:\.(json|csv|docx|pdf))?$/;
const YEAR_FILE = /^(\d{4})\.(json|csv)$/;

/** The 年报专栏: every public page and file, built from the published copies alone. */
@Injectable()
export class PublicSiteService {
  constructor(
    private readonly reports: PublicReportsRepository,
    private readonly settings: PublicSiteSettingsService,
    private readonly search: PublicSearchService,
    private readonly documents: PublicDocumentsService,
    private readonly cache: PublicPageCache,
  ) {}

  /** Every answer but the search's is the same for every reader of the same URL, host and text size. */
  private cached(
    request: PublicRequest,
    route: string,
    build: () => Promise<PublicResponse>,
  ): Promise<PublicResponse> {
    return this.cache.get(`${request.origin}|${request.isLarge ? 'L' : ''}|${route}`, build);
  }

  home(request: PublicRequest): Promise<PublicResponse> {
    return this.cached(request, 'home', () => this.buildHome(request));
  }

  private async buildHome(request: PublicRequest): Promise<PublicResponse> {
    const context = await this.context(request);
    const types = context.settings.visibleOrgTypes;
    const years = await this.reports.years(types);
    const newest = years.length ? await this.reports.byYear(years[0].reportYear, types) : [];
    return this.page(context, homePage(context, years, newest));
  }

  year(request: PublicRequest, year: number): Promise<PublicResponse> {
    return this.cached(request, `year:${year}`, () => this.buildYear(request, year));
  }

  private async buildYear(request: PublicRequest, year: number): Promise<PublicResponse> {
    const context = await this.context(request);
    const types = context.settings.visibleOrgTypes;
    const reports = await this.reports.byYear(year, types);
    if (!reports.length) return this.page(context, notFoundPage(request.path), 404);
    return this.page(context, yearPage(context, await this.reports.years(types), year, reports));
  }

  agency(request: PublicRequest, orgId: number): Promise<PublicResponse> {
    return this.cached(request, `agency:${orgId}`, () => this.buildAgency(request, orgId));
  }

  private async buildAgency(request: PublicRequest, orgId: number): Promise<PublicResponse> {
    const context = await this.context(request);
    const reports = await this.reports.byOrg(orgId, context.settings.visibleOrgTypes);
    if (!reports.length) return this.page(context, notFoundPage(request.path), 404);
    return this.page(context, agencyPage(context, reports));
  }

  compare(request: PublicRequest, orgId: number, yearsParameter: string): Promise<PublicResponse> {
    return this.cached(request, `compare:${orgId}:${yearsParameter}`, () =>
      this.buildCompare(request, orgId, yearsParameter),
    );
  }

  private async buildCompare(
    request: PublicRequest,
    orgId: number,
    yearsParameter: string,
  ): Promise<PublicResponse> {
    const context = await this.context(request);
    const types = context.settings.visibleOrgTypes;
    const asked = [...new Set(yearsParameter.split(',').map(Number).filter(Number.isInteger))].slice(0, 5);
    const years = asked.length
      ? asked
      : (await this.reports.byOrg(orgId, types)).slice(0, 2).map((r) => r.reportYear);
    const copies = await this.reports.ofOrgInYears(orgId, years, types);
    if (!copies.length) return this.page(context, notFoundPage(request.path), 404);
    return this.page(context, comparePage(context, copies));
  }

  /** A report's page (`/gk/reports/12`) or one of its files (`12.json`, `.csv`, `.docx`, `.pdf`). */
  report(request: PublicRequest, file: string): Promise<PublicResponse> {
    // Word and PDF files are large and asked for rarely: built per request (the PDF has its own cache).
    if (/\.(docx|pdf)$/.test(file)) return this.buildReport(request, file);
    return this.cached(request, `report:${file}`, () => this.buildReport(request, file));
  }

  private async buildReport(request: PublicRequest, file: string): Promise<PublicResponse> {
    const context = await this.context(request);
    const [, id, format] = REPORT_FILE.exec(file) ?? [];
    const found = id
      ? await this.reports.find(Number(id), context.settings.visibleOrgTypes)
      : { state: 'missing' as const };
    if (found.state === 'withdrawn') return this.page(context, goneReportPage(request.path), 410);
    if (found.state === 'missing') return this.page(context, notFoundPage(request.path), 404);
    const copy = found.report;
    const document = publicDocument(copy);
    switch (format) {
      case 'json':
        return this.file(JSON.stringify(openReport(copy, document, context.origin)), JSON_TYPE, PAGE_MAX_AGE);
      case 'csv':
        return this.file(reportCsv(copy), CSV_TYPE, PAGE_MAX_AGE, `${document.title}.csv`);
      case 'docx':
        return this.file(this.documents.docx(document), '', FILE_MAX_AGE, `${document.title}.docx`);
      case 'pdf':
        return this.file(
          await this.documents.pdfOf(copy, document),
          '',
          FILE_MAX_AGE,
          `${document.title}.pdf`,
        );
      default:
        return this.page(context, reportPage(context, copy, document));
    }
  }

  async searchPage(request: PublicRequest, query: string): Promise<PublicResponse> {
    const context = await this.context(request);
    const trimmed = query.trim();
    const hits = trimmed ? await this.search.search(trimmed, context.settings.visibleOrgTypes) : null;
    return { ...this.page(context, searchPage(context, trimmed, hits)), maxAge: SEARCH_MAX_AGE };
  }

  dataIndex(request: PublicRequest): Promise<PublicResponse> {
    return this.cached(request, 'data', () => this.buildDataIndex(request));
  }

  private async buildDataIndex(request: PublicRequest): Promise<PublicResponse> {
    const context = await this.context(request);
    return this.page(context, dataPage(context, await this.reports.years(context.settings.visibleOrgTypes)));
  }

  /** The bulk files of a year: `2024.csv`, `2024.json`. */
  yearData(request: PublicRequest, file: string): Promise<PublicResponse> {
    return this.cached(request, `data:${file}`, () => this.buildYearData(request, file));
  }

  private async buildYearData(request: PublicRequest, file: string): Promise<PublicResponse> {
    const context = await this.context(request);
    const [, year, format] = YEAR_FILE.exec(file) ?? [];
    const copies = year ? await this.reports.fullYear(Number(year), context.settings.visibleOrgTypes) : [];
    if (!copies.length) return this.page(context, notFoundPage(request.path), 404);
    if (format === 'csv')
      return this.file(yearCsv(copies), CSV_TYPE, PAGE_MAX_AGE, `${year}年度政府信息公开年报数据.csv`);
    const body = JSON.stringify(copies.map((copy) => openReport(copy, publicDocument(copy), context.origin)));
    return this.file(body, JSON_TYPE, PAGE_MAX_AGE, `${year}年度政府信息公开年报数据.json`);
  }

  sitemap(request: PublicRequest): Promise<PublicResponse> {
    return this.cached(request, 'sitemap', () => this.buildSitemap(request));
  }

  private async buildSitemap(request: PublicRequest): Promise<PublicResponse> {
    const { settings } = await this.context(request);
    const body = sitemap(request.origin, await this.reports.all(settings.visibleOrgTypes));
    return this.file(body, 'application/xml; charset=utf-8', PAGE_MAX_AGE);
  }

  feed(request: PublicRequest): Promise<PublicResponse> {
    return this.cached(request, 'feed', () => this.buildFeed(request));
  }

  private async buildFeed(request: PublicRequest): Promise<PublicResponse> {
    const { settings } = await this.context(request);
    const latest = await this.reports.latest(settings.visibleOrgTypes, 50);
    return this.file(
      atomFeed(request.origin, settings.title, latest),
      'application/atom+xml; charset=utf-8',
      PAGE_MAX_AGE,
    );
  }

  private async context(request: PublicRequest): Promise<PageContext> {
    return { origin: request.origin, isLarge: request.isLarge, settings: await this.settings.current() };
  }

  private page(context: PageContext, page: PageInput, status = 200): PublicResponse {
    return {
      status,
      contentType: HTML,
      body: renderPage(context, page, SITE_CSS),
      maxAge: status === 404 ? 60 : PAGE_MAX_AGE,
    };
  }

  private file(
    body: string | Uint8Array,
    contentType: string,
    maxAge: number,
    fileName?: string,
  ): PublicResponse {
    return { status: 200, contentType, body, maxAge, ...(fileName ? { fileName } : {}) };
  }
}
