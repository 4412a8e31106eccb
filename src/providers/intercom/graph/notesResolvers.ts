import type { IntercomContactResolvers, IntercomNoteResolvers } from '../../../__generated__/resolversTypes';
import { resolveConnection } from '../../../relay/resolveConnection';
import { globalIdOf } from '../../../resolvers/nodeId';
import { primed } from '../../../resolvers/primed';

/** `IntercomContact.notes`, bound to the contact (a cursor resumes only there); its notes prime the note lookup. */
export const contactNotes: NonNullable<IntercomContactResolvers['notes']> = (contact, args, context) =>
  resolveConnection(context.providers.intercom.contactNotes, { contactId: contact.nativeId }, args, context.relay).then(primed(context.loaders.intercom.notes));

export const intercomNoteResolvers: IntercomNoteResolvers = { id: globalIdOf('intercom', 'IntercomNote') };
