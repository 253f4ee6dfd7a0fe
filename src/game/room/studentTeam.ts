/**
 * A team's decision on a student's device: the team's role cards (Take proposes), everyone's
 * proposals with Take back, the team's note, and the one Submit of the round, confirmed first.
 */
import type { ClassroomState } from '../../classroom/state.ts';
import type { TeamSetup } from '../../classroom/types.ts';
import type { RoleId } from '../../content/schema.ts';
import type { Proposal, RoomView } from '../../server/protocol.ts';
import { roleName } from '../classroomUi/common.ts';
import { noteField } from '../classroomUi/turnPanel.ts';
import { buildRoles, type RoomContext } from '../play/roomDom.ts';
import type { PlayView } from '../play/view.ts';
import type { GameServices } from '../services.ts';
import type { Translator } from '../translator.ts';
import { button, el } from '../ui/dom.ts';
import type { RoomLink } from './roomLink.ts';

/** What the team's decision needs from its scene. */
export interface TeamDecisionContext {
  readonly services: GameServices;
  readonly link: RoomLink;
  readonly view: RoomView;
  readonly state: ClassroomState;
  readonly team: TeamSetup;
  /** Words for the scenario being played. */
  readonly words: Translator;
  /** The room's view with only this team's roles. */
  readonly playView: PlayView;
  readonly selected: RoleId | null;
  readonly selectRole: (role: RoleId) => void;
  /** A dialog closed: the scene catches up with what arrived meanwhile. */
  readonly afterDialog: () => void;
}

function proposalText(ctx: TeamDecisionContext, proposal: Proposal): string {
  const { services, view, words } = ctx;
  const content = services.content;
  const measure = content?.measures.find((m) => m.id === proposal.measure);
  const values = {
    measure: measure ? words.text(measure.nameKey) : proposal.measure,
    role: content ? roleName(services.words, content, proposal.role) : proposal.role,
    name: view.roster.find((m) => m.id === proposal.by)?.nickname ?? '',
  };
  return services.words.classroom(
    proposal.kind === 'take' ? 'join.proposedBy' : 'join.withdrawBy',
    values,
  );
}

/** The team's proposals, each with Take back. */
function proposalList(ctx: TeamDecisionContext, proposals: readonly Proposal[]): HTMLElement {
  const w = ctx.services.words;
  const heading = el('h2', { id: 'proposals-heading', textContent: w.classroom('join.proposals') });
  if (proposals.length === 0) {
    return el('section', { className: 'join-proposals' }, [
      heading,
      el('p', { textContent: w.classroom('join.noProposals') }),
    ]);
  }
  const list = el(
    'ol',
    { className: 'proposal-list' },
    proposals.map((proposal) => {
      const text = proposalText(ctx, proposal);
      const back = button('tool-button', w.classroom('join.unpropose'), () => {
        ctx.link.send('unpropose', { proposal: proposal.id });
      });
      back.dataset.focusKey = `unpropose-${String(proposal.id)}`;
      back.setAttribute('aria-label', w.classroom('join.unproposeNamed', { proposal: text }));
      return el('li', {}, [el('span', { textContent: text }), back]);
    }),
  );
  const section = el('section', { className: 'join-proposals' }, [heading, list]);
  section.setAttribute('aria-labelledby', 'proposals-heading');
  return section;
}

/** Ask the team member to confirm, then submit the proposals as they were shown. */
function confirmSubmit(ctx: TeamDecisionContext, proposals: readonly Proposal[], revision: number) {
  const { services } = ctx;
  const w = services.words;
  const no = button('menu-button', w.classroom('join.submitCancel'));
  const yes = button('menu-button primary', w.classroom('join.submitConfirm'));
  const items = proposals.map((p) => el('li', { textContent: proposalText(ctx, p) }));
  const close = services.ui.modals.dialog(
    'submit-heading',
    [
      el('h2', { id: 'submit-heading', textContent: w.classroom('join.submitHeading') }),
      items.length > 0
        ? el('ul', { className: 'proposal-list' }, items)
        : el('p', { textContent: w.classroom('join.submitNothing') }),
      el('p', { textContent: w.classroom('join.submitBody') }),
    ],
    [no, yes],
    { onClose: ctx.afterDialog },
  );
  no.addEventListener('click', close);
  yes.addEventListener('click', () => {
    ctx.link.send('submit', { revision });
    close();
  });
}

/** The decision for this round: role cards, proposals and Submit. */
export function teamDecision(ctx: TeamDecisionContext): HTMLElement[] {
  const { services, link, view, team, selected } = ctx;
  const w = services.words;
  const mine = view.proposals[team.id] ?? { revision: 0, proposals: [] };
  const room: RoomContext = {
    words: ctx.words,
    tutorialStep: null,
    arriving: new Set(),
    justPlayed: null,
    take: (role, measure) => {
      link.send('propose', { pick: { kind: 'take', role, measure } });
    },
    withdraw: (role, measure) => {
      link.send('propose', { pick: { kind: 'withdraw', role, measure } });
    },
    selectRole: ctx.selectRole,
  };
  const parts: HTMLElement[] = [];
  if (selected) {
    const roles = buildRoles(room, ctx.playView, selected);
    roles.classList.add('join-roles');
    parts.push(roles);
  }
  const note = noteField(services, ctx.state, team, (round, text) => {
    link.send('note', { team: team.id, round, text });
  });
  const submit = button('menu-button primary join-submit', w.classroom('join.submit'), () => {
    note.save();
    confirmSubmit(ctx, mine.proposals, mine.revision);
  });
  submit.dataset.focusKey = 'join-submit';
  submit.setAttribute('aria-describedby', 'proposals-heading');
  parts.push(
    el('div', { className: 'join-decision' }, [
      proposalList(ctx, mine.proposals),
      note.field,
      submit,
    ]),
  );
  return parts;
}

/** A view that arrives while a student types the team's note keeps what they typed. */
export function keepDraft(before: HTMLInputElement | null, after: HTMLInputElement | null): void {
  if (!before || !after || before.dataset.round !== after.dataset.round) return;
  if (before.value !== before.defaultValue) after.value = before.value;
}
