import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The counts every dashboard push runs (overdue now, extension requests waiting) read an index, not the table. */
export class DashboardCountIndexes1795449941900 implements MigrationInterface {
  name = 'DashboardCountIndexes1795449941900';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`idx_assignments_extension_request\` ON \`assignments\` (\`extension_request_days\`)`);
    await queryRunner.query(`CREATE INDEX \`idx_assignments_status_reply_due\` ON \`assignments\` (\`status\`, \`reply_due_at\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_assignments_status_reply_due\` ON \`assignments\``);
    await queryRunner.query(`DROP INDEX \`idx_assignments_extension_request\` ON \`assignments\``);
  }
}
