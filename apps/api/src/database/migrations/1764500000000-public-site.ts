import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 年报专栏: the published copies of reports, their search index and the site's settings. */
export class PublicSite1764500000000 implements MigrationInterface {
  name = 'PublicSite1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `public_reports` (`reportId` int NOT NULL, `orgId` int NOT NULL, `orgName` varchar(100) NOT NULL, `orgType` varchar(32) NOT NULL, `districtId` int NULL, `districtName` varchar(100) NULL, `reportYear` int NOT NULL, `formatId` varchar(32) NOT NULL, `values` text NOT NULL, `narrative` text NULL, `publishedAt` date NOT NULL, `statutoryDeadline` date NOT NULL, `snapshotAt` datetime NOT NULL, `withdrawnAt` datetime NULL, INDEX `idx_public_reports_year` (`reportYear`, `withdrawnAt`), INDEX `idx_public_reports_org` (`orgId`, `withdrawnAt`), PRIMARY KEY (`reportId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
    await queryRunner.query(
      'CREATE TABLE `public_search_grams` (`gram` int NOT NULL, `reportId` int NOT NULL, INDEX `idx_public_search_grams_report` (`reportId`), PRIMARY KEY (`gram`, `reportId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
    await queryRunner.query(
      'CREATE TABLE `public_site_settings` (`id` int NOT NULL, `title` varchar(100) NOT NULL, `organizer` varchar(100) NOT NULL, `siteCode` varchar(32) NOT NULL, `icpRecord` varchar(64) NOT NULL, `policeRecord` varchar(64) NOT NULL, `visibleOrgTypes` text NOT NULL, `updatedAt` datetime NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `public_site_settings`');
    await queryRunner.query('DROP TABLE `public_search_grams`');
    await queryRunner.query('DROP TABLE `public_reports`');
  }
}
