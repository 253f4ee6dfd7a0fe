/**
 * The teacher's side of a classroom room on the projector: the room's code, join address and QR
 * code, who is connected in each team, locking the room and moderating nicknames, and the
 * teams' panel beside the shared room (who has submitted). Everything is sent to the room.
 */
import type { ClassroomState } from '../../classroom/state.ts';
import type { TeamSetup } from '../../classroom/types.ts';
import type { RosterEntry, RoomView } from '../../server/protocol.ts';
import type { ClassroomSession } from '../classroomUi/classroomSession.ts';
import { teamChip, teamSwatch } from '../classroomUi/common.ts';
import { timerBlock } from '../classroomUi/turnPanel.ts';
import type { GameServices } from '../services.ts';
import { button, el } from '../ui/dom.ts';
import { qrCode } from './qr.ts';
import type { RoomLink } from './roomLink.ts';

/** The address students open: this game's own page with `?join=CODE`. */
export function joinAddress(code: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?join=${encodeURIComponent(code)}`;
}

function keyed<T extends HTMLElement>(node: T, key: string): T {
  node.dataset.focusKey = key;
  return node;
}

/** One student's row: nickname, connection, and the teacher's rename, move and remove. */
function studentRow(
  services: GameServices,
  link: RoomLink,
  teams: readonly TeamSetup[],
  student: RosterEntry,
): HTMLElement {
  const w = services.words;
  const name = student.nickname;
  const status = el('span', {
    className: `roster-status ${student.connected ? 'is-connected' : 'is-away'}`,
    textContent: w.classroom(student.connected ? 'room.connected' : 'room.reconnecting'),
  });
  const input = keyed(
    el('input', { type: 'text', id: `nick-${student.id}` }),
    `nick-${student.id}`,
  );
  input.value = name;
  input.maxLength = 24;
  input.setAttribute('aria-label', w.classroom('room.nicknameOf', { name }));
  const rename = keyed(
    button('tool-button', w.classroom('room.rename'), () => {
      link.send('rename', { student: student.id, nickname: input.value });
    }),
    `rename-${student.id}`,
  );
  rename.setAttribute('aria-label', w.classroom('room.renameNamed', { name }));
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    rename.click();
  });
  const move = keyed(el('select', { id: `team-of-${student.id}` }), `team-of-${student.id}`);
  move.setAttribute('aria-label', w.classroom('room.teamOf', { name }));
  if (student.team === null) {
    const none = el('option', { textContent: w.classroom('room.chooseTeam') });
    none.value = '';
    none.selected = true;
    move.append(none);
  }
  for (const team of teams) {
    const option = el('option', { textContent: team.name });
    option.value = team.id;
    option.selected = team.id === student.team;
    move.append(option);
  }
  move.addEventListener('change', () => {
    if (move.value !== '') link.send('place', { student: student.id, team: move.value });
  });
  let armed = false;
  const remove = keyed(
    button('tool-button danger', w.classroom('room.remove'), () => {
      if (armed) {
        link.send('remove', { student: student.id });
        return;
      }
      armed = true;
      remove.textContent = w.classroom('room.removeConfirm', { name });
      remove.setAttribute('aria-label', w.classroom('room.removeConfirm', { name }));
    }),
    `remove-${student.id}`,
  );
  remove.setAttribute('aria-label', w.classroom('room.removeNamed', { name }));
  return el('li', { className: 'roster-row' }, [
    el('span', { className: 'roster-name', textContent: name }),
    status,
    input,
    rename,
    move,
    remove,
  ]);
}

/** Who is in the room, team by team, then those not placed yet. */
function roster(
  services: GameServices,
  link: RoomLink,
  view: RoomView,
  teams: readonly TeamSetup[],
) {
  const w = services.words;
  const group = (heading: HTMLElement, members: readonly RosterEntry[]) =>
    el('section', { className: 'roster-team' }, [
      heading,
      members.length === 0
        ? el('p', { className: 'roster-empty', textContent: w.classroom('room.nobody') })
        : el(
            'ul',
            { className: 'roster-list' },
            members.map((m) => studentRow(services, link, teams, m)),
          ),
    ]);
  const sections = teams.map((team) =>
    group(
      el('h3', {}, [teamChip(team, w)]),
      view.roster.filter((m) => m.team === team.id),
    ),
  );
  const unplaced = view.roster.filter((m) => m.team === null);
  if (unplaced.length > 0) {
    sections.push(group(el('h3', { textContent: w.classroom('room.unplaced') }), unplaced));
  }
  return el('div', { className: 'roster' }, sections);
}

/** The room's dialog: code, address, QR, lock, and who is here. Follows the room live. */
export function openRoomDialog(
  services: GameServices,
  link: RoomLink,
  session: ClassroomSession,
  onClose: () => void,
): void {
  const w = services.words;
  const code = link.code;
  const address = joinAddress(code, window.location);
  const lockLine = el('p', { className: 'room-lock-state', id: 'room-lock-state' });
  lockLine.setAttribute('role', 'status');
  const lock = keyed(button('menu-button', ''), 'room-lock');
  lock.setAttribute('aria-describedby', 'room-lock-state');
  lock.addEventListener('click', () => {
    link.send('lock', { locked: !(link.view?.locked ?? false) });
  });
  const people = el('div', { className: 'room-people' });
  const update = (): void => {
    const view = link.view;
    // A new screen dropped the dialog: stop following the room.
    if (!people.isConnected) {
      off();
      return;
    }
    if (!view) return;
    lock.textContent = w.classroom(view.locked ? 'room.unlock' : 'room.lock');
    lockLine.textContent = w.classroom(view.locked ? 'room.locked' : 'room.open');
    const focused = (document.activeElement as HTMLElement | null)?.dataset.focusKey;
    // A nickname being typed is not swept away by someone else joining.
    if (
      document.activeElement instanceof HTMLInputElement &&
      people.contains(document.activeElement)
    )
      return;
    people.replaceChildren(roster(services, link, view, session.state.setup.teams));
    if (focused) people.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
  };
  const codeText = el('p', { className: 'room-code', textContent: code });
  codeText.setAttribute(
    'aria-label',
    w.classroom('room.codeSpelled', { code: code.replace(/(.)(?=.)/g, '$1 ') }),
  );
  const addressText = el('p', { className: 'room-address', textContent: address });
  addressText.dir = 'ltr';
  const intro = el('div', { className: 'room-join' }, [
    el('div', { className: 'room-join-text' }, [
      el('p', { className: 'room-label', textContent: w.classroom('room.code') }),
      codeText,
      el('p', { className: 'room-label', textContent: w.classroom('room.address') }),
      addressText,
      el('p', { className: 'room-hint', textContent: w.classroom('room.scanHint') }),
    ]),
    qrCode(address, w.classroom('room.qrLabel')),
  ]);
  const done = button('menu-button primary', w.classroom('room.close'));
  const close = services.ui.modals.dialog(
    'room-heading',
    [
      el('h2', { id: 'room-heading', textContent: w.classroom('room.heading') }),
      intro,
      el('div', { className: 'room-lock' }, [lock, lockLine]),
      el('h3', { className: 'room-people-heading', textContent: w.classroom('room.teams') }),
      people,
    ],
    [done],
    {
      panelClass: 'room-dialog',
      onClose: () => {
        off();
        onClose();
      },
    },
  );
  const off = link.on('view', update);
  done.addEventListener('click', close);
  update();
  done.focus();
}

/** The teams' panel on the projector: the timer, and which teams have submitted. */
export function roomTeamsPanel(
  services: GameServices,
  session: ClassroomSession,
  link: RoomLink,
  state: ClassroomState,
): HTMLElement {
  const w = services.words;
  const roster = link.view?.roster ?? [];
  const side = el('aside', { className: 'classroom-side room-side' });
  side.setAttribute('aria-label', w.classroom('room.teams'));
  side.append(
    el('p', { className: 'room-side-code' }, [w.classroom('room.joinWith', { code: link.code })]),
    timerBlock(services, session),
  );
  const list = el('ul', { className: 'room-team-status' });
  for (const team of state.setup.teams) {
    const members = roster.filter((m) => m.team === team.id);
    const decided = state.done.includes(team.id);
    list.append(
      el('li', { className: decided ? 'team-decided' : 'team-deciding' }, [
        el('span', { className: 'team-chip' }, [
          teamSwatch(team),
          el('span', { className: 'team-name', textContent: team.name }),
        ]),
        el('span', {
          className: 'team-decision',
          textContent: w.classroom(decided ? 'room.teamDecided' : 'room.teamDeciding'),
        }),
        el('span', {
          className: 'team-members',
          textContent: w.classroom('room.teamMembers', {
            connected: members.filter((m) => m.connected).length,
            total: members.length,
          }),
        }),
      ]),
    );
  }
  side.append(list);
  return side;
}
