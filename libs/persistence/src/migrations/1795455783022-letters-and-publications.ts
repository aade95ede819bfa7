import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The mayor's mailbox: a letter's e-mail and consent to publish, and the published (redacted) replies. */
export class LettersAndPublications1795455783022 implements MigrationInterface {
  name = 'LettersAndPublications1795455783022';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`tickets\` ADD \`citizen_email\` varchar(254) NULL`);
    await queryRunner.query(`ALTER TABLE \`tickets\` ADD \`publish_consent\` tinyint NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `CREATE TABLE \`publications\` (\`id\` int UNSIGNED NOT NULL AUTO_INCREMENT, \`ticket_id\` int UNSIGNED NOT NULL, \`ticket_number\` varchar(20) NOT NULL, \`category_code\` varchar(6) NOT NULL, \`title\` varchar(100) NOT NULL, \`content\` text NOT NULL, \`reply\` text NOT NULL, \`replied_at\` datetime(3) NOT NULL, \`published_at\` datetime(3) NOT NULL, \`published_by_user_id\` int UNSIGNED NOT NULL, INDEX \`idx_publications_category_published\` (\`category_code\`, \`published_at\`), INDEX \`idx_publications_published\` (\`published_at\`), UNIQUE INDEX \`uq_publications_ticket\` (\`ticket_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    await queryRunner.query(
      `ALTER TABLE \`publications\` ADD CONSTRAINT \`fk_publications_ticket\` FOREIGN KEY (\`ticket_id\`) REFERENCES \`tickets\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`publications\` DROP FOREIGN KEY \`fk_publications_ticket\``);
    await queryRunner.query(`DROP TABLE \`publications\``);
    await queryRunner.query(`ALTER TABLE \`tickets\` DROP COLUMN \`publish_consent\``);
    await queryRunner.query(`ALTER TABLE \`tickets\` DROP COLUMN \`citizen_email\``);
  }
}
