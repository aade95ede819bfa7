import type { MigrationInterface, QueryRunner } from 'typeorm';
import { writeKnowledgeTerms, type IndexedArticle } from '../knowledge-terms.js';

/**
 * Knowledge search (issue 7): `knowledge_terms`, the articles' postings (term → article, see
 * `KnowledgeTermEntity` and docs/architecture.md), whether the public page may show an article, and room
 * for 20,000 characters of content in utf8mb4. `content` is modified in place (TypeORM's diff would drop
 * and re-add it, losing the text), and articles already there get their terms.
 */
export class KnowledgeTerms1795447779167 implements MigrationInterface {
  name = 'KnowledgeTerms1795447779167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`knowledge_terms\` (\`term\` varchar(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, \`article_id\` int UNSIGNED NOT NULL, \`occurrences\` smallint UNSIGNED NOT NULL, \`in_title\` tinyint NOT NULL, \`in_keywords\` tinyint NOT NULL, \`valid_from\` date NULL, \`valid_to\` date NULL, \`is_public\` tinyint NOT NULL, \`category_code\` varchar(6) NULL, INDEX \`idx_knowledge_terms_article\` (\`article_id\`), PRIMARY KEY (\`term\`, \`article_id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`knowledge_articles\` ADD \`is_public\` tinyint NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE \`knowledge_articles\` MODIFY \`content\` mediumtext NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`knowledge_terms\` ADD CONSTRAINT \`fk_knowledge_terms_article\` FOREIGN KEY (\`article_id\`) REFERENCES \`knowledge_articles\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The article's own columns under the entity's names, so its rows are made as every write makes them.
    const articles: IndexedArticle[] = await queryRunner.query(
      `SELECT \`id\`, \`title\`, \`keywords\`, \`content\`, \`valid_from\` AS \`validFrom\`, \`valid_to\` AS \`validTo\`, \`is_public\` AS \`isPublic\`, \`category_code\` AS \`categoryCode\` FROM \`knowledge_articles\``,
    );
    for (const article of articles) await writeKnowledgeTerms(queryRunner.manager, article);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`knowledge_terms\` DROP FOREIGN KEY \`fk_knowledge_terms_article\``);
    // Fails on an article longer than TEXT holds, rather than cutting it.
    await queryRunner.query(`ALTER TABLE \`knowledge_articles\` MODIFY \`content\` text NOT NULL`);
    await queryRunner.query(`ALTER TABLE \`knowledge_articles\` DROP COLUMN \`is_public\``);
    await queryRunner.query(`DROP TABLE \`knowledge_terms\``);
  }
}
