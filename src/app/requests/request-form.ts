/**
 * Reading a side-event request as an organiser types it: every field checked, every problem
 * named by the form field it is in (`title`, `choice-2-start`, `contactEmail` …), so the page can
 * show it beside that field and the API can name it.
 */
import { AgoraError, type Problem } from '../../errors.ts';
import type { Conference } from '../../model/programme.ts';
import {
  INTERPRETATION_LANGUAGES,
  MAX_CHOICES,
  REFRESHMENTS,
  type Refreshments,
  type RequestChoice,
  type RequestFields,
} from '../../model/side-event-request.ts';
import { clockMinutes, compareDates, isClock, isDate } from '../../model/wall-clock.ts';
import { EXPECTED } from '../entry-fields.ts';
import { readWholeNumber } from '../whole-number.ts';

/** The request form as sent: text as typed, the choices as rows, the languages ticked. */
export interface RequestForm {
  /** One sponsor a line, in order. */
  sponsors: string;
  title: string;
  description: string;
  expectedAttendance: string;
  choices: { date: string; start: string; end: string }[];
  refreshments: string;
  languages: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

/** The name of a choice's field in the form: `choice-1-date`. */
export function choiceField(row: number, part: keyof RequestChoice): string {
  return `choice-${row}-${part}`;
}

const MAX_SPONSORS = 20;
const MAX_TEXT = 300;
const MAX_DESCRIPTION = 2000;
const MAX_ATTENDANCE = 100_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().\-/]{5,40}$/;

/** An empty form, or the form showing `fields`. */
export function requestDraft(fields: RequestFields | null): RequestForm {
  if (fields === null) {
    return { sponsors: '', title: '', description: '', expectedAttendance: '', choices: [], refreshments: 'none', languages: [], contactName: '', contactEmail: '', contactPhone: '' };
  }
  return {
    sponsors: fields.sponsors.join('\n'),
    title: fields.title,
    description: fields.description ?? '',
    expectedAttendance: fields.expectedAttendance === null ? '' : String(fields.expectedAttendance),
    choices: fields.choices.map((choice) => ({ ...choice })),
    refreshments: fields.needs.refreshments,
    languages: [...fields.needs.languages],
    contactName: fields.contactName,
    contactEmail: fields.contactEmail,
    contactPhone: fields.contactPhone ?? '',
  };
}

function readChoices(form: RequestForm, conference: Pick<Conference, 'startDate' | 'endDate'>, problems: Problem[]): RequestChoice[] {
  const choices: RequestChoice[] = [];
  form.choices.slice(0, MAX_CHOICES + 1).forEach((row, index) => {
    const number = index + 1;
    const date = row.date.trim();
    const start = row.start.trim();
    const end = row.end.trim();
    if (date === '' && start === '' && end === '' && number > 1) return;
    if (number > MAX_CHOICES) {
      problems.push({ where: choiceField(number, 'date'), message: `at most ${MAX_CHOICES} choices` });
      return;
    }
    const before = problems.length;
    if (!isDate(date)) problems.push({ where: choiceField(number, 'date'), message: date === '' ? 'give the day you want' : `"${date}" is not ${EXPECTED.date}` });
    else if (conference.startDate !== null && compareDates(date, conference.startDate) < 0) problems.push({ where: choiceField(number, 'date'), message: `the conference starts on ${conference.startDate}` });
    else if (conference.endDate !== null && compareDates(date, conference.endDate) > 0) problems.push({ where: choiceField(number, 'date'), message: `the conference ends on ${conference.endDate}` });
    if (!isClock(start)) problems.push({ where: choiceField(number, 'start'), message: start === '' ? 'give the time it starts' : `"${start}" is not ${EXPECTED.clock}` });
    if (!isClock(end)) problems.push({ where: choiceField(number, 'end'), message: end === '' ? 'give the time it ends' : `"${end}" is not ${EXPECTED.clock}` });
    else if (isClock(start) && (clockMinutes(end) ?? 0) <= (clockMinutes(start) ?? 0)) problems.push({ where: choiceField(number, 'end'), message: `must be after the start ${start}` });
    if (problems.length === before) choices.push({ date, start, end });
  });
  if (form.choices.length === 0) {
    problems.push({ where: choiceField(1, 'date'), message: 'give at least one day and time you would like' });
  }
  return choices;
}

/**
 * The request a form describes, or AGORA_BAD_INPUT naming every field that is wrong.
 *
 * Examples: a blank title is refused with `{ where: 'title', message: 'give the title …' }`; a
 * second choice ending before it starts with `{ where: 'choice-2-end', … }`.
 */
export function readRequestForm(form: RequestForm, conference: Pick<Conference, 'startDate' | 'endDate'>): RequestFields {
  const problems: Problem[] = [];
  const text = (where: string, value: string, max: number, missing: string | null): string => {
    const trimmed = value.trim();
    if (trimmed === '' && missing !== null) problems.push({ where, message: missing });
    else if (trimmed.length > max) problems.push({ where, message: `at most ${max} characters` });
    return trimmed;
  };
  const sponsors = form.sponsors
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (sponsors.length === 0) problems.push({ where: 'sponsors', message: 'name at least one sponsor, such as a state or an organisation' });
  else if (sponsors.length > MAX_SPONSORS) problems.push({ where: 'sponsors', message: `at most ${MAX_SPONSORS} sponsors` });
  else if (sponsors.some((sponsor) => sponsor.length > MAX_TEXT)) problems.push({ where: 'sponsors', message: `each sponsor at most ${MAX_TEXT} characters` });
  const title = text('title', form.title, MAX_TEXT, 'give the title of the side event');
  const description = text('description', form.description, MAX_DESCRIPTION, null);
  const attendanceText = form.expectedAttendance.trim();
  const expectedAttendance = attendanceText === '' ? null : readWholeNumber(attendanceText, 1);
  if (attendanceText !== '' && (expectedAttendance === null || expectedAttendance > MAX_ATTENDANCE)) {
    problems.push({ where: 'expectedAttendance', message: `a whole number of people from 1 to ${MAX_ATTENDANCE}, or nothing` });
  }
  const choices = readChoices(form, conference, problems);
  const refreshments = form.refreshments.trim() === '' ? 'none' : form.refreshments.trim();
  if (!(REFRESHMENTS as readonly string[]).includes(refreshments)) problems.push({ where: 'refreshments', message: `must be one of ${REFRESHMENTS.join(', ')}` });
  const languages = [...new Set(form.languages.map((language) => language.trim()).filter((language) => language !== ''))];
  const unknown = languages.filter((language) => !INTERPRETATION_LANGUAGES.includes(language));
  if (unknown.length > 0) problems.push({ where: 'languages', message: `choose from ${INTERPRETATION_LANGUAGES.join(', ')}` });
  const contactName = text('contactName', form.contactName, MAX_TEXT, 'give the name of the person the secretariat may contact');
  const contactEmail = text('contactEmail', form.contactEmail, MAX_TEXT, 'give the contact person\'s e-mail address');
  if (contactEmail !== '' && !EMAIL.test(contactEmail)) problems.push({ where: 'contactEmail', message: 'must be an e-mail address such as contact@example.org' });
  const contactPhone = form.contactPhone.trim();
  if (contactPhone !== '' && !PHONE.test(contactPhone)) problems.push({ where: 'contactPhone', message: 'a telephone number of digits, spaces and + ( ) - such as "+43 1 26060 0", or nothing' });
  if (problems.length > 0) throw new AgoraError('AGORA_BAD_INPUT', 'The request was not saved: correct the fields marked.', { problems });
  return {
    sponsors,
    title,
    description: description === '' ? null : description,
    expectedAttendance,
    choices,
    needs: { refreshments: refreshments as Refreshments, languages: INTERPRETATION_LANGUAGES.filter((language) => languages.includes(language)) },
    contactName,
    contactEmail,
    contactPhone: contactPhone === '' ? null : contactPhone,
  };
}
