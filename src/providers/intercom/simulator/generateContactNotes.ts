import { createRandom } from '../../../simulators/kit/random';
import type { IntercomAdmin, IntercomContact, IntercomNote } from './intercomDataset';

/**
 * Every 40th contact (index 13, 53, …) has a long history of 120 to 320 notes, more than one
 * 150-note page; a third of the others have 1 to 3, the rest none.
 */
export function noteCount(index: number, random: () => number): number {
  if (index % 40 === 13) return 120 + ((index - 13) / 40) % 5 * 50;
  const roll = random();
  return roll < 0.66 ? 0 : 1 + Math.floor(roll * 10) % 3;
}

const sentences = ['Called about the renewal.', 'Prefers email.', 'Asked for a refund, granted.', 'VIP: handle with care.', 'Reported the export bug.'];

export interface ContactNotes {
  notesOf(contactId: string): ReadonlyArray<IntercomNote>;
  noteById(noteId: string): IntercomNote | undefined;
}

/**
 * Notes are built on first read from the seed and the contact's position alone (their own random
 * stream), newest first as the spec's example lists them. A note id is `<contact position + 1>`
 * followed by the note's number in four digits, so a note id leads back to its contact.
 */
export function createContactNotes(seed: number, contacts: ReadonlyArray<IntercomContact>, admins: ReadonlyArray<IntercomAdmin>): ContactNotes {
  const positions = new Map(contacts.map((contact, index) => [contact.id, index]));
  const createdAt = new Map(contacts.map((contact) => [contact.id, contact.created_at]));
  const memo = new Map<string, ReadonlyArray<IntercomNote>>();
  const notesOf = (contactId: string): ReadonlyArray<IntercomNote> => {
    const known = memo.get(contactId);
    if (known !== undefined) return known;
    const index = positions.get(contactId);
    const since = createdAt.get(contactId);
    const notes = index === undefined || since === undefined ? [] : generateNotes(seed, contactId, index, since, admins);
    memo.set(contactId, notes);
    return notes;
  };
  return {
    notesOf,
    noteById(noteId) {
      if (!/^\d{5,}$/.test(noteId)) return undefined;
      const contact = contacts[Number(noteId.slice(0, -4)) - 1];
      return contact === undefined ? undefined : notesOf(contact.id).find((note) => note.id === noteId);
    },
  };
}

function generateNotes(seed: number, contactId: string, index: number, since: number, admins: ReadonlyArray<IntercomAdmin>): IntercomNote[] {
  if (admins.length === 0) return [];
  const random = createRandom((seed ^ Math.imul(index + 7, 0x85ebca6b)) >>> 0);
  const count = noteCount(index, random.next);
  const notes: IntercomNote[] = [];
  let at = since;
  for (let number = 1; number <= count; number += 1) {
    at += random.int(60, 86400);
    const admin = random.pick(admins);
    notes.push({
      type: 'note',
      id: `${index + 1}${String(number).padStart(4, '0')}`,
      created_at: at,
      contact: { type: 'contact', id: contactId },
      author: { type: 'admin', id: admin.id, name: admin.name, email: admin.email, away_mode_enabled: admin.away_mode_enabled, away_mode_reassign: admin.away_mode_reassign },
      body: `<p>${random.pick(sentences)}</p>`,
    });
  }
  return notes.reverse();
}
