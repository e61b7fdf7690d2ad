import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The import job that wrote a version, unique: a job retried after its worker died (or ran twice after losing its
 * lock) finds the versions it already wrote instead of writing identical ones again.
 */
export class ReportVersionJobKey1764200000000 implements MigrationInterface {
  name = 'ReportVersionJobKey1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `report_versions` ADD `jobKey` varchar(64) NULL');
    await queryRunner.query(
      'CREATE UNIQUE INDEX `uq_report_versions_job_key` ON `report_versions` (`jobKey`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `uq_report_versions_job_key` ON `report_versions`');
    await queryRunner.query('ALTER TABLE `report_versions` DROP COLUMN `jobKey`');
  }
}
