import { describe, expect, it } from 'vitest';
import { conflictedPerson } from '../../src/shared/domain/offboarding/messenger';

describe('who delivers the news', () => {
  it('flags the person named in an incident, whatever the case, accents or a first name alone', () => {
    const people = ['Can Demir', 'Elif Şahin'];
    expect(conflictedPerson('elif sahin', people)).toBe('Elif Şahin');
    expect(conflictedPerson('Can', people)).toBe('Can Demir');
    expect(conflictedPerson('Ayşe Yılmaz', people)).toBeUndefined();
    expect(conflictedPerson(' ', people)).toBeUndefined();
  });
});
