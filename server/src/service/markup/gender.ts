// The gender the copy itself gives a person, so that "she said" after two people are named goes
// to the woman: a title before the name or the surname anywhere ("Ms. Okafor", "Mr Lowe"), or a
// word of the role ("spokeswoman", "her husband"). No list of given names: only what the text says.

import type { Speaker } from './registry';

export type Gender = 'female' | 'male';

const TITLES: readonly [string, Gender][] = [
  ['Ms.', 'female'], ['Ms', 'female'], ['Mrs.', 'female'], ['Mrs', 'female'], ['Miss', 'female'], ['Dame', 'female'], ['Lady', 'female'],
  ['Mr.', 'male'], ['Mr', 'male'], ['Sir', 'male'], ['Lord', 'male'],
];

const FEMALE_ROLES = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'policewoman', 'wife', 'mother', 'daughter',
  'sister', 'grandmother', 'granddaughter', 'aunt', 'niece', 'widow', 'actress', 'queen', 'princess', 'woman', 'girl']);
const MALE_ROLES = new Set(['spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'policeman', 'husband', 'father', 'son',
  'brother', 'grandfather', 'grandson', 'uncle', 'nephew', 'widower', 'actor', 'king', 'prince', 'man', 'boy']);

/** The gender a third-person pronoun says: "she", "he"; undefined for the others. */
export function pronounGender(pronoun: string): Gender | undefined {
  const p = pronoun.toLowerCase();
  return p === 'she' ? 'female' : p === 'he' ? 'male' : undefined;
}

/** The gender the copy gives `speaker` (a person), or undefined when it gives none or both. */
export function genderOf(speaker: Speaker, text: string): Gender | undefined {
  if (speaker.kind !== 'person') return undefined;
  const found = new Set<Gender>();
  for (const word of (speaker.role ?? '').split(/[\s,]+/)) {
    if (FEMALE_ROLES.has(word.toLowerCase())) found.add('female');
    if (MALE_ROLES.has(word.toLowerCase())) found.add('male');
    for (const [title, gender] of TITLES) if (word === title) found.add(gender);
  }
  const surname = speaker.name.split(' ').pop()!;
  if (surname.length > 1) {
    for (const [title, gender] of TITLES) if (text.includes(`${title} ${surname}`)) found.add(gender);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
