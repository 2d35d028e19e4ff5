// The reports bench (`npm run bench -- --only reports`, or `npx vite-node tests/bench/reports.ts`):
// does building one client's weekly report cost what the week costs, not what the history costs?
//   a. a 100,000-entry database (10 clients over 5 years) against a 1,000-entry one whose read
//      windows hold exactly the same rows (goal: ratio ≤ 1.5);
//   b. the report build (loadReport: one read transaction + buildReport) against a raw Dexie
//      index-range read of the same entries (goal: ratio ≤ 2).
// Two clients are measured: one without a monthly package (reads the week) and one with a package
// (also reads its month up to the week's end, for the budget; its raw read covers that month).
// Runs in Node on fake-indexeddb, not Chromium's IndexedDB: absolute times are not the
// browser's, ratios are what matter. It reports and does not gate: exit 0 when a goal is missed,
// non-zero only on real errors.
//
// Options: --rounds N   measured rounds (default 9; the median is reported)
//          --builds N   reports built (and raw reads done) per round and side (default 50)
//          --seed N     PRNG seed for the generated data (default 48)
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type {
  Appointment,
  Client,
  EmailActivity,
  TaggedThread,
  TimeEntry,
} from '../../utils/model/types';

// `wxt/utils/storage` (imported by the repositories) binds to the global `browser` when it is
// first imported, so the fake goes in before any app module loads (what WxtVitest's setup does).
Object.assign(globalThis, { chrome: fakeBrowser, browser: fakeBrowser });
const { createDb, setDbForTests } = await import('../../utils/db/app-db');
const { loadReport, readReportData } = await import('../../utils/db/report-reader');
const { buildReport } = await import('../../utils/reports/build');
const { MAX_ENTRY_MS } = await import('../../utils/time/units');
const { dateInputValue } = await import('../../utils/time/local-day');
const { monthRange, weekRange } = await import('../../utils/time/weeks');

type AppDb = ReturnType<typeof createDb>;

const BIG = 100_000;
const SMALL = 1_000;
const CLIENTS = 10;
const YEARS = 5;
const THREADS_PER_CLIENT = 100;
const CHUNK = 5_000;
const HISTORY_GOAL = 1.5;
const RAW_GOAL = 2;
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const ACTIVITIES = ['email', 'call', 'meeting', 'scheduling', 'admin', 'bookkeeping', 'social'];

interface Options {
  rounds: number;
  builds: number;
  seed: number;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { rounds: 9, builds: 50, seed: 48 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') continue;
    const v = Number(argv[++i]);
    if (!Number.isInteger(v) || v < 1) throw new Error(`${a} needs a whole number ≥ 1`);
    if (a === '--rounds') opts.rounds = v;
    else if (a === '--builds') opts.builds = v;
    else if (a === '--seed') opts.seed = v;
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// A fixed clock: Thursday 26 November 2026, noon; the measured week is the one before.
const NOW = new Date(2026, 10, 26, 12).getTime();
const WEEK = weekRange(NOW - 7 * DAY, 1);
const HISTORY_FROM = new Date(2021, 10, 23).getTime();

function makeClient(i: number, rand: () => number): Client {
  const name = `Client ${String(i).padStart(2, '0')}`;
  return {
    id: `client-${i}`,
    name,
    nameKey: name.toLowerCase(),
    shortName: `C${i}`,
    color: '#1a73e8',
    emails: [`office@client${i}.example`],
    domains: [`client${i}.example`],
    gmailAccounts: [],
    hourlyRate: 2500 + Math.floor(rand() * 40) * 100,
    currency: i % 4 === 3 ? 'USD' : 'EUR',
    rounding: ([0, 1, 5, 6, 10, 15, 30] as const)[i % 7]!,
    minimumMinutes: i % 3 === 0 ? 15 : 0,
    timeZone: 'Europe/Rome',
    language: i % 2 ? 'en' : 'it',
    billableByDefault: true,
    // Client 0 has no package (its report reads the week); client 1 has one (reads the month).
    monthlyBudgetHours: i === 0 ? null : i % 2 ? 20 : null,
    notes: '',
    taskTypes: [{ id: `task-${i}`, name: 'Appointment booked', fee: 500 }],
    archived: 0,
    createdAt: HISTORY_FROM,
    updatedAt: HISTORY_FROM,
  };
}

interface Dataset {
  clients: Client[];
  threads: TaggedThread[];
  entries: TimeEntry[];
  appointments: Appointment[];
  emailActivity: EmailActivity[];
}

/** 100,000 entries spread evenly over five years, each for a random client. */
function generate(seed: number): Dataset {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const clients = Array.from({ length: CLIENTS }, (_, i) => makeClient(i, rand));
  const threads: TaggedThread[] = clients.flatMap((c) =>
    Array.from({ length: THREADS_PER_CLIENT }, (_, n) => ({
      id: `0:${c.id}-thread-${n}`,
      threadId: `${c.id}-thread-${n}`,
      account: 0,
      clientId: c.id,
      subject: `Re: request ${n} from ${c.name}`,
      participants: [`office@${c.domains[0]}`],
      status: 'needsReply' as const,
      followUpAt: null,
      notes: '',
      lastSeenAt: HISTORY_FROM,
      createdAt: HISTORY_FROM,
      updatedAt: HISTORY_FROM,
    })),
  );
  const threadsOf = (clientId: string) => threads.filter((t) => t.clientId === clientId);
  const byClient = new Map(clients.map((c) => [c.id, threadsOf(c.id)]));

  const span = NOW - 60 * MIN - HISTORY_FROM;
  const slot = span / BIG;
  const entries: TimeEntry[] = [];
  for (let k = 0; k < BIG; k++) {
    const client = pick(clients);
    const start = Math.floor((HISTORY_FROM + k * slot + rand() * slot) / MIN) * MIN;
    const end = start + (5 + Math.floor(rand() * 115)) * MIN;
    const task = rand() < 0.05 ? client.taskTypes[0]! : null;
    entries.push({
      id: `entry-${String(k).padStart(6, '0')}`,
      clientId: client.id,
      start,
      end,
      note: rand() < 0.5 ? `Work item ${k}` : '',
      billable: rand() < 0.9,
      activityType: pick(ACTIVITIES),
      task: task && { typeId: task.id, name: task.name, fee: task.fee },
      caller: '',
      threadId: rand() < 0.3 ? pick(byClient.get(client.id)!).id : null,
      appointmentId: null,
      calendarEventId: null,
      createdAt: end,
      updatedAt: end,
    });
  }
  // One timer left running today (the report reads the running index too).
  const running = entries[BIG - 1]!;
  running.start = NOW - 40 * MIN;
  running.end = null;
  running.running = 1;

  const appointments: Appointment[] = [];
  for (let k = 0; k < 2 * CLIENTS * YEARS * 52; k++) {
    const client = pick(clients);
    const start = Math.floor((HISTORY_FROM + rand() * span) / (15 * MIN)) * 15 * MIN;
    appointments.push({
      id: `appointment-${String(k).padStart(5, '0')}`,
      clientId: client.id,
      title: `Meeting ${k}`,
      start,
      end: start + 45 * MIN,
      timeZone: 'Europe/Rome',
      location: '',
      guests: [],
      notes: '',
      threadId: null,
      calendarEventId: null,
      status: 'scheduled',
      createdAt: start,
      updatedAt: start,
    });
  }

  const emailActivity = new Map<string, EmailActivity>();
  for (let day = HISTORY_FROM; day < NOW; day += DAY) {
    for (let n = 0; n < 3; n++) {
      const thread = pick(threads);
      const dayText = dateInputValue(day + 12 * 60 * MIN); // noon: safe across DST changes
      const id = `${dayText}|${thread.id}`;
      emailActivity.set(id, {
        id,
        day: dayText,
        account: 0,
        threadId: thread.threadId,
        activeMs: Math.floor(rand() * 20 * MIN),
        updatedAt: day,
      });
    }
  }
  return { clients, threads, entries, appointments, emailActivity: [...emailActivity.values()] };
}

/** The entries a report for `client` reads: from 24 h before its week (or month) to the week's end. */
function readWindow(client: Client): { from: number; to: number } {
  const from = client.monthlyBudgetHours ? monthRange(WEEK.to - 1).from : WEEK.from;
  return { from: Math.min(from, WEEK.from) - MAX_ENTRY_MS, to: WEEK.to };
}

/**
 * 1,000 entries whose measured read windows hold exactly the big database's rows (so each report
 * does identical work), topped up with the oldest history.
 */
function shrink(big: Dataset, measured: readonly Client[]): Dataset {
  const inWindow = (e: TimeEntry) =>
    e.end === null ||
    measured.some((c) => {
      const w = readWindow(c);
      return e.clientId === c.id && e.start >= w.from && e.start < w.to;
    });
  const entries = big.entries.filter(inWindow);
  if (entries.length > SMALL) throw new Error(`${entries.length} window rows exceed ${SMALL}`);
  const kept = new Set(entries.map((e) => e.id));
  for (const e of big.entries) {
    if (entries.length === SMALL) break;
    if (!kept.has(e.id)) entries.push(e);
  }
  const inWeek = (start: number) => start >= WEEK.from && start < WEEK.to;
  const weekDays = new Set<string>();
  for (let d = WEEK.from; d < WEEK.to; d += DAY) weekDays.add(dateInputValue(d + 12 * 60 * MIN));
  const topUp = <T>(rows: readonly T[], keep: (row: T) => boolean, extra: number) => [
    ...rows.filter(keep),
    ...rows.filter((r) => !keep(r)).slice(0, extra),
  ];
  return {
    clients: big.clients,
    threads: big.threads,
    entries,
    appointments: topUp(big.appointments, (a) => inWeek(a.start), 50),
    emailActivity: topUp(big.emailActivity, (r) => weekDays.has(r.day), 50),
  };
}

async function seed(name: string, data: Dataset): Promise<AppDb> {
  const db = createDb(name);
  await db.open();
  await db.clients.bulkAdd(data.clients);
  await db.threads.bulkAdd(data.threads);
  await db.appointments.bulkAdd(data.appointments);
  await db.emailActivity.bulkAdd(data.emailActivity);
  for (let i = 0; i < data.entries.length; i += CHUNK)
    await db.timeEntries.bulkAdd(data.entries.slice(i, i + CHUNK));
  const count = await db.timeEntries.count();
  if (count !== data.entries.length) throw new Error(`${name}: ${count} entries stored`);
  return db;
}

async function build(db: AppDb, clientId: string) {
  setDbForTests(db);
  return loadReport({ from: WEEK.from, to: WEEK.to, clientId }, NOW);
}

function rawRead(db: AppDb, client: Client) {
  const w = readWindow(client);
  return db.timeEntries
    .where('[clientId+start]')
    .between([client.id, w.from], [client.id, w.to], true, false)
    .toArray();
}

/**
 * The same rows the report reads (its client, the entries, the running timer, the appointments and
 * the email time of the week), read raw in one read transaction: what reading alone costs.
 */
function rawReadAll(db: AppDb, client: Client) {
  const w = readWindow(client);
  const days = [dateInputValue(WEEK.from), dateInputValue(WEEK.to - 1)] as const;
  return db.transaction('r', [db.clients, db.timeEntries, db.appointments, db.emailActivity], () =>
    Promise.all([
      db.clients.get(client.id),
      db.timeEntries
        .where('[clientId+start]')
        .between([client.id, w.from], [client.id, w.to], true, false)
        .toArray(),
      db.timeEntries.where('running').equals(1).toArray(),
      db.appointments
        .where('[clientId+start]')
        .between([client.id, WEEK.from], [client.id, WEEK.to], true, false)
        .toArray(),
      db.emailActivity.where('day').between(days[0], days[1], true, true).toArray(),
    ]),
  );
}

interface Sample {
  /** This process's CPU time (user + system): barely moved by other work on a shared machine. */
  cpu: number;
  wall: number;
}

/** Mean ms per call over `n` sequential calls. */
async function perCall(n: number, fn: () => Promise<unknown>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000 / n, wall: wall / n };
}

interface Measured {
  client: string;
  reads: string;
  rows: number;
  bigMs: number;
  smallMs: number;
  rawMs: number;
  /** Raw reads of every row the report reads, and the build's ratio to them. */
  rawAllMs: number;
  rawAllRatio: number;
  /** Where the big build's time goes: the read transaction, then the pure build. */
  readMs: number;
  pureBuildMs: number;
  historyRatio: number;
  rawRatio: number;
  /** The same medians in wall-clock time, which other processes' load moves more. */
  wall: { bigMs: number; smallMs: number; rawMs: number; historyRatio: number; rawRatio: number };
}

async function measure(big: AppDb, small: AppDb, client: Client, opts: Options): Promise<Measured> {
  // Identical work: the two databases must yield the same report.
  const [a, b] = [await build(big, client.id), await build(small, client.id)];
  if (JSON.stringify(a) !== JSON.stringify(b))
    throw new Error(`${client.name}: the 1k and 100k databases give different reports`);
  const rows = (await rawRead(big, client)).length;
  if ((await rawRead(small, client)).length !== rows) throw new Error('raw reads differ');

  const query = { from: WEEK.from, to: WEEK.to, clientId: client.id };
  setDbForTests(big);
  const data = await readReportData(query);
  const sides: Record<
    'big' | 'small' | 'raw' | 'rawAll' | 'read' | 'pure',
    () => Promise<unknown>
  > = {
    big: () => build(big, client.id),
    small: () => build(small, client.id),
    raw: () => rawRead(big, client),
    rawAll: () => rawReadAll(big, client),
    read: () => {
      setDbForTests(big);
      return readReportData(query);
    },
    pure: async () => buildReport(data, query, NOW),
  };
  const order = ['big', 'small', 'raw', 'rawAll', 'read', 'pure'] as const;
  for (const side of order) await perCall(Math.max(10, opts.builds / 2), sides[side]); // warm-up
  const times: Record<(typeof order)[number], Sample[]> = {
    big: [],
    small: [],
    raw: [],
    rawAll: [],
    read: [],
    pure: [],
  };
  for (let r = 0; r < opts.rounds; r++) {
    // Rotate which side goes first, so background load on a shared machine hits all alike.
    for (let i = 0; i < order.length; i++) {
      const side = order[(r + i) % order.length]!;
      times[side].push(await perCall(opts.builds, sides[side]));
    }
  }
  const cpu = (side: (typeof order)[number]) => median(times[side].map((t) => t.cpu));
  const wall = (side: (typeof order)[number]) => median(times[side].map((t) => t.wall));
  const [bigMs, smallMs, rawMs] = [cpu('big'), cpu('small'), cpu('raw')];
  const w = readWindow(client);
  return {
    client: client.name,
    reads: `${dateInputValue(w.from)} → ${dateInputValue(w.to - 1)}`,
    rows,
    bigMs,
    smallMs,
    rawMs,
    rawAllMs: cpu('rawAll'),
    rawAllRatio: bigMs / cpu('rawAll'),
    readMs: cpu('read'),
    pureBuildMs: cpu('pure'),
    historyRatio: bigMs / smallMs,
    rawRatio: bigMs / rawMs,
    wall: {
      bigMs: wall('big'),
      smallMs: wall('small'),
      rawMs: wall('raw'),
      historyRatio: wall('big') / wall('small'),
      rawRatio: wall('big') / wall('raw'),
    },
  };
}

const ms = (x: number) => `${x.toFixed(3)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** Both databases, seeded; the generated arrays are left for the GC once stored. */
async function seedBoth(seedValue: number) {
  const bigData = generate(seedValue);
  const measured = [bigData.clients[0]!, bigData.clients[1]!];
  const smallData = shrink(bigData, measured);
  const t0 = performance.now();
  const big = await seed(`bench-reports-100k-${seedValue}`, bigData);
  const t1 = performance.now();
  const small = await seed(`bench-reports-1k-${seedValue}`, smallData);
  console.log(
    `Seeded ${bigData.entries.length} entries (${CLIENTS} clients, ${YEARS} years, ` +
      `${bigData.appointments.length} appointments, ${bigData.emailActivity.length} email-time ` +
      `rows) in ${((t1 - t0) / 1000).toFixed(1)} s, and ${smallData.entries.length} entries in ` +
      `${((performance.now() - t1) / 1000).toFixed(1)} s.`,
  );
  return { big, small, measured };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  console.log(
    '== Reports: one client’s week, 100,000 entries against 1,000 and against a raw read ==\n' +
      'Storage: fake-indexeddb in Node, not Chromium’s IndexedDB: compare ratios, not absolute ' +
      'times.\nTimes are this process’s CPU time per build (wall clock in brackets), median of ' +
      `${opts.rounds} rounds of ${opts.builds}; week ${dateInputValue(WEEK.from)} → ` +
      `${dateInputValue(WEEK.to - 1)}.`,
  );
  const { big, small, measured } = await seedBoth(opts.seed);

  const results: Measured[] = [];
  for (const client of measured) {
    const m = await measure(big, small, client, opts);
    results.push(m);
    const pkg = client.monthlyBudgetHours ? 'monthly package: reads the month too' : 'no package';
    console.log(
      `\n${m.client} (${pkg}; ${m.rows} entries read, ${m.reads})\n` +
        `  build, 100k entries: ${ms(m.bigMs)} [${ms(m.wall.bigMs)}]   build, 1k entries: ` +
        `${ms(m.smallMs)} [${ms(m.wall.smallMs)}]\n` +
        `  ratio 100k/1k ${m.historyRatio.toFixed(2)} [${m.wall.historyRatio.toFixed(2)}] ` +
        `(goal ≤ ${HISTORY_GOAL}): ${verdict(m.historyRatio <= HISTORY_GOAL)}\n` +
        `  raw [clientId+start] read, 100k: ${ms(m.rawMs)} [${ms(m.wall.rawMs)}]   build/raw ` +
        `${m.rawRatio.toFixed(2)} [${m.wall.rawRatio.toFixed(2)}] (goal ≤ ${RAW_GOAL}): ` +
        `${verdict(m.rawRatio <= RAW_GOAL)}\n` +
        `  raw reads of every row the report reads (entries, running timer, appointments, email ` +
        `time, client; one transaction): ${ms(m.rawAllMs)}   build/raw-all ` +
        `${m.rawAllRatio.toFixed(2)} (goal ≤ ${RAW_GOAL}): ${verdict(m.rawAllRatio <= RAW_GOAL)}\n` +
        `  where the build goes: readReportData (one read transaction over 5 stores) ` +
        `${ms(m.readMs)}, buildReport (pure) ${ms(m.pureBuildMs)}`,
    );
  }
  big.close();
  small.close();
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nReports bench finished in ${seconds.toFixed(0)} s.`);
  const round = (x: number, d = 3) => Number(x.toFixed(d));
  const rounded = (o: Record<string, number>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));
  console.log(
    JSON.stringify({
      bench: 'va-desk-reports',
      storage: 'fake-indexeddb (Node)',
      timing: 'process CPU time per build; wall clock under "wall"',
      options: opts,
      week: { from: WEEK.from, to: WEEK.to },
      results: results.map(({ client, reads, rows, wall, ...figures }) => ({
        client,
        reads,
        rows,
        ...rounded(figures),
        historyGoal: HISTORY_GOAL,
        historyPass: figures.historyRatio <= HISTORY_GOAL,
        rawGoal: RAW_GOAL,
        rawPass: figures.rawRatio <= RAW_GOAL,
        wall: rounded(wall),
      })),
      seconds: round(seconds, 1),
    }),
  );
}

main().catch((err: unknown) => {
  console.error(
    `\nreports bench error: ${err instanceof Error ? (err.stack ?? err.message) : err}`,
  );
  process.exit(1);
});
