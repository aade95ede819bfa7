import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoryEntity, RegionEntity, UnitEntity } from '#libs/persistence';
import { ReferenceController } from './reference/reference.controller.js';

/** The routing app: the ticket workflow and tiered dispatch (issue 3); for now the reference data forms need. */
@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity, CategoryEntity, UnitEntity])],
  controllers: [ReferenceController],
})
export class RoutingModule {}
