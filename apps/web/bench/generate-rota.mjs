/**
 * A realistic `GET /api/rota` response for a support team: people with skills, a rotation of
 * early / late / night / day shifts with days off, a few cancellations and cover shifts, Polish
 * public holidays, and coverage rows per skill with some gaps and shortfalls. Deterministic (a
 * seeded generator), so that runs compare.
 */

export const TEAM = {
  id: '7a1e0c3b-0000-4000-8000-000000000001',
  name: 'EMEA Support',
  timeZone: 'Europe/Warsaw',
  countryCode: 'PL',
  regionCode: null,
};

export const SKILLS = [
  { id: '5d2c1f6e-0000-4000-8000-000000000001', code: 'chat', name: 'Chat', category: 'channel' },
  { id: '5d2c1f6e-0000-4000-8000-000000000002', code: 'phone', name: 'Phone', category: 'channel' },
  {
    id: '5d2c1f6e-0000-4000-8000-000000000003',
    code: 'email',
    name: 'E-mail',
    category: 'channel',
  },
  { id: '5d2c1f6e-0000-4000-8000-000000000004', code: 'pl', name: 'Polish', category: 'language' },
  { id: '5d2c1f6e-0000-4000-8000-000000000005', code: 'de', name: 'German', category: 'language' },
  {
    id: '5d2c1f6e-0000-4000-8000-000000000006',
    code: 'coordinator',
    name: 'Coordinator',
    category: 'role',
  },
];

const SHIFT_TYPES = [
  { code: 'E', name: 'Early', colour: '#4f8fe0', startTime: '06:00', endTime: '14:00' },
  { code: 'D', name: 'Day', colour: '#3fae6a', startTime: '09:00', endTime: '17:00' },
  { code: 'L', name: 'Late', colour: '#e0a04f', startTime: '14:00', endTime: '22:00' },
  { code: 'N', name: 'Night', colour: '#7a5ae0', startTime: '22:00', endTime: '06:00' },
].map((type, index) => ({
  id: `b0000000-0000-4000-8000-00000000000${index + 1}`,
  requiredSkillIds: [],
  ...type,
}));

const HOLIDAYS = new Map([
  ['2025-01-01', 'New Year’s Day'],
  ['2025-01-06', 'Epiphany'],
  ['2025-04-20', 'Easter Sunday'],
  ['2025-04-21', 'Easter Monday'],
  ['2025-05-01', 'Labour Day'],
  ['2025-05-03', 'Constitution Day'],
  ['2025-06-08', 'Pentecost'],
  ['2025-06-19', 'Corpus Christi'],
]);

const FIRST = [
  'Anna',
  'Piotr',
  'Katarzyna',
  'Tomasz',
  'Magdalena',
  'Michał',
  'Agnieszka',
  'Paweł',
  'Ewa',
  'Krzysztof',
  'Joanna',
  'Marcin',
  'Zofia',
  'Jakub',
  'Aleksandra',
  'Ben',
  'Sophie',
  'Lukas',
  'Hannah',
  'Jonas',
  'Marta',
  'Dawid',
  'Celina',
  'Oliwia',
  'Kacper',
  'Natalia',
  'Igor',
  'Julia',
];
const LAST = [
  'Kowalska',
  'Nowak',
  'Wiśniewska',
  'Wójcik',
  'Kamińska',
  'Lewandowski',
  'Zielińska',
  'Szymański',
  'Woźniak',
  'Dąbrowski',
  'Kozłowska',
  'Jankowski',
  'Mazur',
  'Krawczyk',
  'Carter',
  'Müller',
  'Schmidt',
  'Fischer',
  'Weber',
  'Becker',
  'Zając',
  'Król',
  'Pawlak',
  'Michalska',
  'Nowicki',
];

/** Mulberry32: small, fast, good enough for test data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(prefix, n) {
  return `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function addDays(date, days) {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TEAM.timeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes the zone is ahead of UTC at an instant. */
function zoneOffset(ms) {
  const parts = Object.fromEntries(offsetFormat.formatToParts(ms).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return Math.round((wall - ms) / 60000);
}

/** `YYYY-MM-DDTHH:mm` on Warsaw's wall clock → ISO instant (good enough away from DST nights). */
function instant(local) {
  const guess = Date.parse(`${local}:00.000Z`);
  const first = guess - zoneOffset(guess) * 60000;
  return new Date(guess - zoneOffset(first) * 60000).toISOString();
}

// Two weeks of a rotation: five earlies, two off, five lates, two off … with nights and days.
const PATTERN = 'EEEEE--LLLLL--NNN---DDDDD--'.split('');

export function generateRota({ people = 1000, from = '2025-03-01', days = 92, seed = 7 } = {}) {
  const rand = random(seed);
  const to = addDays(from, days);
  const dates = Array.from({ length: days }, (_, i) => addDays(from, i));
  const dayList = dates.map((date) => ({
    date,
    weekday: ((new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7) + 1,
    holiday: HOLIDAYS.get(date) ?? null,
  }));

  const employees = Array.from({ length: people }, (_, i) => {
    const skills = [SKILLS[0]];
    if (rand() < 0.6) skills.push(SKILLS[1]);
    if (rand() < 0.4) skills.push(SKILLS[2]);
    skills.push(rand() < 0.8 ? SKILLS[3] : SKILLS[4]);
    if (rand() < 0.08) skills.push(SKILLS[5]);
    return {
      id: uuid('e0000000', i + 1),
      name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length + i) % LAST.length]}`,
      homeTimeZone: rand() < 0.05 ? 'America/New_York' : TEAM.timeZone,
      active: rand() > 0.01,
      skills: skills.map((s) => ({ id: s.id, code: s.code, backup: rand() < 0.05 })),
    };
  });

  const rotationId = uuid('a0000000', 1);
  const typeByCode = new Map(SHIFT_TYPES.map((t) => [t.code, t]));
  const shifts = [];
  const cancelled = [];
  let assignments = 0;
  employees.forEach((employee, e) => {
    const offset = (e * 5) % PATTERN.length;
    dates.forEach((date, d) => {
      const code = PATTERN[(d + offset) % PATTERN.length];
      if (code === '-') return;
      const type = typeByCode.get(code);
      const key = `${rotationId}:${employee.id}:${date}:${type.id}`;
      if (rand() < 0.012) {
        cancelled.push({
          key,
          employeeId: employee.id,
          shiftTypeId: type.id,
          date,
          source: 'manual',
          reason: rand() < 0.5 ? 'Training' : 'Sick leave',
        });
        // Usually a colleague covers: the next person in the list takes it.
        const colleague = employees[(e + 7) % employees.length];
        if (rand() < 0.8 && colleague && colleague.id !== employee.id) {
          assignments += 1;
          shifts.push(
            shiftOf(colleague.id, type, date, {
              key: `assignment:${uuid('c0000000', assignments)}`,
              source: 'manual',
              assignmentId: uuid('c0000000', assignments),
              coverFor: employee.id,
            }),
          );
        }
        return;
      }
      shifts.push(shiftOf(employee.id, type, date, { key }));
    });
  });

  // Coverage: per weekday, chat 08–20 (min 3), phone 08–16 (min 2), German 09–17 (min 1);
  // nights 22–06 any skill (min 2). Staffing is drawn so that some days fall short.
  const rows = [];
  const gaps = [];
  const shortfalls = [];
  const requirement = (skillId, min, ideal, staffed) => ({
    skillId,
    min,
    ideal,
    priority: skillId ? 1 : 2,
    ruleIds: ['r-' + (skillId ?? 'any').slice(-2)],
    staffed,
    employeeIds: [],
    backupEmployeeIds: [],
    missing: Math.max(0, min - staffed),
    gap: staffed < min,
    shortfall: staffed < ideal,
  });
  const windows = [
    { skillId: SKILLS[0].id, start: '08:00', end: '20:00', min: 3, ideal: 4, weekdays: true },
    { skillId: SKILLS[1].id, start: '08:00', end: '16:00', min: 2, ideal: 3, weekdays: true },
    { skillId: SKILLS[4].id, start: '09:00', end: '17:00', min: 1, ideal: 2, weekdays: true },
    { skillId: null, start: '22:00', end: '06:00', min: 2, ideal: 2, weekdays: false },
  ];
  for (const day of dayList) {
    for (const w of windows) {
      if (w.weekdays && (day.weekday >= 6 || day.holiday)) continue;
      const startLocal = `${day.date}T${w.start}`;
      const endLocal = `${w.end <= w.start ? addDays(day.date, 1) : day.date}T${w.end}`;
      const roll = rand();
      const staffed = roll < 0.07 ? w.min - 1 : roll < 0.2 ? w.min : w.ideal;
      const row = {
        start: instant(startLocal),
        end: instant(endLocal),
        startLocal,
        endLocal,
        requirements: [requirement(w.skillId, w.min, w.ideal, staffed)],
      };
      rows.push(row);
      const out = {
        start: row.start,
        end: row.end,
        startLocal,
        endLocal,
        skillId: w.skillId,
        min: w.min,
        ideal: w.ideal,
        staffed,
        missing: Math.max(0, w.min - staffed),
        priority: 1,
        ruleIds: row.requirements[0].ruleIds,
      };
      if (staffed < w.min) gaps.push(out);
      if (staffed < w.ideal) shortfalls.push(out);
    }
  }
  const minutes = (g) => (Date.parse(g.end) - Date.parse(g.start)) / 60000;

  return {
    teamId: TEAM.id,
    teamName: TEAM.name,
    timeZone: TEAM.timeZone,
    from,
    to,
    planVersion: 42,
    days: dayList,
    shiftTypes: SHIFT_TYPES,
    employees,
    shifts,
    cancelled,
    leave: [],
    coverage: {
      rows,
      gaps,
      shortfalls,
      summary: {
        gaps: gaps.length,
        shortfalls: shortfalls.length,
        gapMinutes: gaps.reduce((sum, g) => sum + minutes(g), 0),
        shortfallMinutes: shortfalls.reduce((sum, g) => sum + minutes(g), 0),
        missingMinutes: gaps.reduce((sum, g) => sum + g.missing * minutes(g), 0),
      },
    },
  };

  function shiftOf(employeeId, type, date, extra) {
    const startLocal = `${date}T${type.startTime}`;
    const endLocal = `${type.endTime <= type.startTime ? addDays(date, 1) : date}T${type.endTime}`;
    return {
      employeeId,
      shiftTypeId: type.id,
      date,
      start: instant(startLocal),
      end: instant(endLocal),
      startLocal,
      endLocal,
      source: 'rotation',
      assignmentId: null,
      coverFor: null,
      pinned: false,
      note: null,
      ...extra,
    };
  }
}
