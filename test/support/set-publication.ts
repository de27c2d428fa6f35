/** Switching a conference's publication mode as an admin does on the settings page, every other setting kept. */
import { readSettings, saveSettings, type SettingsForm } from '../../src/app/conference-settings.ts';
import { stateTag } from '../../src/app/state-tag.ts';
import type { Publication } from '../../src/model/publication.ts';
import type { ConferenceRecord, Store } from '../../src/store/store.ts';
import { testActor } from './test-actor.ts';

/** Saves the settings with `publication`; resolves to the revision of the settings change. */
export async function setPublication(store: Store, record: ConferenceRecord, publication: Publication): Promise<number> {
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
    publication,
  };
  const { revision } = await saveSettings(store, record, testActor(), form, stateTag(settings));
  return revision;
}
