import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When an administrator last set a user's password: the tokens issued before it stop working. */
export class UserPasswordChangedAt1796461200000 implements MigrationInterface {
  name = 'UserPasswordChangedAt1796461200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `users` ADD `password_changed_at` datetime(3) NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `users` DROP COLUMN `password_changed_at`');
  }
}
