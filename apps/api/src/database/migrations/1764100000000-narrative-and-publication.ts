import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The narrative sections, stored with each report and each of its versions; publication records. */
export class NarrativeAndPublication1764100000000 implements MigrationInterface {
  name = 'NarrativeAndPublication1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `reports` ADD `narrative` text NULL');
    await queryRunner.query('ALTER TABLE `report_versions` ADD `narrative` text NULL');
    await queryRunner.query(
      'CREATE TABLE `report_publications` (`reportId` int NOT NULL, `campaignId` int NOT NULL, `orgPath` varchar(255) NOT NULL, `publishedAt` date NOT NULL, `url` varchar(500) NOT NULL, `statutoryDeadline` date NOT NULL, `recordedById` int NOT NULL, `recordedAt` datetime NOT NULL, INDEX `idx_report_publications_campaign_path` (`campaignId`, `orgPath`), PRIMARY KEY (`reportId`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `report_publications`');
    await queryRunner.query('ALTER TABLE `report_versions` DROP COLUMN `narrative`');
    await queryRunner.query('ALTER TABLE `reports` DROP COLUMN `narrative`');
  }
}
