import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password.js';

export const SUPPORT_LOGIN = {
  email: 'support.manager@example.com',
  password: 'support-bench-1',
};

/** A deterministic stream of numbers in [0, 1) (mulberry32), so every run builds the same team. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SupportTeam {
  teamId: string;
  employees: { id: string; homeTimeZone: string }[];
  shiftTypes: Record<'E' | 'D' | 'L' | 'N', string>;
  vacationType: string;
}

/**
 * A 24/7 support team of `size` people in Warsaw, a sixth of them in New York: phone around the
 * clock on a 10-day E E L L N N rotation, chat and e-mail on alternating early/late weeks, the
 * New York agents on lates; languages pl/en/de; coverage rules per channel and language with
 * about a fifth of spare capacity; and a fairness history of cover duties in October and
 * November carried by a few people.
 */
export async function seedSupportTeam(
  db: DataSource,
  size: number,
  seed = 7,
): Promise<SupportTeam> {
  const random = seeded(seed);
  const [team] = await db.query(
    `INSERT INTO team (name, time_zone, country_code) VALUES ('Support bench', 'Europe/Warsaw', 'PL') RETURNING id`,
  );
  const skill: Record<string, string> = {};
  for (const code of ['phone', 'chat', 'email', 'pl', 'en', 'de']) {
    const [row] = await db.query(`INSERT INTO skill (code, name) VALUES ($1, $2) RETURNING id`, [
      `${code}-${team.id.slice(0, 8)}`,
      code,
    ]);
    skill[code] = row.id;
  }
  const types = {} as SupportTeam['shiftTypes'];
  for (const [code, name, start, end] of [
    ['E', 'Early', '06:00', '14:00'],
    ['D', 'Day', '09:00', '17:00'],
    ['L', 'Late', '14:00', '22:00'],
    ['N', 'Night', '22:00', '06:00'],
  ] as const) {
    const [row] = await db.query(
      `INSERT INTO shift_type (team_id, code, name, start_time, end_time, colour) VALUES ($1, $2, $3, $4, $5, '#336699') RETURNING id`,
      [team.id, code, name, start, end],
    );
    types[code] = row.id;
  }
  const hash = await hashPassword(SUPPORT_LOGIN.password);
  const [manager] = await db.query(
    `INSERT INTO employee (team_id, name, email, home_time_zone, role, password_hash)
     VALUES ($1, 'Support Manager', $2, 'Europe/Warsaw', 'manager', $3) RETURNING id`,
    [team.id, SUPPORT_LOGIN.email, hash],
  );
  await db.query('INSERT INTO team_manager (team_id, employee_id) VALUES ($1, $2)', [
    team.id,
    manager.id,
  ]);

  const phoneCount = Math.round(size * 0.5);
  const remoteCount = Math.round(size / 6);
  const employees: SupportTeam['employees'] = [];
  const groups = { phone: [] as string[], day: [] as string[], remote: [] as string[] };
  for (let i = 0; i < size; i++) {
    const group = i < phoneCount ? 'phone' : i < size - remoteCount ? 'day' : 'remote';
    const zone = group === 'remote' ? 'America/New_York' : 'Europe/Warsaw';
    const fte = random() < 0.15 ? 0.5 : random() < 0.1 ? 0.8 : 1;
    const [row] = await db.query(
      `INSERT INTO employee (team_id, name, email, home_time_zone, fte, weekly_minutes, max_consecutive_days, max_weekends_per_4_weeks)
       VALUES ($1, $2, $3, $4, $5, $6, 6, 3) RETURNING id`,
      [
        team.id,
        `Agent ${i + 1}`,
        `agent${i + 1}.${team.id.slice(0, 8)}@bench.example`,
        zone,
        fte,
        Math.round(2400 * fte),
      ],
    );
    employees.push({ id: row.id, homeTimeZone: zone });
    groups[group].push(row.id);
    const skills = new Set<string>();
    if (group === 'phone') skills.add('phone');
    else skills.add(random() < 0.7 ? 'chat' : 'email');
    if (random() < 0.35) skills.add(['phone', 'chat', 'email'][Math.floor(random() * 3)]!);
    skills.add('en');
    if (group !== 'remote' && random() < 0.65) skills.add('pl');
    if (random() < 0.2) skills.add('de');
    for (const code of skills) {
      await db.query('INSERT INTO employee_skill (employee_id, skill_id) VALUES ($1, $2)', [
        row.id,
        skill[code],
      ]);
    }
  }

  const { E, D, L, N } = types;
  const rotations: [string, (string | null)[], string[]][] = [
    ['Phone 24/7', [E, E, L, L, N, N, null, null, null, null], groups.phone],
    ['Chat and e-mail', [E, E, E, E, E, null, null, L, L, L, L, L, null, null], groups.day],
    ['New York lates', [L, L, L, L, L, null, null], groups.remote],
  ];
  for (const [name, pattern, members] of rotations) {
    const [rotation] = await db.query(
      `INSERT INTO rotation (team_id, name, anchor_date, pattern) VALUES ($1, $2, '2026-09-07', $3) RETURNING id`,
      [team.id, name, JSON.stringify(pattern)],
    );
    await db.query(
      `INSERT INTO rotation_member (rotation_id, employee_id, offset_days, period)
       SELECT $1, e, ((ordinality - 1) % $3)::int, daterange('2026-09-01', NULL)
         FROM unnest($2::uuid[]) WITH ORDINALITY AS x(e, ordinality)`,
      [rotation.id, members, pattern.length],
    );
  }
  void D;

  // Phones need every rotation seat (so each absence opens a gap); chat and e-mail leave a
  // little slack; languages ask for a share of the phone line.
  const perPhoneShift = Math.floor(groups.phone.length / 5);
  const perDayShift = Math.floor((groups.day.length * 5) / 14);
  const rules: [string | null, string, string, string, number, number, number][] = [
    [skill.phone!, '06:00', '06:00', 'FREQ=DAILY', perPhoneShift, perPhoneShift + 2, 1],
    [
      skill.chat!,
      '08:00',
      '20:00',
      'FREQ=DAILY',
      Math.floor(perDayShift * 0.6),
      Math.floor(perDayShift * 0.7),
      2,
    ],
    [
      skill.email!,
      '09:00',
      '17:00',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      Math.floor(perDayShift * 0.2),
      Math.floor(perDayShift * 0.25),
      3,
    ],
    [skill.pl!, '08:00', '20:00', 'FREQ=DAILY', Math.floor(perPhoneShift * 0.5), perPhoneShift, 2],
    [skill.de!, '08:00', '18:00', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 3, 5, 3],
  ];
  for (const [skillId, start, end, rrule, min, ideal, priority] of rules) {
    await db.query(
      `INSERT INTO coverage_rule (team_id, name, skill_id, start_time, end_time, recurrence, min_headcount, ideal_headcount, priority)
       VALUES ($1, 'rule', $2, $3, $4, $5, $6, $7, $8)`,
      [team.id, skillId, start, end, rrule, min, ideal, priority],
    );
  }

  // Fairness history: in October and November a few people took most of the cover duties.
  const busy = groups.phone.slice(0, Math.max(1, Math.round(size / 20)));
  for (const [i, id] of busy.entries()) {
    for (let k = 0; k < 6; k++) {
      const date = `2026-${k < 3 ? '10' : '11'}-${String(3 + ((i + k * 5) % 25)).padStart(2, '0')}`;
      await db.query(
        `INSERT INTO assignment (team_id, employee_id, shift_type_id, roster_date, starts_at, ends_at, source, cover_for_employee_id)
         VALUES ($1, $2, $3, $4::date, ($4::date + time '09:00') AT TIME ZONE 'Europe/Warsaw',
                 ($4::date + time '17:00') AT TIME ZONE 'Europe/Warsaw', 'solver', $5)
         ON CONFLICT DO NOTHING`,
        [team.id, id, D, date, groups.phone[groups.phone.length - 1 - i]],
      );
    }
  }
  const [vacation] = await db.query(`SELECT id FROM leave_type WHERE code = 'vacation'`);
  return { teamId: team.id, employees, shiftTypes: types, vacationType: vacation.id };
}

/** Approved leave of `days` days from `from` for each person (the bench's absences). */
export async function approveLeave(
  db: DataSource,
  team: SupportTeam,
  absences: { employeeId: string; from: string; to: string }[],
): Promise<void> {
  for (const a of absences) {
    await db.query(
      `INSERT INTO leave_request (employee_id, team_id, leave_type_id, dates, status, days, requested_by)
       VALUES ($1, $2, $3, daterange($4::date, $5::date, '[]'), 'approved', 1, $1)`,
      [a.employeeId, team.teamId, team.vacationType, a.from, a.to],
    );
  }
}
