import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { suggestField } from '../../../src/formats/json/field-suggestion.ts';

const ENTRY_FIELDS = ['id', 'kind', 'date', 'start', 'end', 'venue', 'agendaItem', 'title', 'continued', 'sponsors', 'description', 'notes', 'parts', 'status'];

describe('suggesting the field an unknown one stands for', () => {
  test('another case or separators match by spelling', () => {
    assert.equal(suggestField('agenda_item', ENTRY_FIELDS), 'agendaItem');
    assert.equal(suggestField('Title', ENTRY_FIELDS), 'title');
  });

  test('a near miss matches the closest field', () => {
    assert.equal(suggestField('sponsor', ENTRY_FIELDS), 'sponsors');
    assert.equal(suggestField('descripton', ENTRY_FIELDS), 'description');
  });

  test('other words for the same fact match: room for venue, type for kind', () => {
    assert.equal(suggestField('room', ENTRY_FIELDS), 'venue');
    assert.equal(suggestField('type', ENTRY_FIELDS), 'kind');
  });

  test('a field with no likely meaning has no suggestion', () => {
    assert.equal(suggestField('colour', ENTRY_FIELDS), null);
  });

  test('a field the object already has is not suggested', () => {
    assert.equal(suggestField('room', ENTRY_FIELDS.filter((field) => field !== 'venue')), null);
  });
});
