import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Team } from './api-types';

/**
 * The team every view works on. It is chosen once in the header and shared through this context,
 * so that views (features) read it without importing the teams feature. The choice is remembered
 * per browser.
 */

export const TEAM_STORAGE_KEY = 'coverage-planner.teamId';

export interface SelectedTeam {
  /** The teams the signed-in person may see. */
  teams: readonly Team[];
  /** The chosen team, or null while teams load or when there are none. */
  team: Team | null;
  selectTeam: (teamId: string) => void;
}

const SelectedTeamContext = createContext<SelectedTeam | null>(null);

function readRememberedTeamId(): string | null {
  try {
    return window.localStorage.getItem(TEAM_STORAGE_KEY);
  } catch {
    return null;
  }
}

function rememberTeamId(teamId: string): void {
  try {
    window.localStorage.setItem(TEAM_STORAGE_KEY, teamId);
  } catch {
    // Remembered for this visit only.
  }
}

export interface SelectedTeamProviderProps {
  teams: readonly Team[];
  /** Used when nothing was remembered or the remembered team is no longer visible (home team). */
  preferredTeamId?: string | null;
  children: ReactNode;
}

export function SelectedTeamProvider({
  teams,
  preferredTeamId,
  children,
}: SelectedTeamProviderProps) {
  const [chosenId, setChosenId] = useState<string | null>(readRememberedTeamId);

  const selectTeam = useCallback((teamId: string) => {
    setChosenId(teamId);
    rememberTeamId(teamId);
  }, []);

  // A remembered team can disappear (moved, access removed); fall back instead of showing nothing.
  const team =
    teams.find((t) => t.id === chosenId) ??
    teams.find((t) => t.id === preferredTeamId) ??
    teams[0] ??
    null;

  const value = useMemo(() => ({ teams, team, selectTeam }), [teams, team, selectTeam]);
  return <SelectedTeamContext.Provider value={value}>{children}</SelectedTeamContext.Provider>;
}

export function useSelectedTeam(): SelectedTeam {
  const value = useContext(SelectedTeamContext);
  if (!value) throw new Error('useSelectedTeam must be used inside <SelectedTeamProvider>.');
  return value;
}
