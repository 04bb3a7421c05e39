// Nouns that name people in the plural ("voters", "protesters", "lobbyists"): a group that speaks
// or holds a view, for the subjects of cues and the speakers of quotations.

// Plural nouns of people by their ending ("protesters", "evangelicals", "Republicans" is a name):
// "-ers", "-ists", "-ians", less the common words that end so and name no one.
const NOT_PEOPLE = new Set('numbers papers matters letters centers orders offers answers powers waters others layers filters chapters corners borders headquarters barriers markers posters sellers quarters dollars thousands hundreds millions billions'.split(' '));
export function personPlural(w: string): boolean {
  return /(?:[a-z]ers|ists|ians)$/.test(w) && !NOT_PEOPLE.has(w);
}

// Groups of people who hold views in the news ("voters want …", "critics say …").
export const PEOPLE = new Set(`voters supporters critics officials people democrats republicans candidates leaders members
residents americans experts analysts observers campaign party group advocates activists conservatives liberals
delegates donors workers opponents backers fans students parents economists strategists aides advisers advisors
investors lawmakers senators governors mayors respondents participants women men others many some most
several few group dozens`.split(/\s+/));
