import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { newQueryCode, queryCodeHash } from '#libs/auth';
import { dispatchDueAt } from '#libs/deadlines';
import type { Actor, Channel, RequestType, Urgency } from '#libs/domain';
import { callBatches, refuseInvalidFields, type FieldMessages } from '#libs/platform';
import { TicketEntity, TicketEventEntity } from '#libs/persistence';
import { OutboxRelay, planMessage, routeMessage, ticketPushMessage, writeOutbox } from '#libs/queues';
import { SETTINGS, type Settings } from '#libs/settings';
import { Catalogue } from './catalogue.js';
import { DeadlineClock } from './deadline-clock.js';
import { eventRow } from './event-row.js';
import { ticketDay } from './ticket-number.js';

/** What any channel registers: the operator's form, a letter. */
export interface NewTicket {
  channel: Channel;
  requestType: RequestType;
  categoryCode: string;
  regionCode: string;
  address: string;
  title: string;
  content: string;
  citizenName?: string;
  citizenPhone?: string;
  citizenEmail?: string;
  confidential?: boolean;
  enterprise?: boolean;
  urgency?: Urgency;
  callId?: string;
  /** Whether the citizen agrees that the reply may be published (letters). */
  publishConsent?: boolean;
  /** False: kept in the centre's pool for a dispatcher instead of routed by the rules. */
  route?: boolean;
}

/** Who registers it: an operator, who then owns the ticket (首问负责), or the system for a letter. */
export interface Registrar {
  actor: Actor;
  ownerUserId: number | null;
}

export interface RegisteredTicket {
  id: number;
  number: string;
  /** Told to the citizen once; only its hash is kept. */
  queryCode: string;
  status: 'registered';
}

/** Registrations written together: about as many as operators and letters send at one moment. */
const INTAKE_BATCH = 64;

interface Registration {
  input: NewTicket;
  registrar: Registrar;
}

/**
 * 登记: a ticket, its first timeline entry and its messages (route, timer plan, push) are written in
 * one transaction, and the caller gets the number at once; routing runs on the `dispatch` queue after
 * the commit. Registrations arriving at the same moment share that transaction (`callBatches`).
 */
@Injectable()
export class TicketIntakeService {
  private readonly batches = callBatches<Registration, RegisteredTicket>((each) => this.registerMany(each), INTAKE_BATCH);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly relay: OutboxRelay,
    private readonly clock: DeadlineClock,
    private readonly catalogue: Catalogue,
  ) {}

  async register(input: NewTicket, registrar: Registrar): Promise<RegisteredTicket> {
    await this.requireKnownCodes(input.categoryCode, input.regionCode);
    return this.batches.load({ input, registrar });
  }

  /**
   * Writes a batch at once; if that fails, each registration on its own, so that one that cannot be
   * written fails alone.
   */
  private async registerMany(registrations: readonly Registration[]): Promise<(RegisteredTicket | Error)[]> {
    try {
      return await this.write(registrations);
    } catch (error) {
      if (registrations.length === 1) return [error as Error];
      return Promise.all(registrations.map((each) => this.write([each]).then(([registered]) => registered!, (failure: Error) => failure)));
    }
  }

  private async write(registrations: readonly Registration[]): Promise<RegisteredTicket[]> {
    const now = new Date();
    const numbers = await this.nextNumbers(now, registrations.length);
    const calendar = await this.clock.calendar();
    const tickets = registrations.map(({ input, registrar }, index) => {
      const urgency = input.urgency ?? 'normal';
      const number = numbers[index]!;
      const queryCode = newQueryCode();
      const row = {
        number,
        queryCodeHash: queryCodeHash(this.settings.jwt.secret, number, queryCode),
        channel: input.channel,
        requestType: input.requestType,
        categoryCode: input.categoryCode,
        regionCode: input.regionCode,
        address: input.address,
        title: input.title,
        content: input.content,
        citizenName: input.citizenName ?? null,
        citizenPhone: input.citizenPhone ?? null,
        citizenEmail: input.citizenEmail ?? null,
        publishConsent: input.publishConsent ?? false,
        confidential: input.confidential ?? false,
        enterprise: input.enterprise ?? false,
        urgency,
        status: 'registered' as const,
        ownerUserId: registrar.ownerUserId,
        callId: input.callId ?? null,
        dispatchDueAt: dispatchDueAt(this.clock.policy, calendar, urgency, now),
        version: 1,
      };
      return { row, queryCode, route: input.route ?? true, actor: registrar.actor };
    });
    const ids = await this.db.transaction(async (manager) => {
      const { identifiers } = await manager.insert(
        TicketEntity,
        tickets.map(({ row }) => row),
      );
      const ids = identifiers.map((identifier) => identifier!.id as number);
      await manager.insert(
        TicketEventEntity,
        tickets.map(({ row, route, actor }, index) =>
          eventRow(ids[index]!, { type: 'registered', actor, occurredAt: now, fromStatus: null, toStatus: 'registered' }, null, {
            channel: row.channel,
            route,
          }),
        ),
      );
      await writeOutbox(
        manager,
        ...tickets.flatMap(({ row, route }, index) => {
          const ticketId = ids[index]!;
          return [
            ...(route ? [routeMessage(ticketId, 1)] : []),
            planMessage({ subject: 'ticket', id: ticketId, version: 1 }),
            ticketPushMessage({ ticketId, number: row.number, events: ['registered'], status: 'registered', unitIds: [], occurredAt: now.toISOString() }),
          ];
        }),
      );
      return ids;
    });
    this.relay.nudge();
    return tickets.map(({ row, queryCode }, index) => ({ id: ids[index]!, number: row.number, queryCode, status: 'registered' }));
  }

  /** Unknown codes are the caller's mistake: 400 naming the field, before anything is written. */
  private async requireKnownCodes(categoryCode: string, regionCode: string): Promise<void> {
    const [category, region] = await Promise.all([this.catalogue.category(categoryCode), this.catalogue.hasRegion(regionCode)]);
    const fields: FieldMessages = {};
    if (!category?.active) fields.categoryCode = [`categoryCode ${categoryCode} is not a known category`];
    else if (!category.leaf) fields.categoryCode = [`categoryCode ${categoryCode} is a group; choose one of its leaves`];
    if (!region) fields.regionCode = [`regionCode ${regionCode} is not a known region`];
    refuseInvalidFields(fields);
  }

  /**
   * 工单编号 day + sequence, e.g. 2026112300042: `count` numbers in a row. The counter is bumped in its
   * own statement so its row lock is held for microseconds, not for the tickets' transaction; a failed
   * intake leaves a gap.
   */
  private async nextNumbers(now: Date, count: number): Promise<string[]> {
    const day = ticketDay(now);
    const result: { insertId: number } = await this.db.query(
      'INSERT INTO ticket_sequences (day, last_value) VALUES (?, LAST_INSERT_ID(?)) ' +
        'ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + ?)',
      [day, count, count],
    );
    const first = result.insertId - count + 1;
    return Array.from({ length: count }, (_, index) => `${day}${String(first + index).padStart(5, '0')}`);
  }
}
