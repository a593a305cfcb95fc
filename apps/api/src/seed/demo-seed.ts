import {
  addDays,
  instantToLocal,
  isoWeekday,
  leaveCost,
  type LocalDate,
  publicHolidays,
} from '@planner/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/password.js';

export const DEMO_PASSWORD = 'coverage-demo';
export const DEMO_LOGINS = [
  { role: 'admin', email: 'admin@example.com', name: 'Olivia Admin' },
  { role: 'manager', email: 'manager@example.com', name: 'Magdalena Nowak' },
  { role: 'employee', email: 'employee@example.com', name: 'Anna Kowalska' },
] as const;

type RotationTag = 'phone' | 'alternating' | 'office' | 'americas';

interface Person {
  rotation?: RotationTag;
  name: string;
  email?: string;
  skills: string[];
  zone?: string;
  fte?: number;
  role?: 'admin' | 'manager' | 'employee';
}

const SKILLS: [code: string, name: string, category: string][] = [
  ['phone', 'Phone', 'channel'],
  ['chat', 'Chat', 'channel'],
  ['email', 'E-mail', 'channel'],
  ['pl', 'Polish', 'language'],
  ['en', 'English', 'language'],
  ['de', 'German', 'language'],
  ['es', 'Spanish', 'language'],
  ['coordinator', 'Shift coordinator', 'role'],
  ['tier-2', 'Tier-2 technical', 'role'],
];

const SHIFT_TYPES: [code: string, name: string, start: string, end: string, colour: string][] = [
  ['E', 'Early', '06:00', '14:00', '#f2b134'],
  ['D', 'Day', '08:00', '16:00', '#4caf7a'],
  ['L', 'Late', '14:00', '22:00', '#3d7cc9'],
  ['N', 'Night', '22:00', '06:00', '#5b3f8c'],
];

const NY = 'America/New_York';

/** About two dozen people with the mix of channels and languages a European support desk has. */
const EMEA: Person[] = [
  {
    name: 'Magdalena Nowak',
    email: 'manager@example.com',
    role: 'manager',
    skills: ['phone', 'pl', 'en', 'coordinator'],
  },
  {
    rotation: 'phone',
    name: 'Anna Kowalska',
    email: 'employee@example.com',
    skills: ['phone', 'chat', 'pl', 'en'],
  },
  { rotation: 'phone', name: 'Piotr Wiśniewski', skills: ['phone', 'email', 'pl', 'en', 'tier-2'] },
  { rotation: 'alternating', name: 'Katarzyna Wójcik', skills: ['chat', 'email', 'pl', 'de'] },
  {
    rotation: 'alternating',
    name: 'Tomasz Kamiński',
    skills: ['phone', 'chat', 'pl', 'en', 'coordinator'],
  },
  { name: 'Agnieszka Lewandowska', skills: ['chat', 'pl', 'en'], fte: 0.5 },
  { rotation: 'phone', name: 'Michał Zieliński', skills: ['phone', 'pl', 'de'] },
  { rotation: 'alternating', name: 'Joanna Szymańska', skills: ['email', 'chat', 'pl', 'en'] },
  {
    rotation: 'alternating',
    name: 'Krzysztof Woźniak',
    skills: ['phone', 'chat', 'email', 'pl', 'en', 'tier-2'],
  },
  { rotation: 'office', name: 'Ewa Dąbrowska', skills: ['phone', 'pl', 'en'], fte: 0.8 },
  { rotation: 'alternating', name: 'Paweł Kozłowski', skills: ['chat', 'pl', 'de', 'en'] },
  {
    rotation: 'office',
    name: 'Małgorzata Jankowska',
    skills: ['email', 'pl', 'en', 'coordinator'],
  },
  { rotation: 'phone', name: 'Jan Mazur', skills: ['phone', 'chat', 'pl'] },
  { rotation: 'alternating', name: 'Zofia Kwiatkowska', skills: ['chat', 'email', 'pl', 'en'] },
  { rotation: 'office', name: 'Lukas Becker', skills: ['phone', 'chat', 'de', 'en'] },
  { rotation: 'office', name: 'Sophie Schneider', skills: ['email', 'chat', 'de', 'en'] },
  { rotation: 'office', name: 'Jonas Fischer', skills: ['phone', 'de', 'en', 'tier-2'] },
  { name: 'Hannah Weber', skills: ['chat', 'de', 'en'], fte: 0.6 },
  { rotation: 'phone', name: 'Marek Pawlak', skills: ['phone', 'email', 'pl', 'en'] },
  { rotation: 'alternating', name: 'Natalia Król', skills: ['chat', 'pl', 'en', 'de'] },
  { rotation: 'americas', name: 'Emily Carter', skills: ['phone', 'chat', 'en'], zone: NY },
  {
    rotation: 'americas',
    name: 'Daniel Brooks',
    skills: ['phone', 'email', 'en', 'tier-2'],
    zone: NY,
  },
  { rotation: 'americas', name: 'Grace Miller', skills: ['chat', 'email', 'en', 'es'], zone: NY },
  { rotation: 'alternating', name: 'Adam Wróbel', skills: ['phone', 'chat', 'email', 'pl', 'en'] },
];

const AMERICAS: Person[] = [
  { name: 'Carlos Rivera', skills: ['phone', 'en', 'es', 'coordinator'], role: 'manager' },
  { name: 'Jessica Lee', skills: ['phone', 'chat', 'en'] },
  { name: 'Michael Brown', skills: ['email', 'chat', 'en', 'tier-2'] },
  { name: 'Sofia Martinez', skills: ['phone', 'chat', 'en', 'es'] },
  { name: 'Ryan Thompson', skills: ['phone', 'email', 'en'] },
  { name: 'Laura Garcia', skills: ['chat', 'email', 'en', 'es'], fte: 0.75 },
  { name: 'Kevin Nguyen', skills: ['phone', 'chat', 'en'] },
  { name: 'Olivia Admin', email: 'admin@example.com', role: 'admin', skills: ['en'] },
];

function emailOf(person: Person): string {
  if (person.email) return person.email;
  const ascii = person.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
  return `${ascii}@example.com`;
}

/**
 * Fills an empty database with two demo teams. Does nothing when any team exists, so a
 * planner that already holds real data is never touched.
 */
export async function seedDemo(dataSource: DataSource, now = new Date()): Promise<boolean> {
  const [{ n }] = (await dataSource.query('SELECT count(*) AS n FROM team')) as [{ n: string }];
  if (Number(n) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await dataSource.transaction(async (m) => {
    const skillIds = new Map<string, string>();
    for (const [code, name, category] of SKILLS) {
      const [row] = (await m.query(
        'INSERT INTO skill (code, name, category) VALUES ($1, $2, $3) RETURNING id',
        [code, name, category],
      )) as [{ id: string }];
      skillIds.set(code, row.id);
    }

    const emea = await createTeam(
      m,
      'EMEA Support',
      'Europe/Warsaw',
      'PL',
      EMEA,
      skillIds,
      passwordHash,
    );
    await createTeam(m, 'Americas Support', NY, 'US', AMERICAS, skillIds, passwordHash);
    await seedPlan(m, emea, skillIds, now);
    await seedLeave(m, emea, now);
    await m.query(
      `INSERT INTO audit_log (actor_id, team_id, action, entity, entity_id, after)
       VALUES (NULL, NULL, 'demo.seeded', 'planner', 'demo', $1)`,
      [JSON.stringify({ teams: 2, employees: EMEA.length + AMERICAS.length })],
    );
  });
  return true;
}

interface SeededTeam {
  id: string;
  zone: string;
  shiftTypeIds: Map<string, string>;
  byRotation: Map<RotationTag, string[]>;
}

async function createTeam(
  m: EntityManager,
  name: string,
  zone: string,
  country: string,
  people: Person[],
  skillIds: Map<string, string>,
  passwordHash: string,
): Promise<SeededTeam> {
  const [team] = (await m.query(
    'INSERT INTO team (name, time_zone, country_code) VALUES ($1, $2, $3) RETURNING id',
    [name, zone, country],
  )) as [{ id: string }];
  const shiftTypeIds = new Map<string, string>();
  for (const [code, shiftName, start, end, colour] of SHIFT_TYPES) {
    const [row] = (await m.query(
      'INSERT INTO shift_type (team_id, code, name, start_time, end_time, colour) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [team.id, code, shiftName, start, end, colour],
    )) as [{ id: string }];
    shiftTypeIds.set(code, row.id);
  }
  // After a night, a day to recover: no shift of any other type the next day.
  await m.query(
    `INSERT INTO forbidden_shift_sequence (shift_type_id, next_shift_type_id)
     SELECT $1, unnest($2::uuid[])`,
    [shiftTypeIds.get('N'), ['E', 'D', 'L'].map((code) => shiftTypeIds.get(code))],
  );
  const byRotation = new Map<RotationTag, string[]>();
  for (const person of people) {
    const fte = person.fte ?? 1;
    const [employee] = (await m.query(
      `INSERT INTO employee (team_id, name, email, home_time_zone, role, password_hash, fte, weekly_minutes,
                             max_minutes_per_period)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        team.id,
        person.name,
        emailOf(person),
        person.zone ?? zone,
        person.role ?? 'employee',
        passwordHash,
        fte,
        Math.round(2400 * fte),
        Math.round(2400 * fte * 4 * 1.1),
      ],
    )) as [{ id: string }];
    await m.query(
      'INSERT INTO employee_skill (employee_id, skill_id) SELECT $1, unnest($2::uuid[])',
      [employee.id, person.skills.map((code) => skillIds.get(code)!)],
    );
    if (person.role === 'manager') {
      await m.query('INSERT INTO team_manager (team_id, employee_id) VALUES ($1, $2)', [
        team.id,
        employee.id,
      ]);
    }
    if (person.rotation)
      byRotation.set(person.rotation, [...(byRotation.get(person.rotation) ?? []), employee.id]);
  }
  return { id: team.id, zone, shiftTypeIds, byRotation };
}

/**
 * Approved December leave of the coming holiday season (next year's once Christmas is close):
 * a phone agent over Christmas, a chat agent into the new year, an office coordinator between
 * the holidays.
 */
export function holidaySeason(
  today: LocalDate,
): [who: 'phone' | 'chat' | 'office', from: LocalDate, to: LocalDate, status: 'approved'][] {
  const year = today.slice(5) > '12-15' ? Number(today.slice(0, 4)) + 1 : Number(today.slice(0, 4));
  return [
    ['phone', `${year}-12-21`, `${year}-12-27`, 'approved'],
    ['chat', `${year}-12-23`, `${year + 1}-01-02`, 'approved'],
    ['office', `${year}-12-28`, `${year}-12-31`, 'approved'],
  ];
}

/** The Friday after the fourth Thursday of November, on or after `today`'s year. */
function blackFridayWeek(today: LocalDate): { from: LocalDate; to: LocalDate } {
  for (const year of [Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1]) {
    const first = `${year}-11-01`;
    const firstThursday = addDays(first, (4 - isoWeekday(first) + 7) % 7);
    const friday = addDays(firstThursday, 22);
    const monday = addDays(friday, -4);
    if (addDays(monday, 6) >= today) return { from: monday, to: addDays(monday, 6) };
  }
  throw new Error('unreachable');
}

/**
 * Rotations and coverage rules for EMEA Support, anchored on the Monday of the week the demo is
 * created so that the rota is never empty:
 * - phone 24/7 by five people on a 10-day E E L L N N cycle, two days apart (exactly one Early,
 *   Late and Night every day);
 * - chat and e-mail agents alternating early and late weeks;
 * - office hours (Day shifts on weekdays) for e-mail, German and the coordinator;
 * - the New York agents on Late shifts, which are their mornings.
 */
async function seedPlan(
  m: EntityManager,
  team: SeededTeam,
  skillIds: Map<string, string>,
  now: Date,
): Promise<void> {
  const today = instantToLocal(now, team.zone).date;
  const monday = addDays(today, 1 - isoWeekday(today));
  const t = (code: string) => team.shiftTypeIds.get(code)!;
  const week = (code: string) => [t(code), t(code), t(code), t(code), t(code), null, null];
  const rotations: { name: string; tag: RotationTag; pattern: (string | null)[]; step: number }[] =
    [
      {
        name: 'Phone 24/7',
        tag: 'phone',
        pattern: [t('E'), t('E'), t('L'), t('L'), t('N'), t('N'), null, null, null, null],
        step: 2,
      },
      {
        name: 'Chat early/late weeks',
        tag: 'alternating',
        pattern: [...week('E'), ...week('L')],
        step: 7,
      },
      { name: 'Office hours', tag: 'office', pattern: week('D'), step: 0 },
      { name: 'Americas hours', tag: 'americas', pattern: week('L'), step: 0 },
    ];
  for (const rotation of rotations) {
    const [row] = (await m.query(
      'INSERT INTO rotation (team_id, name, anchor_date, pattern) VALUES ($1, $2, $3, $4) RETURNING id',
      [team.id, rotation.name, monday, JSON.stringify(rotation.pattern)],
    )) as [{ id: string }];
    const members = team.byRotation.get(rotation.tag) ?? [];
    for (const [index, employeeId] of members.entries()) {
      const offset = rotation.step === 7 ? (index % 2) * 7 : index * rotation.step;
      await m.query(
        `INSERT INTO rotation_member (rotation_id, employee_id, offset_days, period)
         VALUES ($1, $2, $3, daterange($4::date, NULL))`,
        [row.id, employeeId, offset, addDays(monday, -28)],
      );
    }
  }

  const peak = blackFridayWeek(today);
  const weekdays = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
  const rules: [
    name: string,
    skill: string | null,
    start: string,
    end: string,
    rrule: string,
    min: number,
    ideal: number,
    priority: number,
    holidays: string,
    from: string | null,
    to: string | null,
    overrides: boolean,
  ][] = [
    [
      'Phone line 24/7',
      'phone',
      '00:00',
      '00:00',
      'FREQ=DAILY',
      1,
      1,
      1,
      'applies',
      null,
      null,
      false,
    ],
    [
      'Chat on weekdays',
      'chat',
      '08:00',
      '20:00',
      weekdays,
      2,
      3,
      2,
      'excluded',
      null,
      null,
      false,
    ],
    ['E-mail queue', 'email', '09:00', '17:00', weekdays, 1, 2, 3, 'excluded', null, null, false],
    [
      'Shift coordinator',
      'coordinator',
      '08:00',
      '16:00',
      weekdays,
      1,
      1,
      2,
      'excluded',
      null,
      null,
      false,
    ],
    [
      'German-speaking agent',
      'de',
      '08:00',
      '18:00',
      weekdays,
      1,
      2,
      3,
      'excluded',
      null,
      null,
      false,
    ],
    [
      'Holiday chat skeleton',
      'chat',
      '10:00',
      '18:00',
      'FREQ=DAILY',
      1,
      1,
      3,
      'only',
      null,
      null,
      false,
    ],
    [
      'Black Friday week: chat',
      'chat',
      '08:00',
      '22:00',
      'FREQ=DAILY',
      3,
      4,
      1,
      'applies',
      peak.from,
      peak.to,
      true,
    ],
    [
      'Black Friday week: phone',
      'phone',
      '00:00',
      '00:00',
      'FREQ=DAILY',
      1,
      2,
      1,
      'applies',
      peak.from,
      peak.to,
      true,
    ],
  ];
  for (const [
    name,
    skill,
    start,
    end,
    rrule,
    min,
    ideal,
    priority,
    holidays,
    from,
    to,
    overrides,
  ] of rules) {
    await m.query(
      `INSERT INTO coverage_rule (team_id, name, skill_id, start_time, end_time, recurrence, min_headcount,
                                  ideal_headcount, priority, holidays, valid_from, valid_to, overrides)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        team.id,
        name,
        skill ? skillIds.get(skill) : null,
        start,
        end,
        rrule,
        min,
        ideal,
        priority,
        holidays,
        from,
        to,
        overrides,
      ],
    );
  }
}

/**
 * Leave a new user can see at once: a few approved vacations in the coming weeks (with their
 * ledger deductions, so balances add up), one request waiting for the manager, a sick day
 * recorded by the manager, and a blackout over the Black Friday week.
 */
async function seedLeave(m: EntityManager, team: SeededTeam, now: Date): Promise<void> {
  const today = instantToLocal(now, team.zone).date;
  const monday = addDays(today, 8 - isoWeekday(today));
  const type = async (code: string) =>
    ((await m.query('SELECT id FROM leave_type WHERE code = $1', [code])) as [{ id: string }])[0]
      .id;
  const [vacation, sick] = [await type('vacation'), await type('sick')];
  const [manager] = (await m.query(
    `SELECT e.id FROM employee e JOIN team_manager tm ON tm.employee_id = e.id WHERE tm.team_id = $1 LIMIT 1`,
    [team.id],
  )) as [{ id: string }];
  const year = Number(today.slice(0, 4));
  const holidays = new Set(publicHolidays('PL', null, year, year + 1).map((h) => h.date));
  const phone = team.byRotation.get('phone') ?? [];
  const alternating = team.byRotation.get('alternating') ?? [];
  const office = team.byRotation.get('office') ?? [];
  const plans: {
    who: string | undefined;
    from: LocalDate;
    to: LocalDate;
    status: 'approved' | 'pending';
    type: string;
    note?: string;
  }[] = [
    {
      who: alternating[0],
      from: monday,
      to: addDays(monday, 4),
      status: 'approved',
      type: vacation,
      note: 'Open tickets are tagged "handover"; escalations to Tomasz.',
    },
    {
      who: phone[1],
      from: addDays(monday, 7),
      to: addDays(monday, 11),
      status: 'approved',
      type: vacation,
    },
    {
      who: office[2],
      from: addDays(monday, 14),
      to: addDays(monday, 18),
      status: 'approved',
      type: vacation,
    },
    {
      who: alternating[3],
      from: addDays(monday, 21),
      to: addDays(monday, 25),
      status: 'pending',
      type: vacation,
      note: 'Key account calls on Tuesday need a German speaker.',
    },
    { who: phone[3], from: today, to: today, status: 'approved', type: sick },
    // The holiday season: several people away around Christmas, one still asking.
    ...holidaySeason(today).map(([who, from, to, status]) => ({
      who: who === 'phone' ? phone[2] : who === 'chat' ? alternating[1] : office[0],
      from,
      to,
      status,
      type: vacation,
    })),
    {
      who: phone[4],
      from: holidaySeason(today)[0]![1],
      to: addDays(holidaySeason(today)[0]![1], 2),
      status: 'pending',
      type: vacation,
      note: 'Family visit; happy to swap a night in January.',
    },
  ];
  for (const plan of plans) {
    if (!plan.who) continue;
    const counts = plan.type === vacation;
    const cost = leaveCost({ from: plan.from, to: addDays(plan.to, 1) }, [1, 2, 3, 4, 5], holidays);
    const [leave] = (await m.query(
      `INSERT INTO leave_request (employee_id, team_id, leave_type_id, dates, status, days, handover_note, requested_by,
                                  decided_by, decided_at)
       VALUES ($1, $2, $3, daterange($4::date, $5::date + 1), $6, $7, $8, $9, $10, CASE WHEN $10::uuid IS NULL THEN NULL ELSE now() END)
       RETURNING id`,
      [
        plan.who,
        team.id,
        plan.type,
        plan.from,
        plan.to,
        plan.status,
        counts ? cost.days : 0,
        plan.note ?? null,
        plan.type === sick ? manager.id : plan.who,
        plan.status === 'approved' ? manager.id : null,
      ],
    )) as [{ id: string }];
    if (!counts) continue;
    for (const { year: y, days } of cost.byYear) {
      await m.query(
        `INSERT INTO leave_ledger (employee_id, year, kind, days, note) VALUES ($1, $2, 'allowance', 26, 'yearly allowance')
         ON CONFLICT (employee_id, year) WHERE kind = 'allowance' DO NOTHING`,
        [plan.who, y],
      );
      await m.query(
        `INSERT INTO leave_ledger (employee_id, year, kind, days, leave_request_id) VALUES ($1, $2, 'deduction', $3, $4)`,
        [plan.who, y, -days, leave.id],
      );
    }
  }
  const peak = blackFridayWeek(today);
  await m.query(
    `INSERT INTO leave_blackout (team_id, name, dates, leave_type_ids) VALUES ($1, 'Black Friday week', daterange($2::date, $3::date + 1), $4)`,
    [team.id, peak.from, peak.to, [vacation]],
  );
}
