import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PublicationModule } from '../publication/publication.module';
import { PublicSiteSettings } from './entities/public-site-settings.entity';
import { PublicDocumentsService } from './public-documents.service';
import { PublicPageCache } from './public-page-cache';
import { PublicReportsRepository } from './public-reports.repository';
import { PublicSearchService } from './public-search.service';
import { PublicSiteController } from './public-site.controller';
import { PublicSiteService } from './public-site.service';
import { PublicSiteSettingsController } from './settings/public-site-settings.controller';
import { PublicSiteSettingsService } from './settings/public-site-settings.service';

/** The 年报专栏 (/gk/): the public site of every published report, and its settings for the city. */
@Module({
  imports: [TypeOrmModule.forFeature([PublicSiteSettings]), PublicationModule],
  controllers: [PublicSiteController, PublicSiteSettingsController],
  providers: [
    PublicReportsRepository,
    PublicSiteService,
    PublicSearchService,
    PublicDocumentsService,
    PublicPageCache,
    PublicSiteSettingsService,
  ],
})
export class PublicSiteModule {}
