/**
 * The alias-merging check on the bundled sample corpus (sample/corpus, Wikinews CC BY 2.5): pairs
 * of names, as the texts write them, that are one referent (`merge`) or different referents
 * (`apart`). Written by reading the sample's articles; each says who they are.
 */
export interface NamePair {
  readonly a: string;
  readonly b: string;
  readonly kind: 'person' | 'org' | 'place';
  readonly why: string;
}

export const MERGE: readonly NamePair[] = [
  { a: 'Donald Trump', b: 'Trump', kind: 'person', why: 'the U.S. president, by surname after the first mention' },
  { a: 'Boris Johnson', b: 'Johnson', kind: 'person', why: 'the UK prime minister' },
  { a: 'Pedro R. Pierluisi Urrutia', b: 'Pedro Pierluisi', kind: 'person', why: 'Puerto Rico governor; the second surname dropped' },
  { a: 'Pedro Pierluisi', b: 'Pierluisi', kind: 'person', why: 'same, by first surname' },
  { a: 'Nicholas Moreau', b: 'Nick Moreau', kind: 'person', why: 'short given name' },
  { a: 'Wanda Vázquez Garced', b: 'Wanda Vázquez', kind: 'person', why: 'Puerto Rico justice secretary, then governor' },
  { a: 'Wanda Vázquez Garced', b: 'Vázquez', kind: 'person', why: 'same, by first surname' },
  { a: 'Ricardo Rosselló Nevares', b: 'Rosselló', kind: 'person', why: 'Puerto Rico governor' },
  { a: 'Paweł Adamowicz', b: 'Adamowicz', kind: 'person', why: 'the Gdańsk mayor, as "Mayor Adamowicz" (the title is his role, not his name)' },
  { a: 'Recep Tayyip Erdoğan', b: 'Erdogan', kind: 'person', why: 'Turkish president; the surname without its diacritic' },
  { a: 'Joachim Brudziński', b: 'Brudzinski', kind: 'person', why: 'Polish interior minister; without its diacritic' },
  { a: 'Thomas Rivera Schatz', b: 'Rivera Schatz', kind: 'person', why: 'Puerto Rico senate president, by both surnames' },
  { a: 'Leon van Biljon', b: 'Van Biljon', kind: 'person', why: 'the lion farmer, by surname with its particle' },
  { a: 'John Paul Stevens', b: 'Stevens', kind: 'person', why: 'the U.S. Supreme Court justice, by surname' },
  { a: 'Emily Spanton', b: 'Mme Spanton', kind: 'person', why: 'the Canadian tourist in the Paris court case' },
  { a: 'Nancy Pelosi', b: 'Pelosi', kind: 'person', why: 'Speaker of the House' },
  { a: 'Kirsten Gillibrand', b: 'Gillibrand', kind: 'person', why: 'U.S. senator' },
  { a: 'Angela Merkel', b: 'Merkel', kind: 'person', why: 'German chancellor' },
  { a: 'Ted Cruz', b: 'Cruz', kind: 'person', why: 'U.S. senator' },
  { a: 'United States', b: 'U.S.', kind: 'place', why: 'one country, its usual short form' },
  { a: 'United States', b: 'US', kind: 'place', why: 'same, without stops' },
  { a: 'European Union', b: 'EU', kind: 'org', why: 'its usual short form' },
];

export const APART: readonly NamePair[] = [
  { a: 'Tony Mendez', b: 'Jonna Mendez', kind: 'person', why: 'the CIA officer and his wife' },
  { a: 'Alan Kurdi', b: 'Abdullah Kurdi', kind: 'person', why: 'the drowned boy and his father' },
  { a: 'Alan Kurdi', b: 'Tima Kurdi', kind: 'person', why: 'the boy and his aunt' },
  { a: 'Abdullah Kurdi', b: 'Tima Kurdi', kind: 'person', why: 'brother and sister' },
  { a: 'Robert F. Kennedy', b: 'John F. Kennedy', kind: 'person', why: 'brothers' },
  { a: 'Ted Cruz', b: 'Carmen Yulín Cruz', kind: 'person', why: 'the Texas senator and the San Juan mayor' },
  { a: 'Anderson Cooper', b: 'Wyatt Cooper', kind: 'person', why: 'son and father' },
  { a: 'Anderson Cooper', b: 'Carter Cooper', kind: 'person', why: 'brothers' },
  { a: 'Anderson Cooper', b: 'Yvette Cooper', kind: 'person', why: 'the CNN anchor and the British MP' },
  { a: 'Thaksin Shinawatra', b: 'Yingluck Shinawatra', kind: 'person', why: 'brother and sister, both Thai prime ministers' },
  { a: 'Terry Melcher', b: 'Marty Melcher', kind: 'person', why: 'Doris Day\'s son and husband' },
  { a: 'Louise Turpin', b: 'David Turpin', kind: 'person', why: 'wife and husband' },
  { a: 'Gloria Morgan Vanderbilt', b: 'Gertrude Vanderbilt Whitney', kind: 'person', why: 'mother and aunt of Gloria Vanderbilt' },
  { a: 'Troy Roberts', b: 'John G. Roberts', kind: 'person', why: 'a journalist and the U.S. chief justice' },
  { a: 'Mike Lee', b: 'Paul Sun-Hyung Lee', kind: 'person', why: 'a U.S. senator and an actor' },
  { a: 'Bill Brown', b: 'Les Brown', kind: 'person', why: 'different people' },
  { a: 'Donald Trump', b: 'Donald Tusk', kind: 'person', why: 'same given name, different people' },
  { a: 'Robert F. Kennedy', b: 'Sirhan Sirhan', kind: 'person', why: 'the victim and his assassin, named in the same sentences' },
];
