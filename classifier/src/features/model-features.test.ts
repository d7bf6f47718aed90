import { describe, expect, it } from 'vitest';
import { modelFeatures } from './model-features.ts';

const features = (text: string) => modelFeatures(text, [], { discussion: 0.3 });

describe('model features', () => {
  it('marks the words of a question the passage answers, with the answer', () => {
    const asked = features('Is de ouderbijdrage verplicht? Nee, de bijdrage is vrijwillig.');
    expect(asked).toContain('?nee:verplicht');
    expect(asked).not.toContain('verplicht');
    expect(features('Kan mijn kind zonder betaling mee? Nee.')).toContain('?nee:!betal');
    expect(features('Is de ouderbijdrage verplicht? Ja.')).toContain('?ja:verplicht');
  });

  it('leaves an unanswered question and a statement as they are', () => {
    expect(features('Is de ouderbijdrage verplicht?')).toContain('verplicht');
    expect(features('De ouderbijdrage is verplicht.')).toContain('verplicht');
  });

  it('reads a zero amount as free, not as a price', () => {
    expect(features('Huiswerkklas | € 0,-')).toContain('$zero-amount');
    expect(features('Huiswerkklas | € 0,-')).not.toContain('$amount');
    expect(features('Bijles | € 25 per uur')).toContain('$amount');
  });
});
