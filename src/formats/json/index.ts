/** Agora's own JSON format, `agora-programme/1`: what export writes and import reads back. */
export {
  AGORA_PROGRAMME_FORMAT,
  type AgoraConferenceJson,
  type AgoraEntryJson,
  type AgoraNoteJson,
  type AgoraOpeningHoursJson,
  type AgoraPartJson,
  type AgoraProgrammeJson,
  type AgoraVenueJson,
} from './agora-programme-json.ts';
export { toAgoraJson, writeProgrammeJson } from './write-programme.ts';
export { readProgrammeJson, type ReadProgrammeResult } from './read-programme.ts';
export { fromAgoraJson } from './from-agora-json.ts';
export { PROGRAMME_SCHEMA_URL, programmeSchema } from './programme-schema.ts';
