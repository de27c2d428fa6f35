/**
 * Reading a programme from text a person hands over: the printed-programme document or Agora
 * JSON, told apart by their content (JSON starts with "{").
 */
import { AgoraError } from '../errors.ts';
import { parseDocument } from '../document/index.ts';
import { readProgrammeJson } from '../formats/json/index.ts';
import type { Programme } from '../model/programme.ts';

export type SourceFormat = 'json' | 'text';

export function detectFormat(text: string): SourceFormat {
  return text.trimStart().startsWith('{') ? 'json' : 'text';
}

/** The programme in `text`, or an {@link AgoraError} naming every line or JSON pointer that is wrong. */
export function readProgrammeSource(text: string, name: string): { programme: Programme; format: SourceFormat } {
  const format = detectFormat(text);
  if (format === 'json') {
    const result = readProgrammeJson(text);
    if (!result.ok) {
      throw new AgoraError('AGORA_BAD_JSON', `${name} is not a valid Agora programme; nothing was imported.`, { problems: result.errors });
    }
    return { programme: result.programme, format };
  }
  const result = parseDocument(text);
  if (!result.ok) {
    throw new AgoraError('AGORA_BAD_DOCUMENT', `${name} cannot be read as a programme document; nothing was imported.`, { problems: result.errors });
  }
  return { programme: result.programme, format };
}
