import { Controller, Get, Param, ParseIntPipe, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/decorators/public.decorator';
import { PUBLIC_SITE_PREFIX } from './public-site-path';
import type { PublicRequest } from './public-site.service';
import { PublicSiteService } from './public-site.service';
import { isLargeText, requestOrigin, sendPublic } from './public-response';
import { SearchThrottlerGuard } from './search-throttler.guard';

const from = (request: Request): PublicRequest => ({
  origin: requestOrigin(request),
  isLarge: isLargeText(request),
  path: request.path,
});

/**
 * The 年报专栏 at /gk/: server-rendered pages and open-data files for everyone, no login. Outside the API's
 * prefix and its OpenAPI document: these are web pages, not API operations.
 */
@Public()
@ApiExcludeController()
@Controller(PUBLIC_SITE_PREFIX)
export class PublicSiteController {
  constructor(private readonly site: PublicSiteService) {}

  @Get()
  async home(@Req() request: Request, @Res() response: Response): Promise<void> {
    sendPublic(response, await this.site.home(from(request)));
  }

  @Get('years/:year')
  async year(
    @Param('year', ParseIntPipe) year: number,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendPublic(response, await this.site.year(from(request), year));
  }

  @Get('agencies/:orgId')
  async agency(
    @Param('orgId', ParseIntPipe) orgId: number,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendPublic(response, await this.site.agency(from(request), orgId));
  }

  @Get('agencies/:orgId/compare')
  async compare(
    @Param('orgId', ParseIntPipe) orgId: number,
    @Query('years') years: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendPublic(response, await this.site.compare(from(request), orgId, String(years ?? '')));
  }

  @Get('reports/:file')
  async report(
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendPublic(response, await this.site.report(from(request), file));
  }

  @Get('search')
  @UseGuards(SearchThrottlerGuard)
  async search(
    @Query('q') query: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendPublic(response, await this.site.searchPage(from(request), typeof query === 'string' ? query : ''));
  }

  @Get('data')
  async data(@Req() request: Request, @Res() response: Response): Promise<void> {
    sendPublic(response, await this.site.dataIndex(from(request)));
  }

  @Get('data/:file')
  async yearData(
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendPublic(response, await this.site.yearData(from(request), file));
  }

  @Get('sitemap.xml')
  async sitemap(@Req() request: Request, @Res() response: Response): Promise<void> {
    sendPublic(response, await this.site.sitemap(from(request)));
  }

  @Get('feed.atom')
  async feed(@Req() request: Request, @Res() response: Response): Promise<void> {
    sendPublic(response, await this.site.feed(from(request)));
  }
}
