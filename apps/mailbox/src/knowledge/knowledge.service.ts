import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DataScopeService, inScope, type AuthUser } from '#libs/auth';
import { localDateOf } from '#libs/calendar';
import { Catalogue } from '#libs/intake';
import { refuseInvalidFields, type FieldMessages } from '#libs/platform';
import {
  KnowledgeArticleEntity,
  knowledgeCountStatement,
  knowledgeSearchStatement,
  UnitEntity,
  writeKnowledgeTerms,
  type FoundArticle,
  type KnowledgeFilter,
  type KnowledgeVisibility,
} from '#libs/persistence';
import { grams, queryTerms } from '#libs/search-terms';
import type { TextQuery } from '../text-query.dto.js';
import type { KnowledgeArticleDto, SearchKnowledgeQuery } from './knowledge.dto.js';
import { publicDetail, publicSummary, staffDetail, staffSummary } from './knowledge-view.js';

/** How many articles the public page gets for one search. */
const PUBLIC_PAGE_SIZE = 10;

/**
 * 知识库: search for staff and for the public page, and the administration of articles. An administrator
 * edits any article; a unit administrator those its unit or a unit below it owns, and to anyone else an
 * article out of reach does not exist (404), as tickets do. Every write rewrites the article's search
 * terms (`knowledge_terms`) in the same transaction.
 */
@Injectable()
export class KnowledgeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: DataScopeService,
    private readonly catalogue: Catalogue,
  ) {}

  async search(query: SearchKnowledgeQuery, user: AuthUser) {
    const today = localDateOf(new Date());
    let visibility: KnowledgeVisibility = { validOn: today, publicOnly: false };
    if (query.includeExpired) {
      if (user.role === 'admin') visibility = { validOn: null, publicOnly: false };
      else if (user.role === 'unit_admin') visibility = { validOn: today, orOwnedBy: await this.unitIdsOf(user), publicOnly: false };
      else throw new ForbiddenException('includeExpired is for administrators and unit administrators');
    }
    const found = await this.find(query, visibility, (query.page - 1) * query.pageSize, query.pageSize);
    return {
      total: found.total,
      page: query.page,
      pageSize: query.pageSize,
      items: found.rows.map((row) => staffSummary(row, found.grams, found.asked > 0 && Number(row.title_terms) === found.asked)),
    };
  }

  async publicSearch(query: TextQuery) {
    const found = await this.find(query, { validOn: localDateOf(new Date()), publicOnly: true }, 0, PUBLIC_PAGE_SIZE);
    return { items: found.rows.map((row) => publicSummary(row, found.grams)) };
  }

  /** One article for staff: one valid today, or one the user keeps (whatever its dates). */
  async get(id: number, user: AuthUser) {
    const article = await this.load(id);
    if (!article || !(isValidOn(article, localDateOf(new Date())) || (await this.mayEdit(user, article.ownerUnitId)))) throw notFound(id);
    return staffDetail(article);
  }

  async publicGet(id: number) {
    const article = await this.load(id);
    if (!article || !article.isPublic || !isValidOn(article, localDateOf(new Date()))) throw notFound(id);
    return publicDetail(article);
  }

  async create(input: KnowledgeArticleDto, user: AuthUser) {
    const columns = await this.columnsOf(input, user);
    const id = await this.db.transaction(async (manager) => {
      const { identifiers } = await manager.insert(KnowledgeArticleEntity, columns);
      const inserted = Number(identifiers[0]!.id);
      await writeKnowledgeTerms(manager, { ...columns, id: inserted });
      return inserted;
    });
    return staffDetail((await this.load(id))!);
  }

  async replace(id: number, input: KnowledgeArticleDto, user: AuthUser) {
    await this.loadEditable(id, user);
    const columns = await this.columnsOf(input, user);
    await this.db.transaction(async (manager) => {
      // Deleted meanwhile: nothing to write terms for.
      const { affected } = await manager.update(KnowledgeArticleEntity, { id }, columns);
      if (affected !== 1) throw notFound(id);
      await writeKnowledgeTerms(manager, { ...columns, id });
    });
    return staffDetail((await this.load(id))!);
  }

  /** The article and, by the foreign key's ON DELETE CASCADE, its search terms. */
  async remove(id: number, user: AuthUser): Promise<void> {
    await this.loadEditable(id, user);
    await this.db.getRepository(KnowledgeArticleEntity).delete({ id });
  }

  // ------------------------------------------------------------ search

  /** A page of the articles `query` finds, the number in all, how many terms it asked for and its grams (for excerpts). */
  private async find({ q = '', categoryCode }: TextQuery, visibility: KnowledgeVisibility, offset: number, limit: number) {
    const filter: KnowledgeFilter = { terms: q === '' ? null : queryTerms(q), visibility, categoryCode };
    const asked = filter.terms?.length ?? 0;
    const statement = knowledgeSearchStatement(filter, offset, limit);
    const rows: FoundArticle[] = await this.db.query(statement.sql, statement.params);
    let total = rows.length > 0 ? Number(rows[0]!.total) : 0;
    if (rows.length === 0 && offset > 0) {
      const count = knowledgeCountStatement(filter);
      total = Number((await this.db.query(count.sql, count.params))[0].total);
    }
    return { total, rows, asked, grams: grams(q) };
  }

  // ------------------------------------------------------------ articles and who may edit them

  private load(id: number): Promise<KnowledgeArticleEntity | null> {
    return this.db.getRepository(KnowledgeArticleEntity).findOne({ where: { id }, relations: { category: true, ownerUnit: true } });
  }

  private async loadEditable(id: number, user: AuthUser): Promise<KnowledgeArticleEntity> {
    const article = await this.load(id);
    if (!article || !(await this.mayEdit(user, article.ownerUnitId))) throw notFound(id);
    return article;
  }

  /** An administrator edits any article; a unit administrator those of its unit and the units below it. */
  private async mayEdit(user: AuthUser, ownerUnitId: number | null): Promise<boolean> {
    if (user.role === 'admin') return true;
    if (user.role !== 'unit_admin' || ownerUnitId === null) return false;
    return inScope(await this.scopes.scopeOf(user), ownerUnitId);
  }

  private async unitIdsOf(user: AuthUser): Promise<number[]> {
    const scope = await this.scopes.scopeOf(user);
    return scope.kind === 'units' ? [...scope.unitIds] : [];
  }

  /** The row to write, after the checks the validation pipe cannot make: 400 naming each field at fault. */
  private async columnsOf(input: KnowledgeArticleDto, user: AuthUser) {
    const fields: FieldMessages = {};
    const categoryCode = input.categoryCode ?? null;
    const ownerUnitId = input.ownerUnitId ?? user.unitId;
    const validFrom = input.validFrom ?? null;
    const validTo = input.validTo ?? null;
    if (validFrom !== null && validTo !== null && validTo < validFrom) fields.validTo = ['validTo must not be before validFrom'];
    if (categoryCode !== null && !(await this.catalogue.category(categoryCode))?.active) {
      fields.categoryCode = [`categoryCode ${categoryCode} is not a known category`];
    }
    if (ownerUnitId === null) {
      if (user.role !== 'admin') fields.ownerUnitId = ['ownerUnitId is required'];
    } else if (!(await this.db.getRepository(UnitEntity).existsBy({ id: ownerUnitId, active: true }))) {
      fields.ownerUnitId = [`ownerUnitId ${ownerUnitId} is not a unit`];
    } else if (!(await this.mayEdit(user, ownerUnitId))) {
      fields.ownerUnitId = ['ownerUnitId must be your unit or a unit below it'];
    }
    refuseInvalidFields(fields);
    const keywords = input.keywords ?? '';
    return {
      title: input.title,
      content: input.content,
      categoryCode,
      keywords,
      validFrom,
      validTo,
      ownerUnitId,
      isPublic: input.isPublic ?? true,
    };
  }
}

const isValidOn = (article: Pick<KnowledgeArticleEntity, 'validFrom' | 'validTo'>, day: string): boolean =>
  (article.validFrom === null || article.validFrom <= day) && (article.validTo === null || article.validTo >= day);

const notFound = (id: number) => new NotFoundException(`No knowledge article ${id}`);
