import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { ChangeCategoryDto, CreateCategoryDto } from './category.dto.js';
import { CategoriesService } from './categories.service.js';

/** 事项分类 administration; the list is the public `GET /api/categories` (ReferenceController). No delete. */
@ApiTags('reference')
@ApiBearerAuth()
@Roles('admin')
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Post()
  @ApiConflictResponse({ description: 'The code is taken' })
  create(@Body() input: CreateCategoryDto) {
    return this.categories.create(input);
  }

  @Patch(':code')
  @ApiConflictResponse({ description: 'Deactivation while active categories sit below it' })
  change(@Param('code') code: string, @Body() input: ChangeCategoryDto) {
    return this.categories.change(code, input);
  }
}
