/**
 * Who is in a classroom room and what each team proposes: nicknames, teams, connection and the
 * proposals of this round. Kept in the room's memory only; nothing here is logged.
 */
import type { TeamPick } from '../classroom/index.ts';
import type { Proposal, RosterEntry, TeamProposals } from './protocol.ts';

/** A connected (or reconnecting) person. */
export interface Member {
  /** Public id shown to others (not the Colyseus session id). */
  readonly id: string;
  sessionId: string;
  readonly role: 'teacher' | 'student';
  nickname: string;
  team: string | null;
  connected: boolean;
}

/** Most proposals a team may have open at once. */
export const MAX_PROPOSALS = 24;
/** Most students in one room. */
export const MAX_STUDENTS = 60;

const nicknameKey = (nickname: string) => nickname.toLocaleLowerCase('und');

/** The members and team proposals of one room. */
export class Members {
  private readonly bySession = new Map<string, Member>();
  private readonly proposals = new Map<string, TeamProposals>();
  private nextProposal = 1;

  add(member: Member): void {
    this.bySession.set(member.sessionId, member);
  }

  bySessionId(sessionId: string): Member | undefined {
    return this.bySession.get(sessionId);
  }

  byId(id: string): Member | undefined {
    return [...this.bySession.values()].find((m) => m.id === id);
  }

  delete(member: Member): void {
    this.bySession.delete(member.sessionId);
  }

  all(): Member[] {
    return [...this.bySession.values()];
  }

  students(): Member[] {
    return this.all().filter((m) => m.role === 'student');
  }

  /** Whether another student already uses this nickname (ignoring case). */
  nicknameTaken(nickname: string, except?: Member): boolean {
    const key = nicknameKey(nickname);
    return this.students().some((m) => m !== except && nicknameKey(m.nickname) === key);
  }

  roster(): RosterEntry[] {
    return this.students().map(({ id, nickname, team, connected }) => ({
      id,
      nickname,
      team,
      connected,
    }));
  }

  teacherConnected(): boolean {
    return this.all().some((m) => m.role === 'teacher' && m.connected);
  }

  anyoneConnected(): boolean {
    return this.all().some((m) => m.connected);
  }

  /** A team's proposals (empty at first). */
  of(team: string): TeamProposals {
    return this.proposals.get(team) ?? { revision: 0, proposals: [] };
  }

  picksOf(team: string): TeamPick[] {
    return this.of(team).proposals.map(({ kind, role, measure }) => ({ kind, role, measure }));
  }

  propose(team: string, by: string, pick: TeamPick): Proposal {
    const current = this.of(team);
    const proposal: Proposal = { id: this.nextProposal++, by, ...pick };
    this.proposals.set(team, {
      revision: current.revision + 1,
      proposals: [...current.proposals, proposal],
    });
    return proposal;
  }

  /** Drop a proposal; false if the team has none with this id. */
  unpropose(team: string, id: number): boolean {
    const current = this.of(team);
    if (!current.proposals.some((p) => p.id === id)) return false;
    this.proposals.set(team, {
      revision: current.revision + 1,
      proposals: current.proposals.filter((p) => p.id !== id),
    });
    return true;
  }

  /** Empty a team's proposals (after its submit), or every team's (a new round). */
  clear(team?: string): void {
    const teams = team === undefined ? [...this.proposals.keys()] : [team];
    for (const t of teams) {
      const current = this.of(t);
      if (current.proposals.length > 0) {
        this.proposals.set(t, { revision: current.revision + 1, proposals: [] });
      }
    }
  }

  /** Every team's proposals, by team id. */
  allProposals(): Record<string, TeamProposals> {
    return Object.fromEntries(this.proposals);
  }
}
