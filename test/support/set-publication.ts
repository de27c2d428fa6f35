/** The settings form as the settings page fills it, and switching the publication mode through it. */
import { readSettings, saveSettings, type SettingsForm } from '../../src/app/conference-settings.ts';
import { stateTag } from '../../src/app/state-tag.ts';
import type { Publication } from '../../src/model/publication.ts';
import type { ConferenceRecord, Store } from '../../src/store/store.ts';
import { testActor } from './test-actor.ts';

/** The settings form filled from the settings now, with `changes` typed over it, and the tag it was read at. */
export async function settingsFormNow(store: Store, record: ConferenceRecord, changes: Partial<SettingsForm> = {}): Promise<{ form: SettingsForm; tag: string }> {
  const settings = await readSettings(store, record, testActor());
  const c = settings.conference;
  const form: SettingsForm = {
    title: c.title ?? '',
    session: c.session ?? '',
    organizer: c.organizer ?? '',
    organizerShort: c.organizerShort ?? '',
    city: c.city ?? '',
    timeZone: c.timeZone ?? '',
    startDate: c.startDate ?? '',
    endDate: c.endDate ?? '',
    theme: c.theme ?? '',
    notice: c.notice ?? '',
    baseUrl: settings.baseUrl ?? '',
    publication: settings.publication,
    ...changes,
  };
  return { form, tag: stateTag(settings) };
}

/** Saves the settings with `publication`, every other setting kept; resolves to the revision of the settings change. */
export async function setPublication(store: Store, record: ConferenceRecord, publication: Publication): Promise<number> {
  const { form, tag } = await settingsFormNow(store, record, { publication });
  const { revision } = await saveSettings(store, record, testActor(), form, tag);
  return revision;
}
