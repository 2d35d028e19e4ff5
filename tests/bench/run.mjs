// `npm run bench`: three benches, one after the other.
// 1. Gmail (below): what the Gmail content script costs.
//   a. its size, raw and gzipped (goal ≤ 8 KB gzipped), and the size of the compose script
//      (gmail-compose.js, snippets into Gmail), which loads beside it and counts in b;
//   b. main-thread time (CDP Performance.getMetrics TaskDuration) on a busy Gmail-like page
//      (tests/fixtures/gmail/app) in Chromium WITH the extension against Chromium WITHOUT any
//      extension, in pairs (goal: median ratio ≤ 1.05);
//   c. the content script's own counters (observer callbacks and settles per navigation), read
//      over CDP from its isolated world.
// Prints readable figures, then one JSON line. It reports and does not gate: the exit code is 0
// when a goal is missed and non-zero only on real errors (build failure, browser failure…).
//
// How a pair runs: both browsers are launched (one WITH, one WITHOUT), each opens the app, waits for
// its first render and ~1 s, and does a few warm-up navigations. Then each side's cumulative
// metrics are read, the navigations run in chunks that alternate between the two sides (ABBA order,
// so background load on a shared machine hits both alike), and after a last pause both sides'
// metrics are read again. Each side's delta is its cost; anything the content script does after a
// navigation (debounced checks) lands inside its own window. Which side goes first alternates from
// pair to pair. `--chunks 1` is the plain form: one runBench(N) per side, one after the other.
//
// 2. Reports (tests/bench/reports.ts, run with vite-node on fake-indexeddb in Node): one client's
//    weekly report with 100,000 entries against 1,000 (goal ≤ 1.5) and against a raw Dexie
//    index-range read of the same rows (goal ≤ 2). Its header comment says more.
// 3. Snippets (tests/bench/snippets-search.mjs): search over 5,000 snippets per keystroke against a
//    plain substring scan (goal ≤ 2×).
//
// Options: --only gmail|reports|snippets   run one bench only (default: all three)
//          --rounds N   reports: measured rounds (default 9)
//          --builds N   reports: builds per round and side (default 50)
//          --seed N     reports: seed of the generated data (default 48)
//          --no-build   skip `npx wxt build`
//          --pairs N    pairs (default 7)
//          --navs N     navigations per side and pair (default 50)
//          --chunks N   chunks the navigations are split into (default 10, i.e. 5 at a time; keep it even)
//          --dwell MS   pause after each navigation (default 0: the next one starts as soon as the
//                       app has rendered, so a debounced watcher may merge navigations)
//          --hl en|it   Gmail UI language of the fixture (default en)
//          --aa         calibration: WITHOUT against WITHOUT, to see the noise floor of the ratio
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, ROOT, launchExtension, newProfileDir } from '../e2e/harness.mjs';
import { extensionStats, metrics, trackContexts } from './cdp.mjs';
import { launchPlain } from './launch-plain.mjs';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/';
const FIXTURE = 'gmail/app/source.html';
const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts/gmail.js');
const CALENDAR_SCRIPT = join(EXTENSION_DIR, 'content-scripts/calendar.js'); // size only
/** Loaded beside gmail.js; idle (one focusin listener) until a compose body gets focus. */
const COMPOSE_SCRIPT = join(EXTENSION_DIR, 'content-scripts/gmail-compose.js');
const SIZE_GOAL = 8 * 1024; // bytes, gzipped
const RATIO_GOAL = 1.05;
const WARMUP_NAVS = 6;
const START_WAIT_MS = 1000; // lets the content script start (both sides wait, to stay alike)
const SETTLE_WAIT_MS = 500; // lets a debounced check finish after the last navigation
const CHUNK_GAP_MS = 100;

export function parseArgs(argv) {
  const opts = {
    only: null,
    reportsArgs: [],
    build: true,
    pairs: 7,
    navs: 50,
    chunks: 10,
    dwell: 0,
    hl: 'en',
    aa: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a whole number`);
      return v;
    };
    if (a === '--only') {
      opts.only = argv[++i];
      if (!['gmail', 'reports', 'snippets'].includes(opts.only))
        throw new Error('--only needs gmail, reports or snippets');
    } else if (a === '--rounds' || a === '--builds' || a === '--seed')
      opts.reportsArgs.push(a, String(num()));
    else if (a === '--no-build') opts.build = false;
    else if (a === '--pairs') opts.pairs = num();
    else if (a === '--navs') opts.navs = num();
    else if (a === '--chunks') opts.chunks = num();
    else if (a === '--dwell') opts.dwell = num();
    else if (a === '--hl') opts.hl = argv[++i] === 'it' ? 'it' : 'en';
    else if (a === '--aa') opts.aa = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.pairs < 1) throw new Error('--pairs must be at least 1');
  if (opts.navs < 2) throw new Error('--navs must be at least 2');
  opts.chunks = Math.min(Math.max(opts.chunks, 1), opts.navs);
  return opts;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 1) => (x === null || x === undefined ? null : Number(x.toFixed(d)));
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

function build() {
  const started = performance.now();
  console.log('Building the extension (npx wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (r.status !== 0) {
    process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
    throw new Error(`npx wxt build failed (exit ${r.status ?? r.signal})`);
  }
  console.log(`Build done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

function measureSize(file = CONTENT_SCRIPT) {
  if (!existsSync(file)) return { exists: false, goalBytes: SIZE_GOAL, pass: null };
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  return {
    exists: true,
    rawBytes: raw.length,
    gzipBytes: gzip,
    goalBytes: SIZE_GOAL,
    pass: gzip <= SIZE_GOAL,
  };
}

/** A browser with the app open, first render done, warmed up, CDP attached. */
export async function openSession(withExtension, opts) {
  const profileDir = newProfileDir();
  const language = opts.hl;
  let browser;
  try {
    browser = withExtension
      ? await launchExtension({ profileDir, language })
      : await launchPlain({ profileDir, language });
    browser.serve(GMAIL_URL, FIXTURE);
    const page = await browser.context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`${GMAIL_URL}${language === 'it' ? '?hl=it' : ''}#inbox`);
    await page.waitForFunction(() => window.__gmailApp?.navigationsDone >= 1, null, {
      timeout: 15_000,
    });
    await sleep(START_WAIT_MS);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const tracked = await trackContexts(cdp);
    await page.evaluate((n) => window.__gmailApp.runBench(n), WARMUP_NAVS);
    return {
      withExtension,
      page,
      cdp,
      pageErrors,
      blocked: browser.blocked,
      readStats: () =>
        withExtension
          ? extensionStats(cdp, tracked, browser.extensionId)
          : Promise.resolve({ stats: null, context: null }),
      async close() {
        await browser.close().catch(() => {});
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
    throw err;
  }
}

/** Runs one pair: sessions[0] and sessions[1], chunks in ABBA order starting with `firstIndex`. */
export async function measurePair(sessions, opts, firstIndex) {
  const start = [];
  const statsBefore = [];
  for (const s of sessions) {
    statsBefore.push(await s.readStats());
    start.push(await metrics(s.cdp));
  }
  const runs = [[], []];
  for (let c = 0; c < opts.chunks; c++) {
    const n = Math.floor(opts.navs / opts.chunks) + (c < opts.navs % opts.chunks ? 1 : 0);
    const first = c % 2 === 0 ? firstIndex : 1 - firstIndex; // A B B A A B …
    for (const i of [first, 1 - first]) {
      runs[i].push(
        await sessions[i].page.evaluate(
          ([count, dwellMs]) => window.__gmailApp.runBench(count, { dwellMs }),
          [n, opts.dwell],
        ),
      );
      await sleep(CHUNK_GAP_MS);
    }
  }
  await sleep(SETTLE_WAIT_MS);
  return Promise.all(
    sessions.map(async (s, i) => {
      const end = await metrics(s.cdp);
      const statsAfter = await s.readStats();
      if (s.pageErrors.length) throw new Error(`the fixture threw: ${s.pageErrors.join('; ')}`);
      const sum = (k) => runs[i].reduce((t, r) => t + r[k], 0);
      if (sum('navigations') !== opts.navs)
        throw new Error(`expected ${opts.navs} navigations, the app did ${sum('navigations')}`);
      const delta = (k) => (end[k] - start[i][k]) * 1000;
      let stats = null;
      if (statsBefore[i].stats && statsAfter.stats) {
        stats = {};
        for (const k of Object.keys(statsAfter.stats))
          stats[k] = (statsAfter.stats[k] ?? 0) - (statsBefore[i].stats[k] ?? 0);
      }
      return {
        taskMs: delta('TaskDuration'),
        threadCpuMs: delta('ThreadTime'),
        scriptMs: delta('ScriptDuration'),
        layoutMs: delta('LayoutDuration'),
        styleMs: delta('RecalcStyleDuration'),
        wallMs: sum('ms'),
        listRenders: sum('listRenders'),
        threadRenders: sum('threadRenders'),
        listNodesRemoved: sum('listNodesRemoved'),
        threadNodesAdded: sum('threadNodesAdded'),
        stats,
        statsContext: statsAfter.context ?? null,
        blocked: s.blocked.filter((u) => !u.startsWith(GMAIL_URL)).length,
      };
    }),
  );
}

/** The reports bench, in its own process (vite-node compiles the TypeScript app modules). */
function reportsBench(opts) {
  console.log('\n#### Reports bench (tests/bench/reports.ts) ####');
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/vite-node'),
    ['--config', 'tests/bench/vite.config.ts', 'tests/bench/reports.ts', '--', ...opts.reportsArgs],
    // One zone, as in the unit tests, so the generated weeks are the same on every machine.
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TZ: 'Europe/Rome', FORCE_COLOR: '0' } },
  );
  if (r.status !== 0) throw new Error(`the reports bench failed (exit ${r.status ?? r.signal})`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let failed = false;
  if (opts.only === null || opts.only === 'gmail') {
    console.log('#### Gmail bench ####');
    await gmailBench(opts).catch((err) => {
      console.error(`\nbench error (Gmail): ${err?.stack ?? err}`);
      failed = true;
    });
  }
  if (opts.only === null || opts.only === 'reports') {
    try {
      reportsBench(opts);
    } catch (err) {
      console.error(`\nbench error (reports): ${err?.stack ?? err}`);
      failed = true;
    }
  }
  if (opts.only === null || opts.only === 'snippets') {
    console.log('\n#### Snippet search bench (tests/bench/snippets-search.mjs) ####');
    await (await import('./snippets-search.mjs')).main([]).catch((err) => {
      console.error(`\nbench error (snippets): ${err?.stack ?? err}`);
      failed = true;
    });
  }
  if (failed) process.exit(1);
}

async function gmailBench(opts) {
  const started = performance.now();
  const A = opts.aa ? 'without (A)' : 'with';
  const B = opts.aa ? 'without (B)' : 'without';
  if (!opts.aa) {
    if (opts.build) build();
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
      throw new Error(`no build in ${EXTENSION_DIR}: run without --no-build`);
  }

  // a. size
  const size = measureSize();
  console.log('\n== a. Gmail content script size ==');
  if (size.exists)
    console.log(
      `${CONTENT_SCRIPT.slice(ROOT.length + 1)}: ${size.rawBytes} B raw (${kb(size.rawBytes)}), ` +
        `${size.gzipBytes} B gzipped (${kb(size.gzipBytes)}). Goal ≤ ${kb(SIZE_GOAL)} gzipped: ` +
        (size.pass ? 'PASS' : 'FAIL'),
    );
  else console.log(`MISSING: ${CONTENT_SCRIPT} was not built (no Gmail content script yet).`);
  // The Calendar content script: its size only, with no goal of its own yet.
  const { goalBytes: _goal, pass: _pass, ...calendarSize } = measureSize(CALENDAR_SCRIPT);
  if (calendarSize.exists)
    console.log(
      `${CALENDAR_SCRIPT.slice(ROOT.length + 1)}: ${calendarSize.rawBytes} B raw, ` +
        `${calendarSize.gzipBytes} B gzipped (${kb(calendarSize.gzipBytes)}).`,
    );
  const compose = existsSync(COMPOSE_SCRIPT) ? readFileSync(COMPOSE_SCRIPT) : null;
  const composeSize = compose && {
    rawBytes: compose.length,
    gzipBytes: gzipSync(compose, { level: 9 }).length,
  };
  if (composeSize)
    console.log(
      `${COMPOSE_SCRIPT.slice(ROOT.length + 1)}: ${composeSize.rawBytes} B raw, ${composeSize.gzipBytes} B ` +
        `gzipped (${kb(composeSize.gzipBytes)}); not in the goal above, but loaded in every WITH run below.`,
    );

  // b + c. cost on the busy page, in pairs
  console.log(
    `\n== b. Cost on the busy Gmail-like page: ${opts.navs} navigations inbox ↔ thread per side, ` +
      `in ${opts.chunks} alternating chunk(s), dwell ${opts.dwell} ms, UI ${opts.hl}` +
      (opts.aa ? ' — A/A CALIBRATION, no extension on either side' : '') +
      ' ==',
  );
  const pairs = [];
  for (let p = 0; p < opts.pairs; p++) {
    const firstIndex = p % 2; // pair 1: A first, pair 2: B first, …
    const sessions = await Promise.all([openSession(!opts.aa, opts), openSession(false, opts)]);
    let results;
    try {
      await sleep(SETTLE_WAIT_MS);
      results = await measurePair(sessions, opts, firstIndex);
    } finally {
      await Promise.all(sessions.map((s) => s.close()));
    }
    const [a, b] = results;
    const pair = {
      first: firstIndex === 0 ? A : B,
      with: a,
      without: b,
      ratio: a.taskMs / b.taskMs,
      cpuRatio: a.threadCpuMs / b.threadCpuMs,
      wallRatio: a.wallMs / b.wallMs,
    };
    pairs.push(pair);
    console.log(
      `pair ${p + 1}/${opts.pairs} (${pair.first} first): TaskDuration ${A} ${a.taskMs.toFixed(0)} ms, ` +
        `${B} ${b.taskMs.toFixed(0)} ms, ratio ${pair.ratio.toFixed(3)} (main-thread CPU ratio ` +
        `${pair.cpuRatio.toFixed(3)}); wall ${a.wallMs.toFixed(0)} / ${b.wallMs.toFixed(0)} ms`,
    );
  }
  const med = (f) => median(pairs.map(f));
  const medianRatio = med((p) => p.ratio);
  const first = pairs[0].without;
  const cost = {
    medianRatio: round(medianRatio, 3),
    minRatio: round(Math.min(...pairs.map((p) => p.ratio)), 3),
    maxRatio: round(Math.max(...pairs.map((p) => p.ratio)), 3),
    goal: RATIO_GOAL,
    pass: medianRatio <= RATIO_GOAL,
    medianCpuRatio: round(
      med((p) => p.cpuRatio),
      3,
    ),
    medianTaskMsWith: round(med((p) => p.with.taskMs)),
    medianTaskMsWithout: round(med((p) => p.without.taskMs)),
    medianWallMsWith: round(med((p) => p.with.wallMs)),
    medianWallMsWithout: round(med((p) => p.without.wallMs)),
    medianWallRatio: round(
      med((p) => p.wallRatio),
      3,
    ),
    listNodesReplacedPerInboxVisit: round(first.listNodesRemoved / first.listRenders, 0),
    threadNodesPerThreadOpen: round(first.threadNodesAdded / first.threadRenders, 0),
  };
  console.log(
    `median TaskDuration: ${A} ${cost.medianTaskMsWith} ms, ${B} ${cost.medianTaskMsWithout} ms ` +
      `(${round(cost.medianTaskMsWith / opts.navs, 2)} vs ${round(cost.medianTaskMsWithout / opts.navs, 2)} ms ` +
      `per navigation; the app replaces ${cost.listNodesReplacedPerInboxVisit} list nodes per inbox ` +
      `visit and builds ${cost.threadNodesPerThreadOpen} nodes per thread opened)`,
  );
  console.log(
    `median ratio ${A}/${B}: ${cost.medianRatio} (range ${cost.minRatio}–${cost.maxRatio}; ` +
      `main-thread CPU time ratio ${cost.medianCpuRatio}). Goal ≤ ${RATIO_GOAL}: ` +
      (opts.aa ? 'n/a (calibration)' : cost.pass ? 'PASS' : 'FAIL'),
  );
  console.log(
    `median wall time of the ${opts.navs} navigations: ${A} ${cost.medianWallMsWith} ms, ` +
      `${B} ${cost.medianWallMsWithout} ms (median ratio ${cost.medianWallRatio})`,
  );

  // c. observer counters
  console.log('\n== c. Content script counters (WITH runs, per navigation) ==');
  const withRuns = pairs.map((p) => p.with);
  const measured = withRuns.filter((r) => r.stats);
  let observer;
  if (opts.aa) {
    observer = { available: false, reason: 'A/A calibration run' };
    console.log('n/a (A/A calibration).');
  } else if (measured.length === 0) {
    const ctx = withRuns.find((r) => r.statsContext)?.statsContext;
    observer = {
      available: false,
      reason: ctx
        ? `VA Desk's isolated world (${ctx}) has no globalThis.__vaDeskStats`
        : 'no VA Desk isolated world in the Gmail page: the Gmail content script did not run (not built yet?)',
    };
    console.log(`NOT AVAILABLE: ${observer.reason}.`);
  } else {
    const per = (k) => round(median(measured.map((r) => (r.stats[k] ?? 0) / opts.navs)), 3);
    observer = {
      available: true,
      runs: measured.length,
      observerCallbacksPerNavigation: per('observerCallbacks'),
      settlesPerNavigation: per('settles'),
      navigationsSeenPerNavigation: per('navigations'),
      raw: measured.map((r) => r.stats),
    };
    console.log(
      `observer callbacks: ${observer.observerCallbacksPerNavigation}, settles: ` +
        `${observer.settlesPerNavigation}, navigations seen: ${observer.navigationsSeenPerNavigation} ` +
        `(medians over ${measured.length} runs; raw deltas for ${opts.navs} navigations: ` +
        `${JSON.stringify(observer.raw)})`,
    );
    if (opts.dwell === 0)
      console.log(
        'note: with --dwell 0 the next navigation starts as soon as the page has rendered, so a ' +
          'debounced watcher may merge several navigations into one settle; try --dwell 300.',
      );
  }
  const blocked = pairs.reduce((n, p) => n + p.with.blocked + p.without.blocked, 0);
  if (blocked) console.log(`\nwarning: ${blocked} request(s) outside the fixture were blocked.`);

  const seconds = (performance.now() - started) / 1000;
  console.log(`\nBench finished in ${seconds.toFixed(0)} s.`);
  const row = (r) => ({
    taskMs: round(r.taskMs),
    threadCpuMs: round(r.threadCpuMs),
    scriptMs: round(r.scriptMs),
    layoutMs: round(r.layoutMs),
    styleMs: round(r.styleMs),
    wallMs: round(r.wallMs),
    stats: r.stats,
  });
  console.log(
    JSON.stringify({
      bench: 'va-desk-gmail',
      options: {
        pairs: opts.pairs,
        navs: opts.navs,
        chunks: opts.chunks,
        dwellMs: opts.dwell,
        hl: opts.hl,
        aa: opts.aa,
      },
      size,
      calendarSize,
      composeSize,
      cost,
      observer,
      pairs: pairs.map((p) => ({
        first: p.first,
        ratio: round(p.ratio, 3),
        cpuRatio: round(p.cpuRatio, 3),
        with: row(p.with),
        without: row(p.without),
      })),
      blockedRequests: blocked,
      seconds: round(seconds),
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((err) => {
    console.error(`\nbench error: ${err?.stack ?? err}`);
    process.exit(1);
  });
