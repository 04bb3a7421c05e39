import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../electron/core/analysis/index';
import { CHANT_LEAD_RE, CHANT_STEM_RE } from '../../../electron/core/analysis/quotes/quoteKinds';
import { directTexts as direct, expectSpansConsistent } from './helpers';

describe('quoted passages that are not speech', () => {
  it('leaves out the titles of events, documents and slogans', () => {
    const t = 'The conference, titled "Building New Platforms of Cooperation", opened in Astana. The minister said "we will strengthen ties with our neighbours" under the slogan "One Region, One Future".';
    expect(direct(t)).toEqual(['we will strengthen ties with our neighbours']);
  });

  it('leaves out a cited headline with its byline, and the excerpt of that article', () => {
    const t =
      'The week in the city.\n\nCLOSING—"Old bookshop on Main Street to close in March," by the Courier\'s Ann Lee: "The shop, open since 1952, will close its doors in March, its owners said on Monday." http://example.com/1\n\n' +
      '"Bridge repairs delayed again," by Metro\'s Tom Hale http://example.com/2\n\nMayor Ruth Stone said: "We will find the money for the bridge."';
    expect(direct(t)).toEqual(['We will find the money for the bridge.']);
    expectSpansConsistent(t, analyzeArticle(t, null));
  });
  it('keeps a quoted phrase followed by "by" and the person it is attributed to', () => {
    const t = 'The council heard the complaint on Monday.\n\nThe mayor said the "ugliness of remarks, largely unprompted and unfair," by the senator last week had hurt the city.';
    expect(direct(t)).toEqual(['ugliness of remarks, largely unprompted and unfair,']);
    const u = 'The road has been closed since May.\n\n“We will finish the work on the bridge,” by Friday, the mayor promised.';
    expect(direct(u)).toEqual(['We will finish the work on the bridge,']);
  });
  it('leaves out slogans and works dated in brackets', () => {
    const t =
      'The party ran hard campaigns.\n\n“Lose safety? Lose work? No to the treaty” (2005) — “Free pass for all? No.” (2007) — “Yes to the ban on towers” (2009).\n\n' +
      '“We are becoming strangers in our own land” (city election poster 2003) was the most notorious.\n\nIts leader, Karl Brunner, said: “Our posters only say what people think.”';
    expect(direct(t)).toEqual(['Our posters only say what people think.']);
  });
  it('leaves out a heading that is a quotation in capitals standing as its own paragraph', () => {
    const t = 'The prime minister spoke on Monday.\n“DIVISIVE, STUPID AND WRONG”\nThe prime minister said: “The plan is divisive, stupid and wrong.”\n“TALKS WILL GO ON,” he added.';
    expect(direct(t)).toEqual(['The plan is divisive, stupid and wrong.', 'TALKS WILL GO ON,']);
  });
  it('keeps a short chant or shout even when it looks like a title', () => {
    const t = 'The rally went on late.\n\nThe crowd broke into chants of "Feel the Bern!" as he spoke. Protesters shouted “Stop Trump” from the back. He was a guest on “Sunday Night Live” last week.';
    expect(direct(t)).toEqual(['Feel the Bern!', 'Stop Trump']);
  });
});

describe('quotation marks in markup and after a colon', () => {
  it('never opens a quotation at a straight mark that ends a markup attribute', () => {
    const t = 'Supporters were upbeat.\n\n<tweet tweet-author="@janedoe" tweet-date="March 9, 2016\n">Stadium event tonight. Stands empty; crowd in one end zone.</tweet>\n\nThe senator said, "We drew a fine crowd."';
    expect(direct(t)).toEqual(['We drew a fine crowd.']);
  });
  it('opens a quotation at a straight mark typed straight after a colon', () => {
    const t = 'The hearing went on for hours.\n\nRep. Ann Ford (R-Ohio):"Who told you that figure? Who told you that?"\n\nThe secretary:"We learned it from the department."';
    expect(direct(t)).toEqual(['Who told you that figure? Who told you that?', 'We learned it from the department.']);
  });
  it('keeps a quotation in capitals that the paragraph before introduces, and takes no sung title for speech', () => {
    expect(direct('The president responded on Twitter:\n\n“NO COLLUSION, NO OBSTRUCTION!”')).toEqual(['NO COLLUSION, NO OBSTRUCTION!']);
    expect(direct('At the memorial, she sang “Amazing Grace” for the families.')).toEqual([]);
  });
});

describe('the sieve before the lead of a chant', () => {
  it('lets through every lead the chant pattern takes', () => {
    const leads = [
      'the crowd chanted “', 'they CHANTED ', 'chants of "', 'she shouted back, “', 'SHOUTING out: "', 'ſhouted “', 'ſCREAMS "',
      'yelled ', 'Yelling:', 'screamed back “', 'cried out ', 'CRIES of "', 'crying, “', 'a cry of ', 'roared ', 'ROARS out, "',
      'cheers and chants', 'he shouts\n“', 'crowds roaring  ', 'a\u00a0cry ', 'Kchanted ', 'uproar “', 'outcry: "',
    ];
    for (const stem of ['chant', 'shout', 'yell', 'scream', 'cry', 'cri', 'roar', 'ſhout', 'cr']) {
      for (const end of ['', 's', 'ed', 'ing', 'ies', 'ied', 'ying', 'y']) {
        for (const tail of ['', ' ', ' of “', ' back, "', ' out:', ',“ ', '  \n ']) leads.push(`The crowd ${stem}${end}${tail}`, `${stem.toUpperCase()}${end}${tail}`);
      }
    }
    for (const lead of leads) if (CHANT_LEAD_RE.test(lead)) expect(CHANT_STEM_RE.test(lead), lead).toBe(true);
    expect(leads.filter((l) => CHANT_LEAD_RE.test(l)).length).toBeGreaterThan(100);
  });
});
