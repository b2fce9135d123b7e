import { unique } from './story-fields';
import { cleanByline } from './types';
import { blockText } from './blocks';
import { isoDay } from './dates';
import { headlineFromLead } from './headline';
import { guessLanguage } from './language';
import type { ImportedStory } from './types';
import { uniqueMedia } from './wire-fields';

/**
 * A story read from a body format (NITF) inside an envelope (NewsML-G2, NewsML 1.2): every value
 * the envelope states wins — it carries the item's identity, version and status — while the
 * body supplies what the envelope is silent on. Lists are united, never replaced.
 */
export function mergeStory(base: ImportedStory, over: Partial<ImportedStory>): ImportedStory {
  const merged: ImportedStory = { ...base };
  for (const key of Object.keys(over) as (keyof ImportedStory)[]) take(merged, over, key);
  merged.subjects = unique([...base.subjects, ...(over.subjects ?? [])]);
  merged.media = uniqueMedia([...base.media, ...(over.media ?? [])]);
  merged.quotes = [...base.quotes, ...(over.quotes ?? [])];
  if (!over.blocks?.length) merged.blocks = base.blocks;
  // A byline taken over from the envelope is cleaned as newStory cleans one ("Par Jean Dupont").
  merged.byline = cleanByline(merged.byline);
  return merged;
}

function take<K extends keyof ImportedStory>(
  target: ImportedStory,
  over: Partial<ImportedStory>,
  key: K,
): void {
  const value = over[key];
  if (value === undefined || value === null || value === '') return;
  target[key] = value as ImportedStory[K];
}

/**
 * What every XML story gets once its own fields are read: a headline from the lead when the
 * wire sent none, a language guessed from the text when it declared none, and the story's date
 * from its wire time.
 */
export function finishStory(story: ImportedStory): ImportedStory {
  const text = story.blocks.map(blockText).filter((paragraph) => paragraph.trim() !== '');
  const headline =
    story.headline.trim() ||
    (text[0] ? headlineFromLead(text[0]) : '') ||
    (story.summary ? headlineFromLead(story.summary) : '') ||
    story.slugline ||
    '';
  return {
    ...story,
    headline,
    language:
      story.language ??
      guessLanguage([headline, story.summary ?? '', ...text.slice(0, 20)].join('\n')),
    storyDate: story.storyDate ?? isoDay(story.wireTime),
  };
}

/** A story with neither headline nor text is an empty shell (a stub item, a bare reference). */
export function hasContent(story: ImportedStory): boolean {
  return story.headline.trim() !== '' || story.blocks.length > 0;
}
