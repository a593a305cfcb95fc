import type { Role } from '../../modules/employees/employee.entity.js';

/** The authenticated employee making a request, with what their role reaches. */
export interface Caller {
  id: string;
  role: Role;
  teamId: string;
  managedTeamIds: string[];
  sessionId: string;
}
