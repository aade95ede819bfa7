import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The centre's list of letters it may publish reads the few consented letters, not every closed ticket. */
export class PublishableLettersIndex1796458740344 implements MigrationInterface {
  name = 'PublishableLettersIndex1796458740344';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`idx_tickets_publishable\` ON \`tickets\` (\`publish_consent\`, \`channel\`, \`status\`)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`idx_tickets_publishable\` ON \`tickets\``);
  }
}
