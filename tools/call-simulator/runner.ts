/**
 * A run: signs the operators in, sets them ready, then every tick advances the model to the simulated
 * now and sends what happened (events signed and batched, presence, tickets), and every few seconds
 * prints its own count beside the server's board. At the end the calls still in the system are
 * hung up (or, with --drain, finish), the operators go offline and a summary is printed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { beijingTime, planClock, shanghaiMidnight, simTarget } from './clock.ts';
import { sizing } from './erlang.ts';
import { HotlineApi, type Session } from './hotline-api.ts';
import { randomDraws } from './draws.ts';
import { CallCentre, type Happening } from './model.ts';
import type { SimulatorOptions } from './options.ts';
import { planTick, type TicketJob, type TickPlan } from './plan.ts';
import { PresenceMirror } from './presence-mirror.ts';
import { seededRandom, seedOf } from './random.ts';
import { minus, rates, reportLine, totalsOfFigures, totalsOfModel, ZERO_TOTALS, type CallTotals, type Denominator } from './report.ts';
import { ticketBody, ticketCatalogue, type TicketCatalogue } from './tickets.ts';

/** Tickets registered at once at most; more wait their turn (they are not on the call events' path). */
const TICKET_CONCURRENCY = 8;
/** How long the end waits for tickets still being registered. */
const TICKET_DRAIN_MS = 30_000;
/** Clock readings at the start; the one with the shortest round trip sets the offset. */
const CLOCK_READINGS = 3;

export interface RunInput {
  readonly options: SimulatorOptions;
  readonly secret: string;
  /** The logins simulated operators use, round-robin. */
  readonly operatorUsers: readonly string[];
  readonly password: string;
  readonly print: (line: string) => void;
  /** Set by the first Ctrl-C: finish the run. */
  readonly stop: { requested: boolean };
}

const percent = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

export async function run(input: RunInput): Promise<void> {
  const { options, print, stop } = input;
  let offsetMs = 0;
  const serverNow = (): number => Date.now() + offsetMs;
  const api = new HotlineApi(options.url, input.secret, serverNow);

  // ---- the leader's view and the server's clock
  const leader = await api.login(options.leader, input.password);
  const readings = [];
  for (let index = 0; index < CLOCK_READINGS; index++) readings.push(await api.readBoard(leader));
  const reading = readings.reduce((best, candidate) => (candidate.roundTripMs < best.roundTripMs ? candidate : best));
  offsetMs = Math.round(reading.offsetMs);
  const denominator: Denominator = reading.board.serviceLevelDenominator;
  let baseline: CallTotals = totalsOfFigures(readings[readings.length - 1]!.board.today, denominator);
  let baselineDay = shanghaiMidnight(serverNow());
  print(`server ${options.url}: clock ${offsetMs >= 0 ? '+' : ''}${offsetMs} ms from this machine's (round trip ${reading.roundTripMs} ms); service level of ${denominator} calls`);
  if (baseline.offered > 0) print(`the server already counts ${baseline.offered} calls today: its figures below are those since the start of this run`);

  // ---- operators
  const logins = input.operatorUsers.slice(0, Math.min(options.operators, input.operatorUsers.length));
  const sessions: Session[] = [];
  for (const username of logins) sessions.push(await api.login(username, input.password));
  const sessionOfAgent = (agent: number): Session => sessions[agent % sessions.length]!;
  const sessionOfUser = new Map(sessions.map((session) => [session.userId, session]));
  const userOf = (agent: number): number => sessionOfAgent(agent).userId;
  if (options.operators > sessions.length) {
    const shares = sessions.map((session, index) => `${session.username} ×${Math.ceil((options.operators - index) / sessions.length)}`);
    print(
      `${options.operators} simulated operators share ${sessions.length} logins round-robin (${shares.join(', ')}): the server keeps one ` +
        'presence per login, so its operators by state show at most those, and a login is set ready only when none of its operators is on a call',
    );
  } else {
    print(`${options.operators} operators: ${logins.join(', ')}`);
  }

  // The server stamps a presence post with its own clock, the calls carry simulated time: only at
  // speed 1 do the two agree, so only then are operators set ready (see clock.ts).
  const postReady = options.speed === 1;
  const mirror = new PresenceMirror();
  for (const [userId, presence] of await api.presenceList(leader)) mirror.set(userId, presence.state, presence.callId);
  for (const session of sessions) {
    const now = mirror.stateOf(session.userId);
    if (now?.state === 'on_call') {
      print(`warning: ${session.username} is on call ${now.callId} on the server (an earlier run?); set ready once this run's first call for them ends`);
      continue;
    }
    if (!postReady) continue;
    const reply = await api.setPresence(session, 'ready');
    if (reply?.status === 200) mirror.set(session.userId, 'ready');
  }
  if (!postReady) {
    print(`speed ${options.speed}: operators are not set ready (the server would stamp it with its own clock, not the simulated one), so it records no after-call work and its AHT is talk time only`);
  }

  // ---- tickets
  let catalogue: TicketCatalogue | null = null;
  if (options.ticketShare > 0 || options.transferShare > 0) {
    catalogue = ticketCatalogue(await api.reference(sessions[0]!, 'categories'), await api.reference(sessions[0]!, 'regions'));
  }
  const ticketRng = seededRandom(seedOf(`${options.seed}/tickets`));
  const tickets = { queued: 0, registered: 0, transferred: 0, failed: 0 };
  const ticketQueue: TicketJob[] = [];
  let ticketWorkers = 0;
  const ticketIdle: (() => void)[] = [];
  const ticketWork = async (): Promise<void> => {
    ticketWorkers++;
    try {
      for (let job = ticketQueue.shift(); job !== undefined; job = ticketQueue.shift()) {
        const session = sessionOfUser.get(job.userId)!;
        const id = await api.registerTicket(session, ticketBody(ticketRng, catalogue!, job));
        if (id === null) {
          tickets.failed++;
          continue;
        }
        tickets.registered++;
        if (job.transfer) {
          if (await api.transferTicket(session, id, '110')) tickets.transferred++;
          else tickets.failed++;
        }
      }
    } finally {
      ticketWorkers--;
      if (ticketWorkers === 0) ticketIdle.splice(0).forEach((resolve) => resolve());
    }
  };
  const queueTickets = (jobs: readonly TicketJob[]): void => {
    if (catalogue === null || jobs.length === 0) return;
    ticketQueue.push(...jobs);
    tickets.queued += jobs.length;
    while (ticketWorkers < TICKET_CONCURRENCY && ticketWorkers < ticketQueue.length) void ticketWork();
  };

  // ---- the clock and the model
  const plan = planClock({ serverNowMs: serverNow(), speed: options.speed, durationSeconds: options.durationSeconds });
  const size = sizing(options);
  print(
    `offered load ${size.trafficErlangs.toFixed(1)} Erlangs (${options.callsPerMinute} calls/min × ${size.handleSeconds} s talk and after-call work) on ` +
      `${options.operators} operators: ` +
      (size.serviceLevel === null
        ? `more work than operators, at most ${percent(size.capacityShare)} of calls can be answered in the long run`
        : `Erlang C (callers who never hang up) gives ${percent(size.serviceLevel)} answered within 15 s`) +
      `; ${size.agentsFor80} operators would answer 80 % within 15 s`,
  );
  print(
    `seed ${options.seed} (repeat with --seed ${options.seed}); speed ${options.speed}: simulated clock from ${beijingTime(plan.simStartMs)}` +
      (plan.simEndMs === null ? ', until Ctrl-C' : ` to ${beijingTime(plan.simEndMs)} (Beijing time)`),
  );
  if (plan.simStartMs < shanghaiMidnight(serverNow())) {
    print('warning: the simulated clock starts before midnight (Beijing time): calls offered then count in yesterday on the server, and the comparison below will differ');
  }
  const model = new CallCentre(options.operators, randomDraws(seededRandom(seedOf(options.seed)), options), plan.simStartMs, `sim-${Date.now().toString(36)}-`);

  // ---- sending a tick
  let readySkipped = 0;
  let eventsSent = 0;
  let slowestTickMs = 0;
  const send = async (tick: TickPlan): Promise<void> => {
    readySkipped += tick.readySkipped;
    for (const step of tick.steps) {
      if (step.kind === 'events') {
        if (await api.postEvents(step.events)) eventsSent += step.events.length;
      } else {
        await Promise.all(step.userIds.map((userId) => api.setPresence(sessionOfUser.get(userId)!, 'ready')));
      }
    }
    queueTickets(tick.tickets);
  };
  const step = async (happenings: Happening[]): Promise<void> => send(planTick(happenings, userOf, mirror, postReady));

  const realStart = Date.now();
  const report = async (): Promise<void> => {
    const sim = totalsOfModel(model.counts);
    const line = { simAtMs: model.now, elapsedMs: Date.now() - realStart, sim, simWaiting: model.live().waiting, denominator, failed: api.failures.total };
    try {
      const { board } = await api.readBoard(leader);
      const day = shanghaiMidnight(serverNow());
      if (day !== baselineDay) {
        print('(midnight, Beijing time: the server starts a new day, and its figures below count from it)');
        baseline = ZERO_TOTALS;
        baselineDay = day;
      }
      print(reportLine({ ...line, server: minus(totalsOfFigures(board.today, denominator), baseline), serverWaiting: board.live.waiting }));
    } catch (error) {
      print(reportLine({ ...line, server: null, serverWaiting: 0, serverProblem: (error as Error).message }));
    }
  };

  // ---- the run
  const reportMs = options.reportSeconds * 1000;
  let nextReport = realStart + reportMs;
  const tick = async (withinRun: boolean): Promise<void> => {
    const tickStart = Date.now();
    const elapsed = tickStart - realStart;
    // While draining, the run's end no longer bounds the clock; the server's now still does.
    const target = withinRun ? simTarget(plan, elapsed, serverNow()) : simTarget({ ...plan, simEndMs: null }, elapsed, serverNow());
    await step(model.advance(Math.max(target, model.now)));
    slowestTickMs = Math.max(slowestTickMs, Date.now() - tickStart);
    if (Date.now() >= nextReport) {
      await report();
      nextReport = Math.max(nextReport + reportMs, Date.now());
    }
    const rest = options.tickMs - (Date.now() - tickStart);
    if (rest > 0) await sleep(rest);
  };
  const durationMs = options.durationSeconds === null ? Infinity : options.durationSeconds * 1000;
  while (!stop.requested && Date.now() - realStart < durationMs) await tick(true);
  // The last instant of the run: up to its end, or to where Ctrl-C stopped it.
  await step(model.advance(Math.max(model.now, simTarget(plan, Date.now() - realStart, serverNow()))));

  if (options.drain) {
    stop.requested = false; // the next Ctrl-C ends the drain; the one after quits
    print('draining: no more callers; those waiting and talking carry on (Ctrl-C to hang them up now)');
    model.stopArrivals();
    while (!model.idle && !stop.requested) await tick(false);
  }
  const cut = model.hangUp();
  if (cut.length > 0) print(`stopping: ${cut.filter((h) => h.kind === 'abandoned').length} waiting callers hang up, ${cut.filter((h) => h.kind === 'ended').length} talks end now`);
  await step(cut);
  for (const session of sessions) {
    if (mirror.mayPost(session.userId, 'offline')) {
      const reply = await api.setPresence(session, 'offline');
      if (reply?.status === 200) mirror.set(session.userId, 'offline');
    }
  }
  if (ticketWorkers > 0) {
    print(`waiting for ${ticketQueue.length + ticketWorkers} ticket registrations…`);
    await Promise.race([new Promise<void>((resolve) => ticketIdle.push(resolve)), sleep(TICKET_DRAIN_MS)]);
  }
  await report();

  // ---- summary
  const counts = model.counts;
  const own = rates(totalsOfModel(counts), denominator);
  print(
    `calls: offered ${counts.offered}, answered ${counts.answered} (answer rate ${percent(own.answerRate)}, service level ${percent(own.serviceLevel)}), ` +
      `abandoned ${counts.abandoned} (${counts.shortAbandoned} within 5 s, ${counts.cutAbandoned} at the stop), transferred to 110 ${counts.transferred}, ` +
      `talks cut at the stop ${counts.cutEnded}; AHT ${counts.handled === 0 ? '–' : `${(counts.handleMs / counts.handled / 1000).toFixed(1)} s`}`,
  );
  print(`tickets: ${tickets.registered} registered of ${tickets.queued}, ${tickets.transferred} transferred to 110, ${tickets.failed} failed`);
  const sent = [...api.sent].map(([what, count]) => `${what} ${count}`).join(', ');
  print(
    `requests: ${sent}; ${eventsSent} events accepted, ${api.eventRetries} event batches sent again, ${readySkipped} 'ready' not posted ` +
      `(the login on another simulated operator's call, or ready already${postReady ? '' : ', or not at speed 1'}); slowest tick ${slowestTickMs} ms; failed ${api.failures.total}`,
  );
  for (const line of api.failures.lines()) print(`  ${line}`);
}
