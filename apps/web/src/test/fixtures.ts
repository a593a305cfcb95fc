import type { Employee, Me, Page, Skill, Team } from '../lib/api-types';

export const skills = {
  chat: {
    id: '5d2c1f6e-0000-4000-8000-000000000001',
    code: 'chat',
    name: 'Chat',
    category: 'channel',
  },
  phone: {
    id: '5d2c1f6e-0000-4000-8000-000000000002',
    code: 'phone',
    name: 'Phone',
    category: 'channel',
  },
  pl: {
    id: '5d2c1f6e-0000-4000-8000-000000000003',
    code: 'pl',
    name: 'Polish',
    category: 'language',
  },
  de: {
    id: '5d2c1f6e-0000-4000-8000-000000000004',
    code: 'de',
    name: 'German',
    category: 'language',
  },
  coordinator: {
    id: '5d2c1f6e-0000-4000-8000-000000000005',
    code: 'coordinator',
    name: 'Coordinator',
    category: 'role',
  },
} satisfies Record<string, Skill>;

export const teams: Team[] = [
  {
    id: '7a1e0c3b-0000-4000-8000-000000000001',
    name: 'EMEA Support',
    timeZone: 'Europe/Warsaw',
    countryCode: 'PL',
    regionCode: null,
  },
  {
    id: '7a1e0c3b-0000-4000-8000-000000000002',
    name: 'Americas Support',
    timeZone: 'America/New_York',
    countryCode: 'US',
    regionCode: 'NY',
  },
];

export const me: Me = {
  id: '0b6f8a9c-0000-4000-8000-000000000001',
  name: 'Marta Nowak',
  email: 'marta@example.com',
  role: 'manager',
  teamId: teams[0]!.id,
  homeTimeZone: 'Europe/Warsaw',
  managedTeamIds: [teams[0]!.id],
  skills: [],
};

export function employee(overrides: Partial<Employee> & Pick<Employee, 'id' | 'name'>): Employee {
  return {
    email: `${overrides.name.split(' ')[0]!.toLowerCase()}@example.com`,
    teamId: teams[0]!.id,
    homeTimeZone: 'Europe/Warsaw',
    role: 'employee',
    active: true,
    deactivatedAt: null,
    skills: [],
    ...overrides,
  };
}

export const employees: Employee[] = [
  employee({
    id: 'e0000000-0000-4000-8000-000000000001',
    name: 'Anna Kowalska',
    // Deliberately out of order: the UI orders chips by category, then name.
    skills: [skills.pl, skills.coordinator, skills.phone, skills.chat],
  }),
  employee({
    id: 'e0000000-0000-4000-8000-000000000002',
    name: 'Ben Carter',
    homeTimeZone: 'America/New_York',
    skills: [skills.chat, skills.de],
  }),
  employee({
    id: 'e0000000-0000-4000-8000-000000000003',
    name: 'Celina Wiśniewska',
    active: false,
    deactivatedAt: '2025-03-01T23:30:00.000Z',
    skills: [],
  }),
];

export function page<T>(items: T[], total = items.length, limit = 25, offset = 0): Page<T> {
  return { items, total, limit, offset };
}
