import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password.js';

export const DEMO_PASSWORD = 'coverage-demo';
export const DEMO_LOGINS = [
  { role: 'admin', email: 'admin@example.com', name: 'Olivia Admin' },
  { role: 'manager', email: 'manager@example.com', name: 'Magdalena Nowak' },
  { role: 'employee', email: 'employee@example.com', name: 'Anna Kowalska' },
] as const;

interface Person {
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
  { name: 'Anna Kowalska', email: 'employee@example.com', skills: ['phone', 'chat', 'pl', 'en'] },
  { name: 'Piotr Wiśniewski', skills: ['phone', 'email', 'pl', 'en', 'tier-2'] },
  { name: 'Katarzyna Wójcik', skills: ['chat', 'email', 'pl', 'de'] },
  { name: 'Tomasz Kamiński', skills: ['phone', 'chat', 'pl', 'en', 'coordinator'] },
  { name: 'Agnieszka Lewandowska', skills: ['chat', 'pl', 'en'], fte: 0.5 },
  { name: 'Michał Zieliński', skills: ['phone', 'pl', 'de'] },
  { name: 'Joanna Szymańska', skills: ['email', 'chat', 'pl', 'en'] },
  { name: 'Krzysztof Woźniak', skills: ['phone', 'chat', 'email', 'pl', 'en', 'tier-2'] },
  { name: 'Ewa Dąbrowska', skills: ['phone', 'pl', 'en'], fte: 0.8 },
  { name: 'Paweł Kozłowski', skills: ['chat', 'pl', 'de', 'en'] },
  { name: 'Małgorzata Jankowska', skills: ['email', 'pl', 'en', 'coordinator'] },
  { name: 'Jan Mazur', skills: ['phone', 'chat', 'pl'] },
  { name: 'Zofia Kwiatkowska', skills: ['chat', 'email', 'pl', 'en'] },
  { name: 'Lukas Becker', skills: ['phone', 'chat', 'de', 'en'] },
  { name: 'Sophie Schneider', skills: ['email', 'chat', 'de', 'en'] },
  { name: 'Jonas Fischer', skills: ['phone', 'de', 'en', 'tier-2'] },
  { name: 'Hannah Weber', skills: ['chat', 'de', 'en'], fte: 0.6 },
  { name: 'Marek Pawlak', skills: ['phone', 'email', 'pl', 'en'] },
  { name: 'Natalia Król', skills: ['chat', 'pl', 'en', 'de'] },
  { name: 'Emily Carter', skills: ['phone', 'chat', 'en'], zone: NY },
  { name: 'Daniel Brooks', skills: ['phone', 'email', 'en', 'tier-2'], zone: NY },
  { name: 'Grace Miller', skills: ['chat', 'email', 'en', 'es'], zone: NY },
  { name: 'Adam Wróbel', skills: ['phone', 'chat', 'email', 'pl', 'en'] },
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
export async function seedDemo(dataSource: DataSource): Promise<boolean> {
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

    const createTeam = async (name: string, zone: string, country: string, people: Person[]) => {
      const [team] = (await m.query(
        'INSERT INTO team (name, time_zone, country_code) VALUES ($1, $2, $3) RETURNING id',
        [name, zone, country],
      )) as [{ id: string }];
      for (const [code, shiftName, start, end, colour] of SHIFT_TYPES) {
        await m.query(
          'INSERT INTO shift_type (team_id, code, name, start_time, end_time, colour) VALUES ($1, $2, $3, $4, $5, $6)',
          [team.id, code, shiftName, start, end, colour],
        );
      }
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
      }
      return team.id;
    };

    await createTeam('EMEA Support', 'Europe/Warsaw', 'PL', EMEA);
    await createTeam('Americas Support', NY, 'US', AMERICAS);
    await m.query(
      `INSERT INTO audit_log (actor_id, team_id, action, entity, entity_id, after)
       VALUES (NULL, NULL, 'demo.seeded', 'planner', 'demo', $1)`,
      [JSON.stringify({ teams: 2, employees: EMEA.length + AMERICAS.length })],
    );
  });
  return true;
}
