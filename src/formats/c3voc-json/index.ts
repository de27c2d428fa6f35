/** The C3VOC schedule JSON export. */
export { exportC3vocJson, toC3vocSchedule } from './c3voc-json.ts';
export { C3VOC_REQUIRED_EVENT_FIELDS, C3VOC_SCHEMA_URL, type C3vocDocument, type C3vocEvent } from './c3voc-schedule.ts';
