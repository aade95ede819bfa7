import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { newQueryCode, queryCodeHash } from '#libs/auth';
import { dispatchDueAt } from '#libs/deadlines';
import type { Actor, Channel, RequestType, Urgency } from '#libs/domain';
import { invalidFields } from '#libs/platform';
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

/**
 * 登记: a ticket, its first timeline entry and its route message are written in one transaction, and
 * the caller gets the number at once; routing runs on the `dispatch` queue after the commit.
 */
@Injectable()
export class TicketIntakeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly relay: OutboxRelay,
    private readonly clock: DeadlineClock,
    private readonly catalogue: Catalogue,
  ) {}

  async register(input: NewTicket, registrar: Registrar): Promise<RegisteredTicket> {
    await this.requireKnownCodes(input.categoryCode, input.regionCode);
    const now = new Date();
    const urgency = input.urgency ?? 'normal';
    const number = await this.nextNumber(now);
    const queryCode = newQueryCode();
    const dispatchDue = dispatchDueAt(this.clock.policy, await this.clock.calendar(), urgency, now);
    const route = input.route ?? true;
    const id = await this.db.transaction(async (manager) => {
      const inserted = await manager.insert(TicketEntity, {
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
        status: 'registered',
        ownerUserId: registrar.ownerUserId,
        callId: input.callId ?? null,
        dispatchDueAt: dispatchDue,
        version: 1,
      });
      const ticketId = inserted.identifiers[0]!.id as number;
      const event = { type: 'registered', actor: registrar.actor, occurredAt: now, fromStatus: null, toStatus: 'registered' as const };
      await manager.insert(TicketEventEntity, eventRow(ticketId, event, null, { channel: input.channel, route }));
      if (route) await writeOutbox(manager, routeMessage(ticketId, 1));
      await writeOutbox(manager, planMessage({ subject: 'ticket', id: ticketId, version: 1 }));
      await writeOutbox(
        manager,
        ticketPushMessage({ ticketId, number, events: ['registered'], status: 'registered', unitIds: [], occurredAt: now.toISOString() }),
      );
      return ticketId;
    });
    this.relay.nudge();
    return { id, number, queryCode, status: 'registered' };
  }

  /** Unknown codes are the caller's mistake: 400 naming the field, before anything is written. */
  private async requireKnownCodes(categoryCode: string, regionCode: string): Promise<void> {
    const [category, region] = await Promise.all([this.catalogue.category(categoryCode), this.catalogue.hasRegion(regionCode)]);
    const fields: Record<string, string[]> = {};
    if (!category?.active) fields.categoryCode = [`categoryCode ${categoryCode} is not a known category`];
    else if (!category.leaf) fields.categoryCode = [`categoryCode ${categoryCode} is a group; choose one of its leaves`];
    if (!region) fields.regionCode = [`regionCode ${regionCode} is not a known region`];
    if (Object.keys(fields).length > 0) throw invalidFields(fields);
  }

  /**
   * 工单编号 day + sequence, e.g. 2026112300042. The counter is bumped in its own statement so its row
   * lock is held for microseconds, not for the ticket's transaction; a failed intake leaves a gap.
   */
  private async nextNumber(now: Date): Promise<string> {
    const day = ticketDay(now);
    const result: { insertId: number } = await this.db.query(
      'INSERT INTO ticket_sequences (day, last_value) VALUES (?, LAST_INSERT_ID(1)) ' +
        'ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)',
      [day],
    );
    return `${day}${String(result.insertId).padStart(5, '0')}`;
  }
}
