import { describe, expect, it } from '@jest/globals';
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { PageQuery, QueryFlag, QueryNumber } from './query-fields.js';
import { validationPipe } from './validation.js';

class ThingsQuery extends PageQuery {
  @QueryNumber({ description: 'Things of this unit' })
  unitId?: number;

  @QueryFlag('Also retired things')
  includeRetired?: boolean;
}

@Controller('things')
class ThingsController {
  @Get()
  list(@Query() query: ThingsQuery) {
    return query;
  }
}

const read = (query: Record<string, string>) => validationPipe().transform(query, { type: 'query', metatype: ThingsQuery });

async function refusal(query: Record<string, string>): Promise<Record<string, string[]>> {
  const error = await read(query).then(
    () => undefined,
    (refused: unknown) => refused,
  );
  expect(error).toBeInstanceOf(BadRequestException);
  return ((error as BadRequestException).getResponse() as { fields: Record<string, string[]> }).fields;
}

describe('PageQuery, extended by a list query', () => {
  it('reads the text of the query string as numbers and booleans, page 1 of 20 unless asked', async () => {
    expect(await read({})).toEqual(Object.assign(new ThingsQuery(), { page: 1, pageSize: 20 }));
    expect(await read({ page: '3', pageSize: '100', unitId: '7', includeRetired: 'true' })).toMatchObject({ page: 3, pageSize: 100, unitId: 7, includeRetired: true });
  });

  it.each([
    [{ page: '0', pageSize: '101' }, ['page', 'pageSize']],
    [{ page: 'two', pageSize: '1.5' }, ['page', 'pageSize']],
    [{ unitId: '-1', includeRetired: 'yes' }, ['includeRetired', 'unitId']],
  ])('%j: 400 naming %j', async (query, fields) => {
    expect(Object.keys(await refusal(query)).sort()).toEqual(fields);
  });

  it('documents the inherited fields with the subclass’s own', async () => {
    const moduleRef = await Test.createTestingModule({ controllers: [ThingsController] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    await app.close();
    const parameters = document.paths['/things']!.get!.parameters as unknown as { name: string }[];
    expect(parameters.map(({ name }) => name).sort()).toEqual(['includeRetired', 'page', 'pageSize', 'unitId']);
    expect(parameters.find(({ name }) => name === 'pageSize')).toMatchObject({ required: false, schema: { default: 20, maximum: 100, minimum: 1 } });
  });
});
